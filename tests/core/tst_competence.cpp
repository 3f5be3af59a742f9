#include "competence/competencerepository.h"
#include "competence/educationlevel.h"
#include "competence/performancepredicate.h"
#include "competence/qualificationcheck.h"
#include "testsupport.h"
#include "transfers/effectpreview.h"
#include "transfers/rulefactsloader.h"
#include "transferscenario.h"

#include <QTest>

using namespace imbang;

// Performance predicates, education levels and the qualification match.
class TestCompetence : public QObject {
    Q_OBJECT

    static Competence certificate(const QString &name, const QString &subject = {}) {
        Competence c;
        c.kind = Competence::Kind::Certification;
        c.name = name;
        c.subject = subject;
        c.year = 2019;
        return c;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void predicateParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: not a predicate
        QTest::newRow("code") << QStringLiteral("SB") << int(PerformancePredicate::VeryGood);
        QTest::newRow("name lower") << QStringLiteral("sangat baik") << int(PerformancePredicate::VeryGood);
        QTest::newRow("name upper") << QStringLiteral(" BAIK ") << int(PerformancePredicate::Good);
        QTest::newRow("butuh perbaikan") << QStringLiteral("Butuh Perbaikan") << int(PerformancePredicate::NeedsImprovement);
        QTest::newRow("old cukup") << QStringLiteral("Cukup") << int(PerformancePredicate::NeedsImprovement);
        QTest::newRow("kurang") << QStringLiteral("Kurang") << int(PerformancePredicate::Poor);
        QTest::newRow("sangat kurang") << QStringLiteral("Sangat  Kurang") << int(PerformancePredicate::VeryPoor);
        QTest::newRow("old buruk") << QStringLiteral("buruk") << int(PerformancePredicate::VeryPoor);
        QTest::newRow("nonsense") << QStringLiteral("mantap") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void predicateParsing() {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto parsed = performance::parse(text);
        QCOMPARE(parsed ? int(*parsed) : -1, expected);
    }

    void scoreMapping() {
        const performance::ScoreMapping m;
        QCOMPARE(m.map(91), PerformancePredicate::VeryGood);
        QCOMPARE(m.map(90.99), PerformancePredicate::Good);
        QCOMPARE(m.map(76), PerformancePredicate::Good);
        QCOMPARE(m.map(70), PerformancePredicate::NeedsImprovement);
        QCOMPARE(m.map(55), PerformancePredicate::Poor);
        QCOMPARE(m.map(20), PerformancePredicate::VeryPoor);
        const auto custom = performance::ScoreMapping::fromSettingText(QStringLiteral("90;80;70;60"));
        QVERIFY(custom);
        QCOMPARE(custom->map(85), PerformancePredicate::Good);
        QCOMPARE(custom->toSettingText(), QStringLiteral("90;80;70;60"));
        QVERIFY(!performance::ScoreMapping::fromSettingText(QStringLiteral("60;70;80;90"))); // must fall
        QVERIFY(!performance::ScoreMapping::fromSettingText(QStringLiteral("90;80")));
    }

    void educationLevels_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("major");
        QTest::newRow("S-1") << QStringLiteral("S-1 Pendidikan Matematika") << int(EducationLevel::S1) << QStringLiteral("Pendidikan Matematika");
        QTest::newRow("S1") << QStringLiteral("S1 Manajemen") << int(EducationLevel::S1) << QStringLiteral("Manajemen");
        QTest::newRow("D-IV is S-1") << QStringLiteral("D-IV Kebidanan") << int(EducationLevel::S1) << QStringLiteral("Kebidanan");
        QTest::newRow("D-III") << QStringLiteral("D-III Keperawatan") << int(EducationLevel::D3) << QStringLiteral("Keperawatan");
        QTest::newRow("D3") << QStringLiteral("d3 farmasi") << int(EducationLevel::D3) << QStringLiteral("farmasi");
        QTest::newRow("S-2") << QStringLiteral("S-2 Administrasi Publik") << int(EducationLevel::S2) << QStringLiteral("Administrasi Publik");
        QTest::newRow("strata 3") << QStringLiteral("Strata 3 Ilmu Hukum") << int(EducationLevel::S3) << QStringLiteral("Ilmu Hukum");
        QTest::newRow("SMA") << QStringLiteral("SMA/SMK") << int(EducationLevel::SMA) << QString();
        QTest::newRow("SLTA") << QStringLiteral("SLTA IPA") << int(EducationLevel::SMA) << QStringLiteral("IPA");
        QTest::newRow("major only") << QStringLiteral("Manajemen") << int(EducationLevel::Unknown) << QStringLiteral("Manajemen");
        QTest::newRow("empty") << QString() << int(EducationLevel::Unknown) << QString();
    }
    void educationLevels() {
        QFETCH(QString, text);
        QFETCH(int, level);
        QFETCH(QString, major);
        QCOMPARE(int(education::levelOf(text)), level);
        QCOMPARE(education::majorOf(text), major);
    }

