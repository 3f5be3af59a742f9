#include "settings/settingkeys.h"
#include "testsupport.h"
#include "workload/efficiencygrade.h"
#include "workload/workloadfigures.h"
#include "workload/workloadsettings.h"

#include <QTest>

using namespace imbang;

// EJ and its grade exactly at the boundaries of the usual table: A > 1.00, B 0.90-1.00, C 0.70-0.89,
// D 0.50-0.69, E < 0.50. EJ comes from need and staff as the engine computes it.
class TestEfficiencyGrade : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::installIndonesian(); }

    void boundaries_data() {
        QTest::addColumn<double>("need");
        QTest::addColumn<int>("staff");
        QTest::addColumn<QString>("grade");
        QTest::newRow("1.01 A") << 10.1 << 10 << QStringLiteral("A");
        QTest::newRow("1.00 B") << 10.0 << 10 << QStringLiteral("B");
        QTest::newRow("0.90 B") << 9.0 << 10 << QStringLiteral("B");
        QTest::newRow("0.89 C") << 8.9 << 10 << QStringLiteral("C");
        QTest::newRow("0.70 C") << 7.0 << 10 << QStringLiteral("C");
        QTest::newRow("0.69 D") << 6.9 << 10 << QStringLiteral("D");
        QTest::newRow("0.50 D") << 5.0 << 10 << QStringLiteral("D");
        QTest::newRow("0.49 E") << 4.9 << 10 << QStringLiteral("E");
        QTest::newRow("0 E") << 0.0 << 3 << QStringLiteral("E");
        // Shown as two decimals, graded as shown: 0.8951 is displayed 0.90 and is a B.
        QTest::newRow("0.8951 shown 0.90 B") << 8.951 << 10 << QStringLiteral("B");
        QTest::newRow("0.7/1 C") << 0.7 << 1 << QStringLiteral("C");
        QTest::newRow("nobody in post A") << 2.0 << 0 << QStringLiteral("A");
    }

    void boundaries() {
        QFETCH(double, need);
        QFETCH(int, staff);
        QFETCH(QString, grade);
        QCOMPARE(gradeLetter(gradeOf(efficiency(need, staff))), grade);
        // The same through the engine's figures.
        const WorkloadFigures f = WorkloadFigures::forPost(need, staff, {});
        QCOMPARE(gradeLetter(f.grade(GradeThresholds())), grade);
    }

    void thresholdsAreASetting() {
        test::TempDatabase db;
        Settings settings(db.db->connection());
        QCOMPARE(WorkloadSettings::load(db.db->connection()).thresholds, GradeThresholds());
        const GradeThresholds strict{1.10, 0.95, 0.80, 0.60};
        QVERIFY(settings.set(settingkeys::gradeThresholds, strict.toSettingText()));
        const GradeThresholds loaded = WorkloadSettings::load(db.db->connection()).thresholds;
        QCOMPARE(loaded, strict);
        QCOMPARE(gradeLetter(gradeOf(0.90, loaded)), QStringLiteral("C"));
        QCOMPARE(gradeLetter(gradeOf(1.10, loaded)), QStringLiteral("B"));
        // A value that does not parse keeps the usual table.
        QVERIFY(settings.set(settingkeys::gradeThresholds, QStringLiteral("banyak")));
        QCOMPARE(WorkloadSettings::load(db.db->connection()).thresholds, GradeThresholds());
    }

    void namesAreIndonesian() {
        QCOMPARE(gradeName(Grade::A), QStringLiteral("Sangat Baik"));
        QCOMPARE(gradeName(Grade::E), QStringLiteral("Kurang"));
    }
};

QTEST_GUILESS_MAIN(TestEfficiencyGrade)
#include "tst_efficiencygrade.moc"
