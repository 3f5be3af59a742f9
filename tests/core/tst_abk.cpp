#include "domain/position.h"
#include "domain/unit.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "testsupport.h"
#include "workload/abkrepository.h"
#include "workload/abktask.h"

#include <QTest>

using namespace imbang;

// ABK arithmetic against a hand-worked example, and the ABK need in the database.
//
// The example (one Pengadministrasi Perkantoran):
//   letters logged      4 a day    x 250 = 1,000 a year x  15 min = 15,000 min
//   files archived      6 a week   x  50 =   300 a year x  60 min = 18,000 min
//   reports            10 a month  x  12 =   120 a year x  90 min = 10,800 min
//   inventories        24 a year   x   1 =    24 a year x 300 min =  7,200 min
//   total                                                           51,000 min = 850 hours
//   need = 850 h / 1,250 h = 0.68; with WKE 1,200 h: 0.708333...; with 1,300 h: 0.653846...
class TestAbk : public QObject {
    Q_OBJECT

    static AbkTask task(const char *description, double volume, AbkPeriod period, double minutes) {
        AbkTask t;
        t.description = QString::fromLatin1(description);
        t.volume = volume;
        t.period = period;
        t.standardMinutes = minutes;
        t.year = 2026;
        return t;
    }

    static QList<AbkTask> example() {
        return {task("Mencatat surat masuk", 4, AbkPeriod::Day, 15), task("Mengarsipkan berkas", 6, AbkPeriod::Week, 60),
                task("Menyusun laporan", 10, AbkPeriod::Month, 90), task("Inventarisasi", 24, AbkPeriod::Year, 300)};
    }

    struct Post {
        test::TempDatabase db;
        qint64 unit = 0;
        qint64 position = 0;
        Post() {
            Unit u;
            u.code = QStringLiteral("01.05");
            u.name = QStringLiteral("Badan Kepegawaian Daerah");
            unit = *UnitRepository(db.db->connection()).insert(u);
            Position p;
            p.name = QStringLiteral("Pengadministrasi Perkantoran");
            position = *PositionRepository(db.db->connection()).insert(p);
        }
    };

private slots:
    void initTestCase() { test::installIndonesian(); }

