#include "demo/demogenerator.h"
#include "domain/employee.h"
#include "domain/position.h"
#include "domain/retirementpolicy.h"
#include "domain/unit.h"
#include "records/employeebatchwriter.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "testsupport.h"
#include "workload/abkrepository.h"
#include "workload/schoolprofilerepository.h"
#include "workload/staffinglevels.h"
#include "workload/workloadengine.h"
#include "workload/workloadexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imbang;

// The workload engine on a small office worked out by hand (see the figures in the comments), and on demo
// data against the two independent ways of counting: staffing::allLevels and each employee's retirement
// date from RetirementPolicy.
class TestWorkloadEngine : public QObject {
    Q_OBJECT

    const QDate today{2026, 11, 29};

    struct Office {
        test::TempDatabase db;
        qint64 opd1 = 0, schoolA = 0, schoolB = 0, opd2 = 0, schoolC = 0;
        qint64 teacher = 0, clerk = 0, head = 0;
        int sequence = 0;
        EmployeeBatchWriter writer;

        qint64 unit(const char *code, const char *name, UnitKind kind, qint64 parent, const char *region) {
            Unit u;
            u.code = QString::fromLatin1(code);
            u.name = QString::fromLatin1(name);
            u.kind = kind;
            u.parentId = parent;
            u.region = QString::fromLatin1(region);
            return *UnitRepository(db.db->connection()).insert(u);
        }
        void need(qint64 unitId, qint64 positionId, double n) {
            QVERIFY(StaffingNeedRepository(db.db->connection())
                        .set({unitId, positionId, n, StaffingNeedRepository::sourceDirect(), {}}));
        }
        void employee(qint64 unitId, qint64 positionId, const QDate &birth, bool active = true) {
            Employee e;
            e.birthDate = birth;
            const QString birthText = birth.isValid() ? birth.toString(QStringLiteral("yyyyMMdd"))
                                                      : QStringLiteral("19800101");
            e.nip = birthText + QStringLiteral("2005011%1").arg(++sequence, 3, 10, QLatin1Char('0'));
            e.name = QStringLiteral("Pegawai %1").arg(sequence);
            e.unitId = unitId;
            e.positionId = positionId;
            e.active = active;
            if (!active)
                e.inactiveReason = InactiveReason::Retired;
            auto id = writer.insert(e);
            QVERIFY2(id, qPrintable(id.error()));
        }

        Office() : writer(db.db->connection()) {
            opd1 = unit("01.08", "Dinas Pendidikan Kota Jambi", UnitKind::Opd, 0, "Kota Jambi");
            schoolA = unit("01.08.SD001", "SD Negeri 7/I Kota Jambi", UnitKind::School, opd1, "Kota Jambi");
            schoolB = unit("01.08.SD002", "SD Negeri 14/I Kota Jambi", UnitKind::School, opd1, "Kota Jambi");
            opd2 = unit("02.08", "Dinas Pendidikan Kabupaten Batanghari", UnitKind::Opd, 0, "Kabupaten Batanghari");
            schoolC = unit("02.08.SD001", "SD Negeri 14/II Batanghari", UnitKind::School, opd2, "Kabupaten Batanghari");
            PositionRepository positions(db.db->connection());
            Position p;
            p.name = QStringLiteral("Guru Ahli Muda Kelas");
            p.kind = PositionKind::Functional;
            p.level = PositionLevel::AhliMuda;
            p.teacher = true; // BUP 60
            p.family = QStringLiteral("Pendidikan");
            teacher = *positions.insert(p);
            p = Position();
            p.name = QStringLiteral("Pengadministrasi Perkantoran"); // pelaksana, BUP 58
            p.family = QStringLiteral("Administrasi");
            clerk = *positions.insert(p);
            p = Position();
            p.name = QStringLiteral("Kepala Dinas");
            p.kind = PositionKind::Jpt;
            p.bupOverride = 62; // instead of 60
            p.family = QStringLiteral("Administrasi");
            head = *positions.insert(p);

            need(schoolA, teacher, 6);
            need(schoolA, clerk, 1);
            need(schoolB, teacher, 6);
            need(opd1, clerk, 3);
            need(opd1, head, 1);
            need(schoolC, teacher, 4);

            // School A, teachers (need 6, 8 in post); retirement years 2026 (overdue: pension from
            // 1 April 2026), 2027 (born in December: pension 1 January 2027), 2027, 2030, later x4.
            employee(schoolA, teacher, {1966, 3, 10});
            employee(schoolA, teacher, {1966, 12, 5});
            employee(schoolA, teacher, {1967, 6, 15});
            employee(schoolA, teacher, {1970, 1, 20});
            employee(schoolA, teacher, {1971, 2, 1});
            for (int i = 0; i < 3; ++i)
                employee(schoolA, teacher, {1985, 4, 1 + i});
            // School B, teachers (need 6, 4 in post): one past BUP but still active (counted this year),
            // one without a birth date, and a retired one who does not count.
            employee(schoolB, teacher, {1964, 5, 5});
            employee(schoolB, teacher, {1990, 1, 1});
            employee(schoolB, teacher, {1990, 1, 2});
            employee(schoolB, teacher, QDate());
            employee(schoolB, teacher, {1966, 1, 1}, false);
            // Agency office: clerks (need 3, 4 in post) retiring 1 December 2026 and 1 January 2028; the head
            // (BUP 62) retiring 1 September 2027.
            employee(opd1, clerk, {1968, 11, 30});
            employee(opd1, clerk, {1969, 12, 31});
            employee(opd1, clerk, {1995, 1, 1});
            employee(opd1, clerk, {1995, 1, 2});
            employee(opd1, head, {1965, 8, 8});
            // Batanghari: school C short of teachers, two clerks without a recorded need.
            employee(schoolC, teacher, {1980, 1, 1});
            employee(schoolC, teacher, {1980, 1, 2});
            employee(opd2, clerk, {1990, 5, 5});
            employee(opd2, clerk, {1990, 5, 6});
            // Nobody's unit: not counted anywhere.
            employee(0, clerk, {1960, 1, 1});
        }
    };

