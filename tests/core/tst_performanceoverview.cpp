#include "competence/competencerepository.h"
#include "competence/performanceoverview.h"
#include "transferscenario.h"

#include <QTest>

using namespace imbang;

// The leaders' view: ratings per unit and the people due for rotation.
class TestPerformanceOverview : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TransferScenario> s;

    PerformanceOverview compute(qint64 unitId, const QString &region = {}, int year = 2025) {
        auto overview = performanceoverview::compute(s->db, unitId, region, year);
        if (!overview)
            qFatal("overview: %s", qPrintable(overview.error()));
        return *overview;
    }
    static const RatingDistribution *row(const PerformanceOverview &o, const QString &unitName) {
        for (const auto &r : o.rows)
            if (r.unitName == unitName)
                return &r;
        return nullptr;
    }
    void dropRating(qint64 employeeId, int year) {
        CompetenceRepository repository(s->db);
        QList<PerformanceRating> kept;
        for (const auto &r : repository.ratings(employeeId))
            if (r.year != year)
                kept << r;
        QVERIFY(repository.replaceRatings(employeeId, kept));
    }

private slots:
    void init() {
        s = std::make_unique<test::TransferScenario>();
        // One poor rating and one missing rating in 2025.
        test::rateGood(s->db, s->sd1Teachers.at(0), PerformancePredicate::Poor);
        dropRating(s->sd2Teachers.at(0), 2025);
    }
    void cleanup() { s.reset(); }

    void wholeOfficeGroupsByAgency() {
        const auto o = compute(0);
        QCOMPARE(o.rows.size(), 2); // agencies with staff only
        const auto *disdik = row(o, QStringLiteral("Dinas Pendidikan Kabupaten Bungo"));
        QVERIFY(disdik);
        QCOMPARE(disdik->staff, 7);
        QCOMPARE(disdik->count(PerformancePredicate::Good), 5);
        QCOMPARE(disdik->count(PerformancePredicate::Poor), 1);
        QCOMPARE(disdik->unrated, 1);
        QCOMPARE(disdik->dueForRotation, 2); // SD 2's teachers, in post since 2020
        QCOMPARE(o.total.staff, 8);
        QCOMPARE(o.total.dueForRotation, 3);
        QCOMPARE(o.total.count(PerformancePredicate::Good) + o.total.count(PerformancePredicate::Poor) +
                     o.total.unrated,
                 o.total.staff);
    }

    void agencyDrillsIntoSchools() {
        const auto o = compute(s->disdikBungo);
        QCOMPARE(o.scopeName, QStringLiteral("Dinas Pendidikan Kabupaten Bungo"));
        QCOMPARE(o.rows.size(), 2);
        const auto *sd1 = row(o, QStringLiteral("SD Negeri 1 Bungo"));
        const auto *sd2 = row(o, QStringLiteral("SD Negeri 2 Bungo"));
        QVERIFY(sd1 && sd2);
        QCOMPARE(sd1->staff, 5);
        QCOMPARE(sd1->count(PerformancePredicate::Poor), 1);
        QCOMPARE(sd1->dueForRotation, 0); // in post since mid 2021: 4.5 years
        QCOMPARE(sd2->unrated, 1);
        QCOMPARE(sd2->dueForRotation, 2);
    }

    void otherYearHasOtherRatings() {
        const auto o = compute(s->disdikBungo, {}, 2019); // nobody was rated in 2019
        QCOMPARE(o.total.unrated, 7);
    }

    void regionScope() {
        QCOMPARE(compute(0, QStringLiteral("Kabupaten Bungo")).rows.size(), 2);
        QCOMPARE(compute(0, QStringLiteral("Kabupaten Tebo")).total.staff, 0);
    }

    void dueForRotationLongestFirst() {
        const auto o = compute(0);
        QCOMPARE(o.rotationYears, 5);
        QCOMPARE(o.dueForRotation.size(), 3);
        QCOMPARE(o.dueForRotation.at(0).employeeId, s->bkdClerk); // since 2019: 84 months
        QCOMPARE(o.dueForRotation.at(0).monthsInPost, 84);
        QCOMPARE(o.dueForRotation.at(1).monthsInPost, 72);
        QCOMPARE(o.dueForRotation.at(0).unitName, QStringLiteral("Badan Kepegawaian Daerah Kabupaten Bungo"));
        QCOMPARE(o.dueForRotation.at(0).positionName, QStringLiteral("Pengadministrasi Perkantoran"));
        QVERIFY(o.dueForRotation.at(0).rating.has_value());
        // The missing 2025 rating of SD 2's first teacher shows as none.
        const auto it = std::find_if(o.dueForRotation.cbegin(), o.dueForRotation.cend(),
                                     [&](const auto &c) { return c.employeeId == s->sd2Teachers.at(0); });
        QVERIFY(it != o.dueForRotation.cend());
        QVERIFY(!it->rating);
    }

    void rotationPeriodIsASetting() {
        QVERIFY(Settings(s->db).set(settingkeys::rotationYears, 6));
        const auto o = compute(0);
        QCOMPARE(o.dueForRotation.size(), 1); // exactly 6 years is not more than 6
        QCOMPARE(o.dueForRotation.at(0).employeeId, s->bkdClerk);
    }

    void inactiveStaffDoNotCount() {
        auto clerk = s->get(s->bkdClerk);
        clerk.active = false;
        clerk.inactiveReason = InactiveReason::Retired;
        clerk.inactiveDate = QDate(2025, 12, 31);
        QVERIFY(EmployeeRepository(s->db).update(clerk));
        QCOMPARE(compute(0).total.staff, 7);
    }
};

QTEST_GUILESS_MAIN(TestPerformanceOverview)
#include "tst_performanceoverview.moc"
