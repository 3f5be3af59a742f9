#include "plannerscenario.h"

#include "competence/competencerepository.h"
#include "planner/flownetwork.h"
#include "planner/planacceptor.h"
#include "planner/plannerholdrepository.h"
#include "planner/rebalanceplanner.h"
#include "planner/transferrequestrepository.h"
#include "transfers/transferproposal.h"
#include "workload/workloadengine.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace imbang;

namespace {

// Road km between two points 0.1 degree of latitude apart x steps, with the default road factor 1.3.
double roadKm(double degrees) { return degrees * 111.19492664455873 * 1.3; }

QList<qint64> movedIds(const PlanResult &r) {
    QList<qint64> ids;
    for (const ProposedMove &m : r.moves)
        ids << m.employeeId;
    return ids;
}

// Runs glpsol on an LP and returns its objective value.
std::optional<double> glpsolObjective(const QString &lp) {
    QTemporaryDir dir;
    const QString lpPath = dir.filePath(QStringLiteral("model.lp")), outPath = dir.filePath(QStringLiteral("out.txt"));
    QFile f(lpPath);
    if (!f.open(QIODevice::WriteOnly))
        return std::nullopt;
    f.write(lp.toUtf8());
    f.close();
    QProcess p;
    p.start(QStringLiteral("glpsol"), {QStringLiteral("--lp"), lpPath, QStringLiteral("-o"), outPath});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return std::nullopt;
    QFile out(outPath);
    if (!out.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString text = QString::fromUtf8(out.readAll());
    if (!text.contains(QStringLiteral("OPTIMAL")))
        return std::nullopt;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("obj = ([-0-9.eE+]+)")).match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

// Checks both phases of a solved network against glpsol: the largest flow, then its least cost.
void compareWithGlpk(const FlowNetwork &network, const FlowNetwork::Solution &solution, int limit) {
    const auto maxFlow = glpsolObjective(network.maxFlowLp(limit));
    QVERIFY2(maxFlow, "glpsol failed on the max-flow LP");
    QCOMPARE(qint64(std::llround(*maxFlow)), qint64(solution.flow));
    if (solution.flow == 0)
        return;
    const auto minCost = glpsolObjective(network.minCostLp(solution.flow));
    QVERIFY2(minCost, "glpsol failed on the min-cost LP");
    QCOMPARE(qint64(std::llround(*minCost)), qint64(solution.cost));
}

} // namespace

// The rebalancing planner on hand-checkable offices, and its optimality checked against GLPK.
class TestPlanner : public QObject {
    Q_OBJECT

    struct TwoSchools {
        test::PlannerScenario s;
        qint64 dinas = 0, a = 0, b = 0, guru = 0;
        QList<qint64> atA, atB;
        TwoSchools() {
            const QString bungo = QStringLiteral("Kabupaten Bungo");
            dinas = s.unit(QStringLiteral("07.08"), QStringLiteral("Dinas Pendidikan Bungo"), 0, bungo, -1.5, 102.1,
                           UnitKind::Opd);
            a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD Negeri 1"), dinas, bungo, -1.5, 102.1);
            b = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD Negeri 2"), dinas, bungo, -1.6, 102.1);
            guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                              PositionKind::Functional);
            s.need(a, guru, 2);
            s.need(b, guru, 4);
            atA = s.staff(QStringLiteral("Guru A"), a, guru, 4);
            atB = s.staff(QStringLiteral("Guru B"), b, guru, 2);
        }
    };