    static void compareFigures(const WorkloadFigures &f, double need, int inPost, double surplus, double shortage,
                               std::array<int, outlookYears> retirements) {
        QCOMPARE(f.need, need);
        QCOMPARE(f.inPost, inPost);
        QCOMPARE(f.surplus, surplus);
        QCOMPARE(f.shortage, shortage);
        QCOMPARE(f.retirements, retirements);
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void posts() {
        Office office;
        auto s = WorkloadEngine::compute(office.db.db->connection(), today);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->posts().size(), std::size_t(7));
        compareFigures(s->post(office.schoolA, office.teacher), 6, 8, 2, 0, {1, 2, 0, 0, 1});
        compareFigures(s->post(office.schoolA, office.clerk), 1, 0, 0, -1, {0, 0, 0, 0, 0});
        compareFigures(s->post(office.schoolB, office.teacher), 6, 4, 0, -2, {1, 0, 0, 0, 0});
        compareFigures(s->post(office.opd1, office.clerk), 3, 4, 1, 0, {1, 0, 1, 0, 0});
        compareFigures(s->post(office.opd1, office.head), 1, 1, 0, 0, {0, 1, 0, 0, 0});
        compareFigures(s->post(office.opd2, office.clerk), 0, 2, 2, 0, {0, 0, 0, 0, 0});
        QCOMPARE(gradeLetter(s->post(office.opd2, office.clerk).grade({})), QStringLiteral("E")); // EJ 0
        QCOMPARE(gradeLetter(s->post(office.schoolA, office.clerk).grade({})), QStringLiteral("A")); // vacant
    }

    // Dinas Pendidikan Kota Jambi per sub-unit:
    //   its own posts  need 4, in post 5 (clerks 3/4, head 1/1)     EJ 0.80 C
    //   SD 7/I         need 7, in post 8 (+2 teachers, -1 clerk)    EJ 0.88 C
    //   SD 14/I        need 6, in post 4                            EJ 1.50 A
    //   total          need 17, in post 17, surplus 3, shortage -3; retiring 3, 3, 1, 0, 1
    void perSubUnitWithRetirementOutlook() {
        Office office;
        auto s = WorkloadEngine::compute(office.db.db->connection(), today);
        QVERIFY(s);
        const WorkloadSummary sum = s->summarize(office.opd1, WorkloadGrouping::Unit);
        QCOMPARE(sum.rows.size(), 3);
        QVERIFY(sum.rows.at(0).ownPosts);
        QCOMPARE(sum.rows.at(0).id, office.opd1);
        compareFigures(sum.rows.at(0).figures, 4, 5, 1, 0, {1, 1, 1, 0, 0});
        QCOMPARE(sum.rows.at(1).id, office.schoolA);
        compareFigures(sum.rows.at(1).figures, 7, 8, 2, -1, {1, 2, 0, 0, 1});
        QCOMPARE(sum.rows.at(2).id, office.schoolB);
        compareFigures(sum.rows.at(2).figures, 6, 4, 0, -2, {1, 0, 0, 0, 0});
        compareFigures(sum.total, 17, 17, 3, -3, {3, 3, 1, 0, 1});
        QCOMPARE(sum.gradeCounts, (std::array<int, 5>{1, 0, 2, 0, 0}));

        // Nobody hired or moved: 17 -> 14 -> 11 -> 10 -> 10 -> 9 staff against a need of 17. Summed per post,
        // the shortage grows -4, -6, -7, -7, -8 (the agency's surplus clerk does not fill a school's gap).
        const QList<int> years{2026, 2027, 2028, 2029, 2030};
        const QList<int> staff{14, 11, 10, 10, 9};
        const QList<double> shortage{-4, -6, -7, -7, -8};
        QCOMPARE(sum.outlook.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(sum.outlook.at(i).year, years.at(i));
            QCOMPARE(sum.outlook.at(i).staff, staff.at(i));
            QCOMPARE(sum.outlook.at(i).gap, staff.at(i) - 17.0);
            QCOMPARE(sum.outlook.at(i).shortage, shortage.at(i));
        }
    }

