#include "plannerscenario.h"

#include "audit/audittrail.h"
#include "competence/performancepredicate.h"
#include "planner/plannerholdrepository.h"
#include "planner/plannersettings.h"
#include "planner/rebalanceplanner.h"
#include "planner/transferrequestrepository.h"
#include "settings/settingkeys.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;

Q_DECLARE_METATYPE(imbang::PlannerSettings)

// The planner's limits and cost model as office settings (issue 9 item 4): validation, saving all or
// nothing, and the planner honouring what was saved. Also the checks behind the Settings pages of the
// holds, own requests and the SKP score mapping (issue 12 item 1).
class TestPlannerSettings : public QObject {
    Q_OBJECT

    static int settingRows(const QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'planner/%'"));
        q.next();
        return q.value(0).toInt();
    }

    static int auditCount(const QSqlDatabase &db, const QString &action) {
        int n = 0;
        for (const AuditEntry &e : AuditTrail(db).entries({}))
            n += e.record.action == action;
        return n;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void defaultsMatchTheSettingTable() {
        test::TempDatabase temp;
        const PlannerSettings loaded = PlannerSettings::load(temp.db->connection());
        QCOMPARE(loaded, PlannerSettings());
        QVERIFY(loaded.validate().isEmpty());
        QCOMPARE(loaded.roadFactor, settingkeys::plannerRoadFactor.defaultValue);
        QCOMPARE(loaded.maxKm, settingkeys::plannerMaxKm.defaultValue);
    }

    void saveAndLoad() {
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        PlannerSettings p;
        p.roadFactor = 1.45;
        p.borderPenaltyKm = 80;
        p.allowPositionChange = false;
        p.positionChangePenaltyKm = 10;
        p.allowCrossFamily = true;
        p.crossFamilyPenaltyKm = 300;
        p.requestBonusKm = 500;
        p.maxMoves = 12;
        p.maxKm = 90;
        p.nearest = 25;
        QVERIFY(p.save(db));
        QCOMPARE(PlannerSettings::load(db), p);
    }

    void validation_data() {
        QTest::addColumn<PlannerSettings>("settings");
        QTest::addColumn<QString>("field");
        const auto with = [](auto change) {
            PlannerSettings p;
            change(p);
            return p;
        };
        QTest::newRow("road factor below 1") << with([](PlannerSettings &p) { p.roadFactor = 0.9; }) << "road_factor";
        QTest::newRow("road factor above 3") << with([](PlannerSettings &p) { p.roadFactor = 3.5; }) << "road_factor";
        QTest::newRow("negative border cost") << with([](PlannerSettings &p) { p.borderPenaltyKm = -1; })
                                              << "border_penalty_km";
        QTest::newRow("huge family cost") << with([](PlannerSettings &p) { p.crossFamilyPenaltyKm = 20000; })
                                          << "cross_family_penalty_km";
        QTest::newRow("negative request bonus") << with([](PlannerSettings &p) { p.requestBonusKm = -5; })
                                                << "request_bonus_km";
        QTest::newRow("negative moves") << with([](PlannerSettings &p) { p.maxMoves = -1; }) << "max_moves";
        QTest::newRow("zero km") << with([](PlannerSettings &p) { p.maxKm = 0; }) << "max_km";
        QTest::newRow("no posts compared") << with([](PlannerSettings &p) { p.nearest = 0; }) << "nearest_posts";
    }
    void validation() {
        QFETCH(PlannerSettings, settings);
        QFETCH(QString, field);
        const Problems problems = settings.validate();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(problems.first().isError());
        QVERIFY(!problems.first().message.isEmpty());
        // Bad input never changes the database.
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        const Status saved = settings.save(db);
        QVERIFY(!saved);
        QCOMPARE(saved.error(), problems.first().message);
        QCOMPARE(settingRows(db), 0);
        QCOMPARE(PlannerSettings::load(db), PlannerSettings());
    }

    // Two schools 11.1 km apart in a straight line (14.5 km by road with the default factor).
    void planFollowsTheSavedLimits() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik"), 0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1"), d, bungo, -1.5, 102.1);
        const qint64 b = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2"), d, bungo, -1.6, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(a, guru, 2);
        s.need(b, guru, 5);
        s.staff(QStringLiteral("Guru A"), a, guru, 5);
        s.staff(QStringLiteral("Guru B"), b, guru, 2);
        const auto plan = [&s] {
            auto r = RebalancePlanner::plan(s.db, PlanRequest());
            if (!r)
                qFatal("%s", qPrintable(r.error()));
            return *r;
        };
        PlanResult r = plan();
        QCOMPARE(r.totals.moved, 3);
        QVERIFY(std::fabs(r.moves.first().distanceKm - 1.3 * 11.12) < 0.1);

        // Saving the shipped values changes nothing.
        QVERIFY(PlannerSettings().save(s.db));
        QCOMPARE(plan().totals.moved, 3);
        PlannerSettings p = PlannerSettings::load(s.db);
        p.maxMoves = 2;
        p.roadFactor = 1.5;
        QVERIFY(p.save(s.db));
        r = plan();
        QCOMPARE(r.totals.moved, 2);
        QVERIFY(std::fabs(r.moves.first().distanceKm - 1.5 * 11.12) < 0.1);

        p.maxKm = 15; // shorter than 16.7 km by road: nobody may go
        QVERIFY(p.save(s.db));
        QCOMPARE(plan().totals.moved, 0);
        // A limit given for one plan (the planner page, --max-km) still overrides the setting.
        PlanRequest wider;
        wider.maxKm = 20;
        QCOMPARE(RebalancePlanner::plan(s.db, wider)->totals.moved, 2);
    }

    void holdsAndRequestsAreAudited() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const QString tebo = QStringLiteral("Kabupaten Tebo");
        const qint64 a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1"), 0, bungo, -1.5, 102.1);
        s.unit(QStringLiteral("09.01.SD001"), QStringLiteral("SD Tebo"), 0, tebo, -1.4, 102.4);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true);
        const qint64 id = s.employee(QStringLiteral("Rina"), a, guru, QDate(2018, 1, 1));

        TransferRequestRepository requests(s.db);
        QCOMPARE(requests.regions(), (QStringList{bungo, tebo}));
        QVERIFY(!requests.add(id, QStringLiteral("Kota Antah")));
        QVERIFY(!requests.add(id, bungo)); // where the person already works
        QVERIFY(requests.all().isEmpty());
        QVERIFY(requests.add(id, QStringLiteral("kabupaten tebo"), QStringLiteral("ikut suami")));
        QCOMPARE(requests.find(id, tebo)->note, QStringLiteral("ikut suami"));
        QCOMPARE(requests.find(id, tebo)->region, tebo); // stored as the unit list writes it
        QCOMPARE(auditCount(s.db, QStringLiteral("planner.request")), 1);
        QVERIFY(requests.remove(id, tebo));
        QVERIFY(!requests.find(id, tebo));
        QVERIFY(!requests.remove(id, tebo));
        QCOMPARE(auditCount(s.db, QStringLiteral("planner.request_withdrawn")), 1);

        QVERIFY(PlannerHoldRepository(s.db).hold(id, QStringLiteral("Kesehatan")));
        QCOMPARE(auditCount(s.db, QStringLiteral("planner.hold")), 1);
    }

    void scoreMappingValidation_data() {
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("default") << QList<double>{91, 76, 61, 51} << QStringList();
        QTest::newRow("custom") << QList<double>{90, 80, 70, 60} << QStringList();
        QTest::newRow("not rising") << QList<double>{90, 80, 80, 60} << QStringList{QStringLiteral("score_BP")};
        QTest::newRow("reversed") << QList<double>{60, 70, 80, 90}
                                  << QStringList{QStringLiteral("score_B"), QStringLiteral("score_BP"),
                                                 QStringLiteral("score_K")};
        QTest::newRow("zero") << QList<double>{91, 76, 61, 0} << QStringList{QStringLiteral("score_K")};
        QTest::newRow("too high") << QList<double>{130, 76, 61, 51} << QStringList{QStringLiteral("score_SB")};
        QTest::newRow("three") << QList<double>{91, 76, 61} << QStringList{QStringLiteral("score_mapping")};
    }
    void scoreMappingValidation() {
        QFETCH(QList<double>, scores);
        QFETCH(QStringList, fields);
        performance::ScoreMapping m;
        m.lowestScores = scores;
        QStringList found;
        for (const Problem &p : m.validate())
            found << p.field;
        QCOMPARE(found, fields);
        // What validates is what the setting text accepts back.
        if (fields.isEmpty())
            QCOMPARE(performance::ScoreMapping::fromSettingText(m.toSettingText())->lowestScores, scores);
    }
};

QTEST_MAIN(TestPlannerSettings)
#include "tst_plannersettings.moc"