    void qualificationMatch_data() {
        QTest::addColumn<QString>("education");
        QTest::addColumn<QList<Competence>>("competences");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("certification");
        QTest::addColumn<QStringList>("gapParts");
        const QList<Competence> certified{certificate(QStringLiteral("Sertifikat Pendidik"), QStringLiteral("Matematika"))};
        QTest::newRow("meets both") << QStringLiteral("S-1 Pendidikan Matematika") << certified << QStringLiteral("S1")
                                    << QStringLiteral("sertifikat pendidik") << QStringList();
        QTest::newRow("no requirement") << QString() << QList<Competence>() << QString() << QString() << QStringList();
        QTest::newRow("higher level meets") << QStringLiteral("S-2 Manajemen") << QList<Competence>() << QStringLiteral("S1")
                                            << QString() << QStringList();
        QTest::newRow("level too low") << QStringLiteral("D-III Akuntansi") << QList<Competence>() << QStringLiteral("S1")
                                       << QString() << QStringList{QStringLiteral("D-III")};
        QTest::newRow("level unknown") << QString() << QList<Competence>() << QStringLiteral("D3") << QString()
                                       << QStringList{QStringLiteral("belum dicatat")};
        QTest::newRow("certificate missing") << QStringLiteral("S-1 PGSD") << QList<Competence>() << QStringLiteral("S1")
                                             << QStringLiteral("Sertifikat Pendidik")
                                             << QStringList{QStringLiteral("Sertifikat Pendidik")};
        Competence training = certificate(QStringLiteral("Sertifikat Pendidik"));
        training.kind = Competence::Kind::Training; // a training is not the certificate
        QTest::newRow("training is not a certificate")
            << QStringLiteral("S-1 PGSD") << QList<Competence>{training} << QString() << QStringLiteral("Sertifikat Pendidik")
            << QStringList{QStringLiteral("Sertifikat Pendidik")};
        QTest::newRow("both missing") << QStringLiteral("SMA") << QList<Competence>() << QStringLiteral("S1")
                                      << QStringLiteral("Sertifikat Pendidik")
                                      << QStringList{QStringLiteral("SMA"), QStringLiteral("Sertifikat Pendidik")};
    }
    void qualificationMatch() {
        QFETCH(QString, education);
        QFETCH(QList<Competence>, competences);
        QFETCH(QString, minimum);
        QFETCH(QString, certification);
        QFETCH(QStringList, gapParts);
        PositionRequirement requirement;
        requirement.minimumEducation = education::fromCode(minimum);
        requirement.certification = certification;
        const QStringList gaps = QualificationCheck::gaps(education, competences, requirement);
        QCOMPARE(gaps.size(), gapParts.size());
        for (int i = 0; i < gaps.size(); ++i)
            QVERIFY2(gaps.at(i).contains(gapParts.at(i)), qPrintable(gaps.at(i)));
    }