    void perPositionPerRegionAndFilters() {
        Office office;
        auto s = WorkloadEngine::compute(office.db.db->connection(), today);
        QVERIFY(s);
        const QList<WorkloadRow> positions = s->breakdown(0, WorkloadGrouping::Position);
        QCOMPARE(positions.size(), 3); // ordered by name
        QCOMPARE(positions.at(0).name, QStringLiteral("Guru Ahli Muda Kelas"));
        compareFigures(positions.at(0).figures, 16, 14, 2, -4, {2, 2, 0, 0, 1});
        QCOMPARE(positions.at(1).name, QStringLiteral("Kepala Dinas"));
        QCOMPARE(positions.at(2).name, QStringLiteral("Pengadministrasi Perkantoran"));
        compareFigures(positions.at(2).figures, 4, 6, 3, -1, {1, 0, 1, 0, 0});

        const QList<WorkloadRow> regions = s->breakdown(0, WorkloadGrouping::Region);
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions.at(0).name, QStringLiteral("Kabupaten Batanghari"));
        compareFigures(regions.at(0).figures, 4, 4, 2, -2, {0, 0, 0, 0, 0});
        QCOMPARE(regions.at(1).name, QStringLiteral("Kota Jambi"));
        QCOMPARE(regions.at(1).figures.inPost, 17);

        // The whole office per unit: the two agencies with everything below them.
        const QList<WorkloadRow> agencies = s->breakdown(0, WorkloadGrouping::Unit);
        QCOMPARE(agencies.size(), 2);
        QVERIFY(agencies.at(0).hasSubUnits);
        QCOMPARE(agencies.at(1).figures.need, 4.0);
        QCOMPARE(s->total(0).inPost, 21);

        WorkloadFilter teachers;
        teachers.teachersOnly = true;
        QCOMPARE(s->total(office.opd1, teachers).inPost, 12);
        WorkloadFilter admin;
        admin.positionFamily = QStringLiteral("administrasi");
        QCOMPARE(s->total(0, admin).inPost, 7);
        QCOMPARE(s->positionFamilies(), (QStringList{QStringLiteral("Administrasi"), QStringLiteral("Pendidikan")}));

