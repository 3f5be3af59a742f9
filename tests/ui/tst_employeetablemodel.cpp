#include "demo/demogenerator.h"
#include "models/employeetablemodel.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

class TestEmployeeTableModel : public QObject {
    Q_OBJECT
    test::TempDatabase m_db;

private slots:
    void initTestCase() {
        test::installIndonesian();
        QVERIFY(DemoGenerator::generate(m_db.db->connection(), {1500, 9, QDate(2026, 11, 29)}));
    }

    void underTester() {
        EmployeeTableModel model(m_db.db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EmployeeCounts counts = EmployeeRepository(m_db.db->connection()).counts();
        QCOMPARE(model.rowCount(), counts.active);
        QCOMPARE(model.columnCount(), int(EmployeeTableModel::ColumnCount));
        // Read every cell of every row: pages load and evict as the view would make them.
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data().isValid() || column == EmployeeTableModel::PositionTmtColumn);

        EmployeeFilter filter;
        filter.search = QStringLiteral("siti");
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, EmployeeTableModel::NameColumn).data().toString().contains(QStringLiteral("Siti")));
        filter.includeInactive = true;
        filter.search.clear();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), counts.active + counts.inactive);
        model.refresh();
        QCOMPARE(model.rowCount(), counts.active + counts.inactive);
    }

    void sortsByEveryColumn() {
        EmployeeTableModel model(m_db.db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int column = 0; column < EmployeeTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), EmployeeRepository(m_db.db->connection()).counts().active);
        }
        model.sort(EmployeeTableModel::NameColumn, Qt::AscendingOrder);
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.employeeAt(row)->name;
            QVERIFY2(previous.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(previous + QStringLiteral(" > ") + name));
            previous = name;
        }
        model.sort(EmployeeTableModel::RankColumn, Qt::DescendingOrder);
        QVERIFY(model.employeeAt(0)->rank >= model.employeeAt(model.rowCount() - 1)->rank);
    }

    void displayValues() {
        EmployeeTableModel model(m_db.db->connection());
        const Employee e = *model.employeeAt(0);
        QCOMPARE(model.index(0, EmployeeTableModel::NipColumn).data().toString().size(), 21); // grouped with 3 spaces
        QCOMPARE(model.index(0, EmployeeTableModel::NameColumn).data().toString(), e.fullName());
        QCOMPARE(model.index(0, EmployeeTableModel::UnitColumn).data().toString(),
                 UnitRepository(m_db.db->connection()).byId(e.unitId)->name);
        QCOMPARE(model.index(0, 0).data(EmployeeTableModel::EmployeeIdRole).toLongLong(), e.id);
        QCOMPARE(model.rowOfEmployee(e.id), 0);
        QCOMPARE(model.headerData(EmployeeTableModel::UnitColumn, Qt::Horizontal).toString(), QStringLiteral("Unit kerja"));
    }
};

QTEST_MAIN(TestEmployeeTableModel)
#include "tst_employeetablemodel.moc"