    static PlanResult plan(const QSqlDatabase &db, const PlanRequest &request = {},
                           const PlannerSettings &settings = {}, FlowNetwork *network = nullptr) {
        auto r = RebalancePlanner::plan(db, request, settings, network);
        if (!r)
            qFatal("plan: %s", qPrintable(r.error()));
        return *r;
    }

private slots:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("glpsol")).isEmpty(),
                 "glpsol (glpk-utils, packaging/install-deps.sh) is needed for the optimality checks");
    }

    void twoSchools() {
        TwoSchools t;
        const PlanResult r = plan(t.s.db);
        QCOMPARE(movedIds(r), (QList<qint64>{t.atA.at(0), t.atA.at(1)})); // the longest in post
        for (const ProposedMove &m : r.moves) {
            QCOMPARE(m.fromUnitId, t.a);
            QCOMPARE(m.toUnitId, t.b);
            QCOMPARE(m.toPositionId, t.guru);
            QVERIFY(std::fabs(m.distanceKm - roadKm(0.1)) < 0.01);
            QVERIFY(!m.crossesRegion);
            QVERIFY(m.why.contains(QStringLiteral("SD Negeri 2")));
        }
        QCOMPARE(r.totals.shortageBefore, 2);
        QCOMPARE(r.totals.shortageAfter, 0);
        QCOMPARE(r.totals.shortageCovered(), 2);
        QCOMPARE(r.totals.surplusBefore, 2);
        QCOMPARE(r.totals.surplusAfter, 0);
        QCOMPARE(r.totals.moved, 2);
        QVERIFY(std::fabs(r.totals.distanceKm - 2 * roadKm(0.1)) < 0.02);
        QCOMPARE(r.cost, std::int64_t(2 * std::llround(roadKm(0.1) * 10)));
    }

    void maxKmAndMaxMoves() {
        TwoSchools t;
        PlanRequest request;
        request.maxKm = 10; // the schools are 14.5 km apart by road
        QCOMPARE(plan(t.s.db, request).totals.moved, 0);
        request.maxKm = 20;
        request.maxMoves = 1;
        const PlanResult r = plan(t.s.db, request);
        QCOMPARE(movedIds(r), QList<qint64>{t.atA.at(0)});
        QCOMPARE(r.totals.shortageAfter, 1);
    }

    void borderPenalty_data() {
        QTest::addColumn<double>("penalty");
        QTest::addColumn<bool>("acrossBorder");
        // Tebo's school is 14.46 km away across the border, Bungo's 43.37 km away on this side.
        QTest::newRow("default 100 km") << 100.0 << false;
        QTest::newRow("none") << 0.0 << true;
        QTest::newRow("25 km: still cheaper") << 25.0 << true;
        QTest::newRow("29 km: just dearer") << 29.0 << false;
    }
    void borderPenalty() {
        QFETCH(double, penalty);
        QFETCH(bool, acrossBorder);
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo"), tebo = QStringLiteral("Kabupaten Tebo");
        const qint64 d1 = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik Bungo"), 0, bungo, -1.5, 102.1,
                                 UnitKind::Opd);
        const qint64 d2 = s.unit(QStringLiteral("06.08"), QStringLiteral("Disdik Tebo"), 0, tebo, -1.4, 102.1,
                                 UnitKind::Opd);
        const qint64 origin = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1 Bungo"), d1, bungo, -1.5, 102.1);
        const qint64 near = s.unit(QStringLiteral("06.08.SD001"), QStringLiteral("SD 1 Tebo"), d2, tebo, -1.4, 102.1);
        const qint64 far = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2 Bungo"), d1, bungo, -1.8, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(origin, guru, 1);
        s.need(near, guru, 1);
        s.need(far, guru, 1);
        s.staff(QStringLiteral("Guru"), origin, guru, 2);
        PlannerSettings settings;
        settings.borderPenaltyKm = penalty;
        FlowNetwork network;
        const PlanResult r = plan(s.db, {}, settings, &network);
        QCOMPARE(r.moves.size(), 1);
        QCOMPARE(r.moves.first().toUnitId, acrossBorder ? near : far);
        QCOMPARE(r.moves.first().crossesRegion, acrossBorder);
        QCOMPARE(r.moves.first().why.contains(QStringLiteral("pertek")), acrossBorder);
        QCOMPARE(r.totals.shortageAfter, 1);
        compareWithGlpk(network, network.solve(), -1);
    }

    void families() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 x = s.unit(QStringLiteral("07.01"), QStringLiteral("Sekretariat"), 0, bungo, -1.5, 102.1,
                                UnitKind::Opd);
        const qint64 y = s.unit(QStringLiteral("07.02"), QStringLiteral("RSUD"), 0, bungo, -1.5, 102.2, UnitKind::Opd);
        const qint64 umum = s.position(QStringLiteral("Pengadministrasi Umum"), QStringLiteral("Administrasi"), false);
        const qint64 keuangan =
            s.position(QStringLiteral("Pengadministrasi Keuangan"), QStringLiteral("Administrasi"), false);
        const qint64 perawat = s.position(QStringLiteral("Perawat"), QStringLiteral("Kesehatan"), false);
        const qint64 guruMat = s.position(QStringLiteral("Guru Matematika"), QStringLiteral("Pendidikan"), true,
                                          PositionKind::Functional);
        const qint64 guruKelas = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                            PositionKind::Functional);
        s.need(x, umum, 1);
        s.staff(QStringLiteral("Umum"), x, umum, 2);  // one too many
        s.need(y, perawat, 1);                         // one short, another family
        s.need(x, guruMat, 1);
        s.staff(QStringLiteral("Guru Mat"), x, guruMat, 2); // one too many teachers of another subject
        s.need(y, guruKelas, 1);

        PlannerSettings settings;
        settings.allowPositionChange = true;
        PlanResult r = plan(s.db, {}, settings);
        QCOMPARE(r.totals.moved, 0);
        QCOMPARE(r.totals.shortageAfter, 2);

        settings.allowCrossFamily = true; // teachers still keep their subject
        r = plan(s.db, {}, settings);
        QCOMPARE(r.totals.moved, 1);
        QCOMPARE(r.moves.first().toPositionId, perawat);
        QVERIFY(r.moves.first().positionChange);

        settings.allowCrossFamily = false;
        s.need(y, keuangan, 1); // same family, other position: allowed with a penalty
        r = plan(s.db, {}, settings);
        QCOMPARE(r.totals.moved, 1);
        QCOMPARE(r.moves.first().toPositionId, keuangan);
        settings.allowPositionChange = false;
        QCOMPARE(plan(s.db, {}, settings).totals.moved, 0);
    }

    void pinnedAndExcluded() {
        TwoSchools t;
        PlanRequest request;
        request.pinned << PinnedMove{t.atA.at(3), t.b, t.guru}; // the shortest in post, fixed by the officer
        PlanResult r = plan(t.s.db, request);
        QCOMPARE(movedIds(r), (QList<qint64>{t.atA.at(3), t.atA.at(0)}));
        QVERIFY(r.moves.first().pinned);
        QCOMPARE(r.totals.pinned, 1);
        QCOMPARE(r.totals.shortageAfter, 0);

        request.maxMoves = 1; // the pin counts against the limit
        QCOMPARE(movedIds(plan(t.s.db, request)), QList<qint64>{t.atA.at(3)});

        PlanRequest exclude;
        exclude.excludedEmployees << t.atA.at(0);
        QCOMPARE(movedIds(plan(t.s.db, exclude)), (QList<qint64>{t.atA.at(1), t.atA.at(2)}));
        exclude.excludedUnits << t.b;
        QCOMPARE(plan(t.s.db, exclude).totals.moved, 0);
    }

    void rulesRespected() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik"), 0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1"), d, bungo, -1.5, 102.1);
        const qint64 b = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2"), d, bungo, -1.6, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(a, guru, 1);
        s.need(b, guru, 6);
        s.staff(QStringLiteral("Guru B"), b, guru, 1);
        const qint64 recent = s.employee(QStringLiteral("Baru"), a, guru, QDate(2026, 1, 1));
        const qint64 retiring = s.employee(QStringLiteral("Pensiun"), a, guru, QDate(2015, 1, 1),
                                           EmploymentStatus::Pns, QDate(1966, 12, 10)); // teacher: retires 1 January 2027
        const qint64 held = s.employee(QStringLiteral("Ditahan"), a, guru, QDate(2015, 1, 1));
        const qint64 open = s.employee(QStringLiteral("Sedang Mutasi"), a, guru, QDate(2015, 1, 1));
        const qint64 ok = s.employee(QStringLiteral("Boleh"), a, guru, QDate(2018, 1, 1));
        const qint64 excluded = s.employee(QStringLiteral("Dikecualikan"), a, guru, QDate(2014, 1, 1));
        QVERIFY(!PlannerHoldRepository(s.db).hold(held, QStringLiteral("  ")));
        QVERIFY(PlannerHoldRepository(s.db).hold(held, QStringLiteral("Sakit berat")));
        ProposalRequest proposal;
        proposal.employeeIds = {open};
        proposal.toUnitId = b;
        proposal.toPositionId = guru;
        proposal.tmt = QDate(2026, 12, 1);
        QVERIFY(TransferProposal::create(s.db, proposal));

        PlanRequest request;
        request.excludedEmployees << excluded;
        const PlanResult r = plan(s.db, request);
        QCOMPARE(movedIds(r), QList<qint64>{ok});
        QCOMPARE(r.candidates, 1);
        for (qint64 id : {recent, retiring, held, open, excluded})
            QVERIFY(!movedIds(r).contains(id));
        // The open transfer already counts at both ends: B lacks 4, not 5.
        QCOMPARE(r.totals.shortageAfter, 4);

        QVERIFY(PlannerHoldRepository(s.db).release(held));
        QVERIFY(!PlannerHoldRepository(s.db).release(held));
        QCOMPARE(plan(s.db, request).totals.moved, 2);
    }

    // Issue 12: only people rated at least Baik in the last two years and qualified for the target are
    // proposed; of two equally long in post the better rated goes first, and the reason says so.
    void performanceAndQualification() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik"), 0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1"), d, bungo, -1.5, 102.1);
        const qint64 b = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2"), d, bungo, -1.6, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(a, guru, 1);
        s.need(b, guru, 2);
        s.staff(QStringLiteral("Guru B"), b, guru, 1);
        CompetenceRepository repo(s.db);
        const qint64 poor = s.employee(QStringLiteral("Kurang"), a, guru, QDate(2014, 1, 1));
        test::rateGood(s.db, poor, PerformancePredicate::Poor);
        const qint64 unrated = s.employee(QStringLiteral("Tanpa SKP"), a, guru, QDate(2014, 1, 1));
        QVERIFY(repo.replaceRatings(unrated, {}));
        const qint64 good = s.employee(QStringLiteral("Baik"), a, guru, QDate(2016, 1, 1));
        const qint64 best = s.employee(QStringLiteral("Sangat Baik"), a, guru, QDate(2016, 1, 1));
        test::rateGood(s.db, best, PerformancePredicate::VeryGood);

        PlanResult r = plan(s.db);
        QCOMPARE(r.candidates, 2); // the poor and the unrated may not move
        QCOMPARE(movedIds(r), QList<qint64>{best});
        QVERIFY2(r.moves.first().why.contains(QStringLiteral("best rated")) ||
                     r.moves.first().why.contains(QStringLiteral("predikat terbaik")),
                 qPrintable(r.moves.first().why));

        // The target now expects a teacher's certificate, which only "Baik" holds.
        PositionRequirement requirement;
        requirement.positionId = guru;
        requirement.certification = QStringLiteral("Sertifikat Pendidik");
        QVERIFY(repo.setRequirement(requirement));
        Competence certificate;
        certificate.name = QStringLiteral("Sertifikat Pendidik");
        QVERIFY(repo.replaceCompetences(good, {certificate}));
        r = plan(s.db);
        QCOMPARE(movedIds(r), QList<qint64>{good});
        for (qint64 id : {poor, unrated, best})
            QVERIFY(!movedIds(r).contains(id));
    }

    void ownRequestFirst() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo"), tebo = QStringLiteral("Kabupaten Tebo");
        const qint64 d1 = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik Bungo"), 0, bungo, -1.5, 102.1,
                                 UnitKind::Opd);
        const qint64 d2 = s.unit(QStringLiteral("06.08"), QStringLiteral("Disdik Tebo"), 0, tebo, -1.0, 102.1,
                                 UnitKind::Opd);
        const qint64 origin = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1 Bungo"), d1, bungo, -1.5, 102.1);
        const qint64 near = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2 Bungo"), d1, bungo, -1.6, 102.1);
        const qint64 far = s.unit(QStringLiteral("06.08.SD001"), QStringLiteral("SD 1 Tebo"), d2, tebo, -1.0, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(origin, guru, 2);
        s.need(near, guru, 1);
        s.need(far, guru, 1);
        const QList<qint64> staff = s.staff(QStringLiteral("Guru"), origin, guru, 3); // surplus of one
        PlanResult r = plan(s.db);
        QCOMPARE(movedIds(r), QList<qint64>{staff.at(0)});
        QCOMPARE(r.moves.first().toUnitId, near);

        QVERIFY(!TransferRequestRepository(s.db).add(staff.at(2), QStringLiteral("Kabupaten Entah")));
        QVERIFY(TransferRequestRepository(s.db).add(staff.at(2), QStringLiteral("kabupaten tebo"), QStringLiteral("Ikut suami")));
        r = plan(s.db);
        QCOMPARE(movedIds(r), QList<qint64>{staff.at(2)});
        QCOMPARE(r.moves.first().toUnitId, far);
        QVERIFY(r.moves.first().ownRequest);
        QCOMPARE(r.totals.ownRequests, 1);
        QCOMPARE(r.totals.shortageCovered(), 1); // coverage first, whatever the requests
    }

    void pppkStayInAgency() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d1 = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik"), 0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 d2 = s.unit(QStringLiteral("07.09"), QStringLiteral("Kemenag"), 0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 origin = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1"), d1, bungo, -1.5, 102.1);
        const qint64 other = s.unit(QStringLiteral("07.09.MI001"), QStringLiteral("MI 1"), d2, bungo, -1.51, 102.1);
        const qint64 own = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2"), d1, bungo, -1.9, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(origin, guru, 1);
        s.need(other, guru, 1);
        s.need(own, guru, 1);
        s.employee(QStringLiteral("PNS"), origin, guru, QDate(2025, 6, 1)); // too recent: stays
        const qint64 pppk = s.employee(QStringLiteral("PPPK"), origin, guru, QDate(2022, 1, 1), EmploymentStatus::Pppk);
        FlowNetwork network;
        const PlanResult r = plan(s.db, {}, {}, &network);
        QCOMPARE(movedIds(r), QList<qint64>{pppk});
        QCOMPARE(r.moves.first().toUnitId, own);
        compareWithGlpk(network, network.solve(), -1);
    }

    void scope() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo"), tebo = QStringLiteral("Kabupaten Tebo");
        const qint64 d1 = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik Bungo"), 0, bungo, -1.5, 102.1,
                                 UnitKind::Opd);
        const qint64 d2 = s.unit(QStringLiteral("06.08"), QStringLiteral("Disdik Tebo"), 0, tebo, -1.45, 102.1,
                                 UnitKind::Opd);
        const qint64 b1 = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD 1 Bungo"), d1, QString(), -1.5, 102.1);
        const qint64 t1 = s.unit(QStringLiteral("06.08.SD001"), QStringLiteral("SD 1 Tebo"), d2, QString(), -1.45, 102.1);
        const qint64 b2 = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD 2 Bungo"), d1, QString(), -1.8, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(b1, guru, 1);
        s.need(t1, guru, 1);
        s.need(b2, guru, 1);
        s.staff(QStringLiteral("Guru"), b1, guru, 3); // two to give: Tebo's school is nearer than Bungo's
        PlanResult r = plan(s.db);
        QCOMPARE(r.totals.moved, 2);
        PlanRequest request;
        request.region = QStringLiteral("kabupaten bungo"); // sub-units take the region of their agency
        r = plan(s.db, request);
        QCOMPARE(r.totals.moved, 1);
        QCOMPARE(r.moves.first().toUnitId, b2);
        request = {};
        request.unitId = d2;
        QCOMPARE(plan(s.db, request).totals.moved, 0);
    }

    void acceptCreatesDrafts() {
        TwoSchools t;
        const PlanResult r = plan(t.s.db);
        auto accepted = PlanAcceptor::createDrafts(t.s.db, r.moves, QDate(2027, 1, 1));
        QVERIFY2(accepted, qPrintable(accepted.error()));
        QCOMPARE(accepted->transfers, 2);
        QCOMPARE(accepted->batches, 1);
        QSqlQuery q(t.s.db);
        QVERIFY(q.exec(QStringLiteral("SELECT employee_id, to_unit_id, status, reason FROM transfer ORDER BY id")));
        QList<qint64> ids;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            QCOMPARE(q.value(1).toLongLong(), t.b);
            QCOMPARE(q.value(2).toString(), QStringLiteral("DRAFT"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("KEBUTUHAN_ORGANISASI"));
        }
        QCOMPARE(ids, movedIds(r));
        // The drafts are on their way: a new plan has nothing left to do, and proposing again is refused whole.
        QCOMPARE(plan(t.s.db).totals.moved, 0);
        QVERIFY(!PlanAcceptor::createDrafts(t.s.db, r.moves, QDate(2027, 1, 1)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transfer")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void afterMatchesWorkloadEngine() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik"), 0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        const qint64 tu = s.position(QStringLiteral("Tenaga Administrasi"), QStringLiteral("Administrasi"), false);
        QList<qint64> schools;
        const double needs[] = {2.5, 6, 1, 4.2, 3, 7};
        const int staff[] = {5, 2, 4, 1, 3, 9};
        for (int i = 0; i < 6; ++i) {
            schools << s.unit(QStringLiteral("07.08.SD%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                              QStringLiteral("SD %1").arg(i + 1), d, bungo, -1.5 - 0.05 * i, 102.1 + 0.03 * i);
            s.need(schools.last(), guru, needs[i]);
            s.staff(QStringLiteral("Guru %1").arg(i + 1), schools.last(), guru, staff[i]);
            s.need(schools.last(), tu, 1);
            s.staff(QStringLiteral("TU %1").arg(i + 1), schools.last(), tu, i % 3);
        }
        FlowNetwork network;
        const PlanResult r = plan(s.db, {}, {}, &network);
        QVERIFY(r.totals.moved > 0);
        compareWithGlpk(network, network.solve(), -1);
        QSqlQuery q(s.db);
        for (const ProposedMove &m : r.moves) {
            q.prepare(QStringLiteral("UPDATE employee SET unit_id = ?, position_id = ? WHERE id = ?"));
            q.addBindValue(m.toUnitId);
            q.addBindValue(m.toPositionId);
            q.addBindValue(m.employeeId);
            QVERIFY(q.exec());
        }
        const auto after = WorkloadEngine::compute(s.db, QDate(2026, 11, 29));
        QVERIFY(after);
        QCOMPARE(r.posts.size(), qsizetype(after->posts().size()));
        for (const PostOutcome &p : r.posts) {
            const WorkloadFigures f = after->post(p.unitId, p.positionId);
            QCOMPARE(p.after, f.inPost);
            QCOMPARE(p.gapAfter(), f.gap());
        }
        int shortage = 0;
        for (const PostOutcome &p : r.posts)
            shortage += std::max(0, int(std::ceil(p.need - 1e-9)) - p.after);
        QCOMPARE(shortage, r.totals.shortageAfter);
    }

    void optimalityAgainstGlpk_data() {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("arcs");
        QTest::addColumn<int>("limit");
        for (int seed = 1; seed <= 4; ++seed)
            QTest::addRow("small %d", seed) << 8 << 20 << -1;
        QTest::addRow("small limited") << 10 << 30 << 3;
        for (int seed = 1; seed <= 3; ++seed)
            QTest::addRow("medium %d", seed) << 300 << 3000 << -1;
        QTest::addRow("medium limited") << 300 << 3000 << 40;
    }
    void optimalityAgainstGlpk() {
        QFETCH(int, nodes);
        QFETCH(int, arcs);
        QFETCH(int, limit);
        QRandomGenerator random(quint32(qHash(QByteArray(QTest::currentDataTag()))));
        FlowNetwork network;
        for (int i = 0; i < nodes; ++i) {
            const int kind = random.bounded(3); // supply, demand, transit
            network.addNode(kind == 0 ? random.bounded(1, 6) : 0, kind == 1 ? random.bounded(1, 6) : 0);
        }
        for (int k = 0; k < arcs; ++k) {
            int from = random.bounded(nodes), to = random.bounded(nodes);
            if (from == to)
                continue;
            // Arcs go forward only, so the network has no cycles, like the planner's layered one; some
            // costs are negative, as the request bonus makes them.
            if (from > to)
                std::swap(from, to);
            const bool bonus = network.supply(from) > 0 && random.bounded(5) == 0;
            network.addArc(from, to, bonus ? -random.bounded(100) : random.bounded(1000),
                           random.bounded(3) == 0 ? random.bounded(1, 4) : -1);
        }
        const FlowNetwork::Solution solution = network.solve(limit);
        QVERIFY(solution.solved);
        compareWithGlpk(network, solution, limit);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