    // Stored and read back; a rating put for an existing year replaces it (keeping its uuid).
    void repositoryRoundTrip() {
        test::TransferScenario s;
        CompetenceRepository repo(s.db);
        const qint64 id = s.sd1Teachers.first();
        QCOMPARE(repo.ratings(id).size(), 8); // the scenario rates 2020-2027 as Baik
        const QUuid uuid = repo.rating(id, 2025)->uuid;
        PerformanceRating r;
        r.employeeId = id;
        r.year = 2025;
        r.predicate = PerformancePredicate::Poor;
        r.score = 55;
        r.document = QStringLiteral("SKP 2025");
        QVERIFY(repo.putRating(r));
        const auto read = repo.rating(id, 2025);
        QCOMPARE(read->predicate, PerformancePredicate::Poor);
        QCOMPARE(read->score, std::optional<double>(55));
        QCOMPARE(read->uuid, uuid);
        QCOMPARE(repo.ratings(id).size(), 8);
        QCOMPARE(repo.ratings(id).first().year, 2027); // newest first

        QVERIFY(repo.replaceCompetences(id, {certificate(QStringLiteral("Sertifikat Pendidik"), QStringLiteral("Guru Kelas"))}));
        QCOMPARE(repo.competences(id).size(), 1);
        QCOMPARE(repo.competences(id).first().subject, QStringLiteral("Guru Kelas"));

        PositionRequirement req;
        req.positionId = s.guruKelas;
        req.minimumEducation = EducationLevel::S1;
        req.certification = QStringLiteral("Sertifikat Pendidik");
        QVERIFY(repo.setRequirement(req));
        QCOMPARE(repo.requirement(s.guruKelas), req);
        QCOMPARE(repo.allRequirements().size(), 1);
        req.minimumEducation = EducationLevel::Unknown;
        req.certification.clear();
        QVERIFY(repo.setRequirement(req)); // empty: removed
        QVERIFY(repo.allRequirements().isEmpty());
    }

    // The loader gives the rules the two years before the TMT's year and the target's requirement.
    void loaderGathersRatingsAndGaps() {
        test::TransferScenario s;
        CompetenceRepository repo(s.db);
        const Employee e = s.get(s.sd1Teachers.first());
        QVERIFY(repo.replaceRatings(e.id, {}));
        PerformanceRating r;
        r.employeeId = e.id;
        r.year = 2025;
        r.predicate = PerformancePredicate::VeryGood;
        QVERIFY(repo.putRating(r));
        PositionRequirement req;
        req.positionId = s.guruKelas;
        req.certification = QStringLiteral("Sertifikat Pendidik");
        QVERIFY(repo.setRequirement(req));

        const RuleFacts f = RuleFactsLoader(s.db).forNew(e, s.sd2, s.guruKelas, QDate(2026, 2, 1));
        QCOMPARE(f.lastRatings.size(), 2);
        QCOMPARE(f.lastRatings.at(0).first, 2025);
        QCOMPARE(f.lastRatings.at(0).second, std::optional(PerformancePredicate::VeryGood));
        QCOMPARE(f.lastRatings.at(1).first, 2024);
        QVERIFY(!f.lastRatings.at(1).second);
        QCOMPARE(f.qualificationGaps.size(), 1);
        const RuleResult performance = TransferRules::performance(f);
        QCOMPARE(performance.severity, RuleSeverity::Warning);
        QCOMPARE(TransferRules::qualification(f).severity, RuleSeverity::Warning);

        // The effect preview shows the same rating and fit for the person moved.
        Transfer t;
        t.employeeId = e.id;
        t.fromUnitId = e.unitId;
        t.fromPositionId = e.positionId;
        t.toUnitId = s.sd2;
        t.toPositionId = s.guruKelas;
        t.tmt = QDate(2026, 2, 1);
        t.status = TransferStatus::Proposed;
        const TransferEffect effect = EffectPreview::compute(s.db, {t});
        QCOMPARE(effect.people.size(), 1);
        const PersonFit &fit = effect.people.first().fit;
        QCOMPARE(effect.people.first().name, QStringLiteral("Siti Aminah"));
        QCOMPARE(effect.people.first().targetPositionName, QStringLiteral("Guru Ahli Pertama Kelas"));
        QVERIFY(!fit.ratingsGoodEnough());
        QCOMPARE(fit.ratingsText(), QStringLiteral("2025: Sangat Baik · 2024: belum tercatat"));
        QCOMPARE(fit.fitText(), f.qualificationGaps.first());
        t.status = TransferStatus::Completed; // already in the figures: nobody to show
        QVERIFY(EffectPreview::compute(s.db, {t}).people.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompetence)
#include "tst_competence.moc"
