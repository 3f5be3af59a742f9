#include "demo/demogenerator.h"
#include "models/unittreemodel.h"
#include "records/unitrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

class TestUnitTreeModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::installIndonesian(); }

    void structureAndCounts() {
        test::TempDatabase t;
        QVERIFY(DemoGenerator::generate(t.db->connection(), {600, 5, QDate(2026, 11, 29)}));
        UnitTreeModel model(t.db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 12); // "all units" and the kabupaten/kota
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Semua unit kerja"));
        QCOMPARE(model.index(0, 0).data(UnitTreeModel::UnitIdRole).toLongLong(), 0);
        QVERIFY(!model.index(0, 0).data(UnitTreeModel::IsRegionRole).toBool());
        const QModelIndex bungo = model.indexOfRegion(QStringLiteral("Kabupaten Bungo"));
        QVERIFY(bungo.isValid());
        QVERIFY(bungo.data(UnitTreeModel::IsRegionRole).toBool());
        QCOMPARE(model.rowCount(bungo), 23); // its agencies

        // A region's count is the sum of its agencies', an agency's includes its schools.
        int sum = 0;
        for (int r = 0; r < model.rowCount(bungo); ++r)
            sum += model.index(r, UnitTreeModel::CountColumn, bungo).data().toString().remove(QLatin1Char('.')).toInt();
        QCOMPARE(model.index(bungo.row(), UnitTreeModel::CountColumn).data().toString().remove(QLatin1Char('.')).toInt(), sum);
        int total = 0;
        for (int r = 1; r < model.rowCount(); ++r)
            total += model.index(r, UnitTreeModel::CountColumn).data().toString().remove(QLatin1Char('.')).toInt();
        QCOMPARE(total, model.totalActive());
        QCOMPARE(model.index(0, UnitTreeModel::CountColumn).data().toString().remove(QLatin1Char('.')).toInt(), total);

        const Unit school = *UnitRepository(t.db->connection()).byCode(QStringLiteral("07.08.SD001"));
        const QModelIndex schoolIndex = model.indexOfUnit(school.id);
        QCOMPARE(schoolIndex.data().toString(), school.name);
        QCOMPARE(schoolIndex.parent().data(UnitTreeModel::UnitIdRole).toLongLong(), school.parentId);
        QCOMPARE(schoolIndex.parent().parent(), bungo);
        QVERIFY(schoolIndex.data(Qt::ToolTipRole).toString().contains(school.code));

        model.reloadCounts();
        model.reload();
        QCOMPARE(model.rowCount(), 12);
    }

    void emptyDatabase() {
        test::TempDatabase t;
        UnitTreeModel model(t.db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // only "all units"
        QCOMPARE(model.totalActive(), 0);
    }
};

QTEST_MAIN(TestUnitTreeModel)
#include "tst_unittreemodel.moc"
