#include "testsupport.h"
#include "transfers/transferrules.h"

#include <QTest>

using namespace imbang;

Q_DECLARE_METATYPE(imbang::RuleFacts)
Q_DECLARE_METATYPE(imbang::RuleSettings)
Q_DECLARE_METATYPE(imbang::RuleSeverity)

// Every transfer rule with facts that pass it and facts that fail it. "Today" plays no part: the
// rules measure time in post and retirement to the TMT, which each case fixes.
class TestTransferRules : public QObject {
    Q_OBJECT

    // A teacher moving from a crowded school to a short one of the same dinas: every rule passes.
    static RuleFacts good() {
        RuleFacts f;
        f.tmt = QDate(2026, 3, 1);
        f.employeeName = QStringLiteral("Siti Aminah, S.Pd.");
        f.status = EmploymentStatus::Pns;
        f.positionTmt = QDate(2022, 7, 1); // 3 years 8 months on the TMT
        f.retirementDate = QDate(2043, 4, 1);
        f.fromUnitId = 10;
        f.fromPositionId = 1;
        f.toUnitId = 11;
        f.toPositionId = 1;
        f.fromUnitName = QStringLiteral("SD Negeri 1 Bungo");
        f.toUnitName = QStringLiteral("SD Negeri 2 Bungo");
        f.fromPositionName = f.toPositionName = QStringLiteral("Guru Ahli Pertama Kelas");
        f.fromFamily = f.toFamily = QStringLiteral("Pendidikan");
        f.lastRatings = {{2025, PerformancePredicate::Good}, {2024, PerformancePredicate::VeryGood}};
        f.kind = TransferKind::WithinAgency;
        f.targetNeedRecorded = true;
        f.targetNeed = 4;
        f.targetStaff = 2;
        f.originNeed = 2;
        f.originStaff = 4;
        return f;
    }

