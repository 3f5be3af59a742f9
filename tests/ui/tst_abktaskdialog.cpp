#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "records/employeebatchwriter.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "testsupport.h"
#include "workload/abkrepository.h"
#include "workload/abktaskdialog.h"
#include "workload/abktaskmodel.h"
#include "workload/comboboxdelegate.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace imbang;

// The ABK dialog of one post: tasks typed in give the need live (the hand-worked example of tst_abk:
// 51,000 minutes a year = 0.68 people), saving writes tasks and need, and a need entered directly wins.
class TestAbkTaskDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_unit = 0, m_position = 0;

    static void fill(AbkTaskModel *model, int row, const QString &task, const QString &output, const QVariant &volume,
                     AbkPeriod period, const QVariant &minutes) {
        QVERIFY(model->setData(model->index(row, AbkTaskModel::Description), task));
        QVERIFY(model->setData(model->index(row, AbkTaskModel::Output), output));
        QVERIFY(model->setData(model->index(row, AbkTaskModel::Volume), volume));
        QVERIFY(model->setData(model->index(row, AbkTaskModel::Period), int(period)));
        QVERIFY(model->setData(model->index(row, AbkTaskModel::Minutes), minutes));
    }

private slots:
    void initTestCase() {
        qputenv("IMBANG_TODAY", "2026-11-29");
        test::installIndonesian();
        m_db = std::make_unique<test::TempDatabase>();
        const QSqlDatabase c = m_db->db->connection();
        Unit u;
        u.code = QStringLiteral("01.05");
        u.name = QStringLiteral("Badan Kepegawaian Daerah Kota Jambi");
        m_unit = *UnitRepository(c).insert(u);
        Position p;
        p.name = QStringLiteral("Pengadministrasi Perkantoran");
        m_position = *PositionRepository(c).insert(p);
        EmployeeBatchWriter writer(c);
        for (int i = 1; i <= 2; ++i) {
            Employee e;
            e.nip = QStringLiteral("19850101201001100%1").arg(i);
            e.name = QStringLiteral("Pegawai %1").arg(i);
            e.birthDate = QDate(1985, 1, 1);
            e.unitId = m_unit;
            e.positionId = m_position;
            QVERIFY(writer.insert(e));
        }
    }

    void tasksGiveTheNeedLive() {
        AbkTaskDialog dialog(*m_db->db, m_unit, m_position);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.year(), 2026);
        QVERIFY(!dialog.directNeed());
        AbkTaskModel *model = dialog.model();
        for (int i = 0; i < 4; ++i)
            model->addTask();
        QVERIFY(!dialog.problems().isEmpty()); // empty rows: no description, no minutes
        fill(model, 0, QStringLiteral("Mencatat surat masuk"), QStringLiteral("Surat"), 4, AbkPeriod::Day, 15);
        fill(model, 1, QStringLiteral("Mengarsipkan berkas"), QStringLiteral("Berkas"), QStringLiteral("6"),
             AbkPeriod::Week, QStringLiteral("60"));
        fill(model, 2, QStringLiteral("Menyusun laporan"), QStringLiteral("Laporan"), 10, AbkPeriod::Month,
             QStringLiteral("90"));
        fill(model, 3, QStringLiteral("Inventarisasi"), QStringLiteral("Daftar"), QStringLiteral("24"), AbkPeriod::Year,
             QStringLiteral("300"));
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(dialog.computedNeed(), 0.68);
        QCOMPARE(model->index(0, AbkTaskModel::YearlyVolume).data(Qt::EditRole).toDouble(), 1000.0);
        QCOMPARE(model->index(0, AbkTaskModel::Period).data().toString(), QStringLiteral("per hari"));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("kebutuhan 0,68")), qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("Pegawai yang ada 2")), qPrintable(dialog.summaryText()));
        // A volume as officers type it, and values that are refused.
        QVERIFY(model->setData(model->index(0, AbkTaskModel::Volume), QStringLiteral("4,0")));
        QVERIFY(!model->setData(model->index(0, AbkTaskModel::Volume), QStringLiteral("-1")));
        QVERIFY(!model->setData(model->index(0, AbkTaskModel::Volume), QStringLiteral("banyak")));
        QVERIFY(!model->setData(model->index(0, AbkTaskModel::YearlyHours), 5));

        // The period column is edited with a drop-down of the four periods.
        auto *delegate = qobject_cast<ComboBoxDelegate *>(
            new ComboBoxDelegate({{QStringLiteral("per hari"), int(AbkPeriod::Day)},
                                  {QStringLiteral("per bulan"), int(AbkPeriod::Month)}},
                                 &dialog));
        QWidget *editor = delegate->createEditor(&dialog, QStyleOptionViewItem(), model->index(1, AbkTaskModel::Period));
        auto *box = qobject_cast<QComboBox *>(editor);
        QVERIFY(box);
        box->setCurrentIndex(1);
        delegate->setModelData(editor, model, model->index(1, AbkTaskModel::Period));
        QCOMPARE(model->tasks().at(1).period, AbkPeriod::Month);
        QVERIFY(model->setData(model->index(1, AbkTaskModel::Period), int(AbkPeriod::Week)));
        delete editor;

        dialog.resize(900, 480);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("abk-dialog-test.png")));

        QSignalSpy changed(&ChangeBus::instance(), &ChangeBus::changed);
        QVERIFY(dialog.save());
        QCOMPARE(changed.count(), 1);
        const auto need = StaffingNeedRepository(m_db->db->connection()).find(m_unit, m_position);
        QVERIFY(need);
        QCOMPARE(need->source, QStringLiteral("ABK"));
        QCOMPARE(need->need, 0.68);
        QCOMPARE(AbkRepository(m_db->db->connection()).tasks(m_unit, m_position, 2026).size(), 4);
    }

    void reopensWithTheStoredTasks() {
        AbkTaskDialog dialog(*m_db->db, m_unit, m_position);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.computedNeed(), 0.68);
        // A new year without tasks keeps the rows, to carry last year's ABK over.
        dialog.setYear(2027);
        QCOMPARE(dialog.model()->rowCount(), 4);
        dialog.setYear(2026);
        QCOMPARE(dialog.model()->rowCount(), 4);
        dialog.model()->removeTask(3);
        QCOMPARE(dialog.model()->rowCount(), 3);
    }

    void directNeedWins() {
        {
            AbkTaskDialog dialog(*m_db->db, m_unit, m_position);
            dialog.setDirectNeed(true, 3);
            QVERIFY(dialog.summaryText().contains(QStringLiteral("diisi langsung")));
            QVERIFY(dialog.save());
        }
        const auto need = StaffingNeedRepository(m_db->db->connection()).find(m_unit, m_position);
        QCOMPARE(need->source, StaffingNeedRepository::sourceDirect());
        QCOMPARE(need->need, 3.0);
        AbkTaskDialog again(*m_db->db, m_unit, m_position);
        QVERIFY(again.directNeed());
        QCOMPARE(again.model()->rowCount(), 4); // the tasks are kept
    }
};

QTEST_MAIN(TestAbkTaskDialog)
#include "tst_abktaskdialog.moc"