        // A school has no sub-units: per unit it shows itself.
        QCOMPARE(s->breakdown(office.schoolA, WorkloadGrouping::Unit).size(), 1);
        QCOMPARE(s->breakdown(office.schoolA, WorkloadGrouping::Position).size(), 2);
        QVERIFY(s->breakdown(999999, WorkloadGrouping::Unit).isEmpty());
    }

    void retirementAgesFollowTheSettings() {
        Office office;
        RetirementPolicy policy;
        policy.setAge(QStringLiteral("GURU"), 58); // a region that retires teachers at 58
        QVERIFY(Settings(office.db.db->connection()).set(settingkeys::retirementAges, policy.toSettingText()));
        auto s = WorkloadEngine::compute(office.db.db->connection(), today);
        QVERIFY(s);
        // Teachers born 1966-1967 are past 58 (overdue, counted this year); 1970 retires 1 February 2028,
        // 1971 on 1 March 2029.
        compareFigures(s->post(office.schoolA, office.teacher), 6, 8, 2, 0, {3, 0, 1, 1, 0});
    }

    void jsonAndTablesCarryTheSameNumbers() {
        Office office;
        auto s = WorkloadEngine::compute(office.db.db->connection(), today);
        const WorkloadSummary sum = s->summarize(office.opd1, WorkloadGrouping::Unit);
        const QJsonObject json = workloadexport::toJson(sum);
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 3);
        const QJsonObject b = json.value(QStringLiteral("rows")).toArray().at(2).toObject();
        QCOMPARE(b.value(QStringLiteral("code")).toString(), QStringLiteral("01.08.SD002"));
        QCOMPARE(b.value(QStringLiteral("ej")).toDouble(), 1.5);
        QCOMPARE(b.value(QStringLiteral("grade")).toString(), QStringLiteral("A"));
        QCOMPARE(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("retiring_5y")).toInt(), 8);
        const TextTable table = workloadexport::breakdownTable(sum);
        QCOMPARE(table.rows.size(), 4); // with the total
        QCOMPARE(table.rows.at(2).at(2), QStringLiteral("6.00"));
        QCOMPARE(table.rows.at(3).at(4), QStringLiteral("0.00"));
    }

    // On demo data the engine agrees with staffing::allLevels post by post, and its retirement counts agree
    // with each employee's retirement date computed one by one.
    void demoDataAgreesWithIndependentCounts() {
        test::TempDatabase db;
        const QSqlDatabase c = db.db->connection();
        DemoOptions options;
        options.employees = 3000;
        options.seed = 7;
        options.today = today;
        QVERIFY(DemoGenerator::generate(c, options));
        auto s = WorkloadEngine::compute(c, today);
        QVERIFY(s);

        const QList<StaffingLevel> levels = staffing::allLevels(c);
        QCOMPARE(qsizetype(s->posts().size()), levels.size());
        for (const StaffingLevel &l : levels) {
            const WorkloadFigures f = s->post(l.unitId, l.positionId);
            QCOMPARE(f.need, l.need);
            QCOMPARE(f.inPost, l.inPost);
        }

        QHash<qint64, Position> positions;
        for (const Position &p : PositionRepository(c).all())
            positions.insert(p.id, p);
        const RetirementPolicy policy;
        std::array<int, outlookYears> expected{};
        auto q = sql::run(c, QStringLiteral("SELECT birth_date, position_id FROM employee WHERE active = 1 AND "
                                            "unit_id IS NOT NULL AND position_id IS NOT NULL"));
        while (q->next()) {
            const QDate retirement =
                policy.retirementDate(sql::toDate(q->value(0)), policy.ageFor(positions.value(q->value(1).toLongLong())));
            const int index = std::max(0, retirement.year() - today.year());
            if (index < outlookYears)
                ++expected[std::size_t(index)];
        }
        QCOMPARE(s->total(0).retirements, expected);
        QVERIFY(expected[0] + expected[4] > 0);
        auto count = sql::run(c, QStringLiteral("SELECT count(*) FROM employee WHERE active = 1 AND unit_id IS NOT NULL "
                                                "AND position_id IS NOT NULL"));
        QVERIFY(count && count->next());
        QCOMPARE(s->total(0).inPost, count->value(0).toInt());
    }

    // The demo's ABK tasks, school profiles and so every workload figure are the same for the same seed.
    void demoIsDeterministicPerSeed() {
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            test::TempDatabase db;
            const QSqlDatabase c = db.db->connection();
            DemoOptions options;
            options.employees = 2500;
            options.seed = 42;
            options.today = today;
            QVERIFY(DemoGenerator::generate(c, options));
            QByteArray all;
            auto tasks = sql::run(c, QStringLiteral("SELECT u.code, p.name, t.year, t.seq, t.description, t.output, "
                                                    "t.volume, t.period, t.standard_minutes FROM abk_task t "
                                                    "JOIN unit u ON u.id = t.unit_id JOIN position p ON "
                                                    "p.id = t.position_id ORDER BY 1, 2, 3, 4"));
            int taskCount = 0;
            while (tasks->next()) {
                ++taskCount;
                for (int i = 0; i < 9; ++i)
                    all += tasks->value(i).toString().toUtf8() + '|';
            }
            QVERIFY(taskCount > 500);
            auto schools = sql::run(c, QStringLiteral("SELECT u.code, s.rombel, s.remote, p.name FROM school_profile s "
                                                      "JOIN unit u ON u.id = s.unit_id LEFT JOIN position p ON "
                                                      "p.id = s.class_position_id ORDER BY 1"));
            while (schools->next())
                for (int i = 0; i < 4; ++i)
                    all += schools->value(i).toString().toUtf8() + '|';
            auto s = WorkloadEngine::compute(c, today);
            all += QJsonDocument(workloadexport::toJson(s->summarize(0, WorkloadGrouping::Region))).toJson();
            all += QJsonDocument(workloadexport::toJson(s->summarize(0, WorkloadGrouping::Position))).toJson();
            if (run == 0)
                first = all;
            else
                QCOMPARE(all, first);

            // Every source of need is in the demo, and the teacher rules are visible: remote SD with fewer
            // than four class groups still need four class teachers.
            auto sources = sql::run(c, QStringLiteral("SELECT count(DISTINCT source) FROM staffing_need"));
            QVERIFY(sources->next());
            QCOMPARE(sources->value(0).toInt(), 3);
            auto minimum = sql::run(c, QStringLiteral("SELECT count(*) FROM school_profile s JOIN staffing_need n ON "
                                                      "n.unit_id = s.unit_id AND n.position_id = s.class_position_id "
                                                      "WHERE s.remote = 1 AND s.rombel < 4 AND n.need = 4 AND "
                                                      "n.source = 'GURU'"));
            QVERIFY(minimum->next());
            QVERIFY(minimum->value(0).toInt() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkloadEngine)
#include "tst_workloadengine.moc"