    void periodConversion_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("factor");
        QTest::addColumn<double>("yearlyVolume");
        QTest::addColumn<double>("yearlyMinutes");
        QTest::newRow("day x250") << 0 << 250 << 1000.0 << 15000.0;
        QTest::newRow("week x50") << 1 << 50 << 300.0 << 18000.0;
        QTest::newRow("month x12") << 2 << 12 << 120.0 << 10800.0;
        QTest::newRow("year x1") << 3 << 1 << 24.0 << 7200.0;
    }

    void periodConversion() {
        QFETCH(int, row);
        QFETCH(int, factor);
        QFETCH(double, yearlyVolume);
        QFETCH(double, yearlyMinutes);
        const AbkTask t = example().at(row);
        QCOMPARE(abk::periodFactor(t.period), factor);
        QCOMPARE(abk::yearlyVolume(t), yearlyVolume);
        QCOMPARE(abk::yearlyMinutes(t), yearlyMinutes);
    }

    void requiredStaff_data() {
        QTest::addColumn<double>("wkeHours");
        QTest::addColumn<double>("need");
        QTest::newRow("WKE 1250 (PermenPANRB 1/2020)") << 1250.0 << 0.68;
        QTest::newRow("WKE 1200 (Perka BKN 19/2011)") << 1200.0 << 850.0 / 1200.0;
        QTest::newRow("WKE 1300 (Kep MenPAN 75/2004)") << 1300.0 << 850.0 / 1300.0;
    }

    void requiredStaff() {
        QFETCH(double, wkeHours);
        QFETCH(double, need);
        QCOMPARE(abk::workloadMinutes(example()), 51000.0);
        QCOMPARE(abk::requiredStaff(example(), wkeHours), need);
        QCOMPARE(abk::requiredStaff(QList<AbkTask>(), wkeHours), 0.0);
    }

    void periodFromText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("period"); // -1: not a period
        QTest::newRow("hari") << QStringLiteral("hari") << int(AbkPeriod::Day);
        QTest::newRow("Harian") << QStringLiteral(" Harian ") << int(AbkPeriod::Day);
        QTest::newRow("per minggu") << QStringLiteral("per minggu") << int(AbkPeriod::Week);
        QTest::newRow("Mingguan") << QStringLiteral("Mingguan") << int(AbkPeriod::Week);
        QTest::newRow("BULAN") << QStringLiteral("BULAN") << int(AbkPeriod::Month);
        QTest::newRow("bln") << QStringLiteral("bln") << int(AbkPeriod::Month);
        QTest::newRow("tahun") << QStringLiteral("tahun") << int(AbkPeriod::Year);
        QTest::newRow("/thn") << QStringLiteral("/thn") << int(AbkPeriod::Year);
        QTest::newRow("week") << QStringLiteral("week") << int(AbkPeriod::Week);
        QTest::newRow("storage code") << abk::periodCode(AbkPeriod::Month) << int(AbkPeriod::Month);
        QTest::newRow("semester") << QStringLiteral("semester") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void periodFromText() {
        QFETCH(QString, text);
        QFETCH(int, period);
        const auto parsed = abk::periodFromText(text);
        QCOMPARE(parsed ? int(*parsed) : -1, period);
    }

    void periodNamesAreIndonesian() {
        QCOMPARE(abk::periodName(AbkPeriod::Day), QStringLiteral("per hari"));
        QCOMPARE(abk::periodName(AbkPeriod::Year), QStringLiteral("per tahun"));
    }

    void replaceTasksWritesAbkNeed() {
        Post post;
        const QSqlDatabase c = post.db.db->connection();
        AbkRepository repo(c);
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2026, example(), 1250));
        const auto need = StaffingNeedRepository(c).find(post.unit, post.position);
        QVERIFY(need);
        QCOMPARE(need->source, QStringLiteral("ABK"));
        QCOMPARE(need->need, 0.68);
        const QList<AbkTask> stored = repo.tasks(post.unit, post.position, 2026);
        QCOMPARE(stored.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(stored.at(i).description, example().at(i).description);
            QCOMPARE(stored.at(i).period, example().at(i).period);
            QCOMPARE(stored.at(i).volume, example().at(i).volume);
            QCOMPARE(stored.at(i).standardMinutes, example().at(i).standardMinutes);
        }
        QCOMPARE(repo.posts().size(), 1);
        QCOMPARE(repo.posts().first().workloadMinutes, 51000.0);
    }

    void latestYearGivesTheNeed() {
        Post post;
        const QSqlDatabase c = post.db.db->connection();
        AbkRepository repo(c);
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2026, example(), 1250));
        // An older year saved afterwards does not replace the newer need.
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2025, {example().first()}, 1250));
        QCOMPARE(StaffingNeedRepository(c).find(post.unit, post.position)->need, 0.68);
        QCOMPARE(repo.years(post.unit, post.position), (QList<int>{2026, 2025}));
        // Removing the newest year falls back to the older one: 15,000 min / 75,000 = 0.2.
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2026, {}, 1250));
        QCOMPARE(StaffingNeedRepository(c).find(post.unit, post.position)->need, 0.2);
        // No tasks left: the ABK need goes.
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2025, {}, 1250));
        QVERIFY(!StaffingNeedRepository(c).find(post.unit, post.position));
    }

    void recomputeAfterWkeChangeKeepsDirectNeeds() {
        Post post;
        const QSqlDatabase c = post.db.db->connection();
        AbkRepository repo(c);
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2026, example(), 1250));
        QCOMPARE(*repo.recomputeNeeds(1200), 1);
        QCOMPARE(StaffingNeedRepository(c).find(post.unit, post.position)->need, 850.0 / 1200.0);
        // An officer enters the approved formasi directly: a later recompute leaves it alone.
        QVERIFY(StaffingNeedRepository(c).set({post.unit, post.position, 3, StaffingNeedRepository::sourceDirect(), {}}));
        QVERIFY(repo.recomputeNeeds(1300));
        const auto need = StaffingNeedRepository(c).find(post.unit, post.position);
        QCOMPARE(need->need, 3.0);
        QCOMPARE(need->source, StaffingNeedRepository::sourceDirect());
        // Removing the tasks does not remove a need entered directly.
        QVERIFY(repo.replaceTasks(post.unit, post.position, 2026, {}, 1250));
        QVERIFY(StaffingNeedRepository(c).find(post.unit, post.position));
    }

    void wkeSettingDefault() {
        test::TempDatabase db;
        QCOMPARE(Settings(db.db->connection()).get(settingkeys::wkeHours), 1250.0);
    }
};

QTEST_GUILESS_MAIN(TestAbk)
#include "tst_abk.moc"