    static void row(const char *name, const RuleFacts &facts, const char *rule, RuleSeverity severity,
                    const char *messagePart, const RuleSettings &settings = {}) {
        QTest::newRow(name) << facts << settings << QString::fromLatin1(rule) << severity
                            << QString::fromUtf8(messagePart);
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void rule_data() {
        QTest::addColumn<RuleFacts>("facts");
        QTest::addColumn<RuleSettings>("settings");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<RuleSeverity>("severity");
        QTest::addColumn<QString>("messagePart");
        using S = RuleSeverity;
        RuleFacts f;

        row("active: passes", good(), "employee_active", S::Passed, "aktif");
        f = good();
        f.active = false;
        row("active: inactive blocks", f, "employee_active", S::Error, "tidak lagi aktif");

        row("target: passes", good(), "target", S::Passed, "1 Maret 2026");
        f = good();
        f.targetUnitOpen = false;
        f.targetClosedOn = QDate(2025, 7, 1);
        row("target: closed unit blocks", f, "target", S::Error, "ditutup pada 1 Juli 2025");
        f = good();
        f.toUnitId = f.fromUnitId;
        row("target: same post blocks", f, "target", S::Error, "sudah bertugas sebagai");
        f = good();
        f.tmt = QDate();
        row("target: no TMT blocks", f, "target", S::Error, "TMT belum diisi");
        f = good();
        f.targetExists = false;
        row("target: unknown target blocks", f, "target", S::Error, "tidak ada");

        row("time in post: 3 years passes", good(), "time_in_post", S::Passed, "3 tahun 8 bulan");
        f = good();
        f.positionTmt = QDate(2025, 1, 1);
        row("time in post: 1 year warns", f, "time_in_post", S::Warning, "kurang dari batas minimal 2 tahun");
        f = good();
        f.positionTmt = QDate(2024, 3, 2);
        row("time in post: one day short of 2 years warns", f, "time_in_post", S::Warning,
            "1 tahun 11 bulan");
        f = good();
        f.positionTmt = QDate(2024, 3, 1);
        row("time in post: exactly 2 years passes", f, "time_in_post", S::Passed, "2 tahun 0 bulan");
        f = good();
        f.positionTmt = QDate(2019, 1, 1);
        row("time in post: over 5 years is due for rotation", f, "time_in_post", S::Note, "rotasi");
        f = good();
        f.positionTmt = QDate();
        row("time in post: unknown TMT warns", f, "time_in_post", S::Warning, "belum dicatat");
        RuleSettings three;
        three.minimumYearsInPost = 3;
        f = good();
        f.positionTmt = QDate(2023, 9, 1);
        row("time in post: setting of 3 years warns at 2.5", f, "time_in_post", S::Warning, "3 tahun", three);

        row("retirement: far away passes", good(), "retirement", S::Passed, "1 April 2043");
        f = good();
        f.retirementDate = QDate(2026, 9, 1);
        row("retirement: within 12 months warns", f, "retirement", S::Warning, "kurang dari 12 bulan");
        f = good();
        f.retirementDate = QDate(2027, 3, 1);
        row("retirement: exactly 12 months passes", f, "retirement", S::Passed, "12 bulan");
        f = good();
        f.retirementDate = QDate(2026, 3, 1);
        row("retirement: on the TMT blocks", f, "retirement", S::Error, "tidak dapat dimutasi");
        f = good();
        f.retirementDate = QDate();
        row("retirement: unknown birth date warns", f, "retirement", S::Warning, "tanggal lahir");

        row("performance: two good years pass", good(), "performance", S::Passed, "2025: Baik, 2024: Sangat Baik");
        f = good();
        f.lastRatings[1].second = std::nullopt;
        row("performance: a missing year warns", f, "performance", S::Warning, "tahun 2024 belum dicatat");
        f = good();
        f.lastRatings[0].second = PerformancePredicate::NeedsImprovement;
        row("performance: a poor year warns", f, "performance", S::Warning, "2025: Butuh Perbaikan");
        f = good();
        f.lastRatings[0].second = PerformancePredicate::Poor;
        f.lastRatings[1].second = std::nullopt;
        row("performance: poor beats missing", f, "performance", S::Warning, "di bawah Baik");

        row("qualification: no gap passes", good(), "qualification", S::Passed, "memenuhi syarat");
        f = good();
        f.qualificationGaps = {QStringLiteral("Tidak bersertifikat.")};
        row("qualification: a gap warns", f, "qualification", S::Warning, "Tidak bersertifikat.");

        row("open transfer: none passes", good(), "open_transfer", S::Passed, "tidak memiliki");
        f = good();
        f.otherOpenTransfers = {QStringLiteral("MUT-2026-0007")};
        row("open transfer: another one blocks", f, "open_transfer", S::Error, "MUT-2026-0007");

        row("target shortage: filling a shortage passes", good(), "target_shortage", S::Passed, "kekurangan");
        f = good();
        f.targetStaff = 4;
        row("target shortage: full unit warns", f, "target_shortage", S::Warning, "kelebihan");
        f = good();
        f.targetIncoming = 2;
        row("target shortage: others on the way count", f, "target_shortage", S::Warning, "5");
        f = good();
        f.targetNeed = 2.5;
        f.targetStaff = 2;
        row("target shortage: fractional need rounds up", f, "target_shortage", S::Passed, "2,50");
        f = good();
        f.targetNeedRecorded = false;
        f.targetNeed = 0;
        row("target shortage: no recorded need warns", f, "target_shortage", S::Warning,
            "belum memiliki kebutuhan");

        row("origin minimum: surplus origin passes", good(), "origin_minimum", S::Passed, "minimal 2");
        f = good();
        f.originNeed = 4;
        f.originStaff = 2;
        row("origin minimum: short origin warns", f, "origin_minimum", S::Warning,
            "di bawah batas minimalnya 4");
        f = good();
        f.originExplicitMinimum = 4;
        row("origin minimum: explicit minimum warns", f, "origin_minimum", S::Warning,
            "di bawah batas minimalnya 4");
        f = good();
        f.originNeed = 4;
        f.originStaff = 2;
        f.originExplicitMinimum = 0;
        row("origin minimum: explicit zero passes", f, "origin_minimum", S::Passed, "minimal 0");
        f = good();
        f.originOutgoing = 2;
        row("origin minimum: others leaving count", f, "origin_minimum", S::Warning, "menyisakan 1");
        RuleSettings half;
        half.originMinimumPercent = 50;
        f = good();
        f.originNeed = 4;
        f.originStaff = 3;
        row("origin minimum: 50 percent setting passes", f, "origin_minimum", S::Passed, "minimal 2", half);
        f = good();
        f.fromUnitId = 0;
        f.fromPositionId = 0;
        row("origin minimum: no current post passes", f, "origin_minimum", S::Passed,
            "tidak memiliki jabatan");

        row("family: same position passes", good(), "position_family", S::Passed, "tetap");
        f = good();
        f.toPositionId = 2;
        f.toPositionName = QStringLiteral("Guru Ahli Pertama Matematika");
        row("family: same family passes", f, "position_family", S::Passed, "Pendidikan");
        f = good();
        f.toPositionId = 3;
        f.toFamily = QStringLiteral("Administrasi");
        f.toPositionName = QStringLiteral("Pengadministrasi Perkantoran");
        row("family: other family warns", f, "position_family", S::Warning, "catatan kompetensi");
        f = good();
        f.toPositionId = 2;
        f.fromFamily.clear();
        f.toFamily.clear();
        row("family: unrecorded families warn", f, "position_family", S::Warning, "belum dicatat");
        f = good();
        f.fromPositionId = 0;
        row("family: no current position warns", f, "position_family", S::Warning, "catatan kompetensi");

        row("PPPK: PNS passes", good(), "pppk_agency", S::Passed, "PNS");
        f = good();
        f.status = EmploymentStatus::Pppk;
        row("PPPK: within the agency passes", f, "pppk_agency", S::Passed, "tetap");
        f = good();
        f.status = EmploymentStatus::Pppk;
        f.kind = TransferKind::BetweenAgencies;
        row("PPPK: between agencies blocks", f, "pppk_agency", S::Error, "Antar perangkat daerah");
        f = good();
        f.status = EmploymentStatus::Pppk;
        f.kind = TransferKind::BetweenRegencies;
        row("PPPK: between kabupaten blocks", f, "pppk_agency", S::Error, "PPPK");
    }

    void rule() {
        QFETCH(RuleFacts, facts);
        QFETCH(RuleSettings, settings);
        QFETCH(QString, rule);
        QFETCH(RuleSeverity, severity);
        QFETCH(QString, messagePart);
        const RuleResults results = TransferRules::check(facts, settings);
        const auto it = std::find_if(results.cbegin(), results.cend(),
                                     [&](const RuleResult &r) { return r.rule == rule; });
        QVERIFY2(it != results.cend(), qPrintable(rule));
        QCOMPARE(RuleResult::severityCode(it->severity), RuleResult::severityCode(severity));
        QVERIFY2(it->message.contains(messagePart), qPrintable(it->message));
    }

    void everyRuleReports() {
        const RuleResults results = TransferRules::check(good());
        QStringList rules;
        for (const RuleResult &r : results) {
            rules << r.rule;
            QCOMPARE(r.severity, RuleSeverity::Passed);
            QVERIFY(!r.message.isEmpty());
        }
        QCOMPARE(rules, (QStringList{QStringLiteral("employee_active"), QStringLiteral("target"),
                                     QStringLiteral("open_transfer"), QStringLiteral("pppk_agency"),
                                     QStringLiteral("time_in_post"), QStringLiteral("retirement"),
                                     QStringLiteral("target_shortage"), QStringLiteral("origin_minimum"),
                                     QStringLiteral("position_family"), QStringLiteral("performance"),
                                     QStringLiteral("qualification")}));
        QVERIFY(!TransferRules::hasErrors(results));
    }

    void justifications() {
        RuleFacts f = good();
        f.targetStaff = 4;                 // surplus: warning
        f.positionTmt = QDate(2025, 6, 1); // too recent: warning
        const RuleResults results = TransferRules::check(f);
        QCOMPARE(TransferRules::unjustifiedWarnings(results, {}),
                 (QStringList{QStringLiteral("time_in_post"), QStringLiteral("target_shortage")}));
        const QList<RuleOverride> one{
            {QStringLiteral("target_shortage"), QStringLiteral("Sekolah baru dibuka"), {}, {}}};
        QCOMPARE(TransferRules::unjustifiedWarnings(results, one),
                 QStringList{QStringLiteral("time_in_post")});
        const QList<RuleOverride> blank{{QStringLiteral("time_in_post"), QStringLiteral("   "), {}, {}}};
        QCOMPARE(TransferRules::unjustifiedWarnings(results, blank).size(), 2);
        // The JSON kept with each step carries the justification next to the warning.
        const QJsonArray json = TransferRules::toJson(results, one);
        QCOMPARE(json.size(), results.size());
        QCOMPARE(json.at(6).toObject().value(QStringLiteral("justification")).toString(),
                 QStringLiteral("Sekolah baru dibuka"));
        QCOMPARE(TransferRules::fromJson(json), results);
    }

    void originMinimumOf() {
        RuleFacts f = good();
        f.originNeed = 2.2;
        QCOMPARE(TransferRules::originMinimumOf(f, {}), 3);
        RuleSettings s;
        s.originMinimumPercent = 80;
        f.originNeed = 5;
        QCOMPARE(TransferRules::originMinimumOf(f, s), 4);
        f.originExplicitMinimum = 6;
        QCOMPARE(TransferRules::originMinimumOf(f, s), 6);
    }
};

QTEST_GUILESS_MAIN(TestTransferRules)
#include "tst_transferrules.moc"
