#include "audit/actor.h"
#include "audit/audittrail.h"
#include "transferhelpers.h"

#include <QTest>

using namespace imbang;

// Proposing transfers alone and in batches: the rules per person, blocking rules refusing the whole
// proposal without a trace, justifications stored with the transfer, numbering, and the audit entry.
class TestTransferProposal : public QObject {
    Q_OBJECT

    static const RuleResult &result(const ProposalCheck &c, const char *rule) {
        for (const RuleResult &r : c.results)
            if (r.rule == QLatin1String(rule))
                return r;
        qFatal("no rule %s", rule);
    }

    static int writes(const QSqlDatabase &db) {
        return test::count(db, QStringLiteral("transfer")) +
               test::count(db, QStringLiteral("transfer_step")) +
               test::count(db, QStringLiteral("audit_entry")) +
               test::count(db, QStringLiteral("transfer_batch")) +
               test::count(db, QStringLiteral("transfer_override"));
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        actor::setCurrent(QStringLiteral("Petugas Mutasi"));
    }

    void single() {
        test::TransferScenario s;
        auto outcome =
            TransferProposal::create(s.db, test::request({s.sd1Teachers.at(0)}, s.sd2, s.guruKelas));
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QCOMPARE(outcome->batchId, 0);
        QCOMPARE(outcome->numbers, QStringList{QStringLiteral("MUT-2026-0001")});
        const Transfer t = *TransferRepository(s.db).byId(outcome->transferIds.first());
        QCOMPARE(t.status, TransferStatus::Draft);
        QCOMPARE(t.kind, TransferKind::WithinAgency);
        QCOMPARE(t.fromUnitId, s.sd1);
        QCOMPARE(t.fromPositionTmt, QDate(2021, 7, 1));
        QCOMPARE(t.toUnitId, s.sd2);
        QCOMPARE(t.tmt, test::transferTmt());
        QCOMPARE(t.notes, QStringLiteral("Pemerataan guru kelas"));
        const QList<TransferStep> steps = TransferRepository(s.db).steps(t.id);
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps.first().from);
        QCOMPARE(steps.first().actor, QStringLiteral("Petugas Mutasi"));
        QCOMPARE(steps.first().checks.size(), 11);
        const AuditEntry audit = AuditTrail(s.db).entries().first();
        QCOMPARE(audit.record.action, QStringLiteral("transfer.create"));
        QCOMPARE(audit.record.after.value(QStringLiteral("number")).toString(),
                 QStringLiteral("MUT-2026-0001"));
        QVERIFY(audit.record.after.value(QStringLiteral("checks")).isArray());

        // Numbers follow on.
        auto next = TransferProposal::create(s.db, test::request({s.sd1Teachers.at(1)}, s.sd2, s.guruKelas));
        QVERIFY(next);
        QCOMPARE(next->numbers.first(), QStringLiteral("MUT-2026-0002"));
    }

    void batchJudgesEachInOrder() {
        test::TransferScenario s;
        // SD 2 needs 4 and has 2: the first two fill it, the next two would make a surplus. SD 1 has 5 for a
        // need of 2: it keeps 4, 3, 2, then 1.
        const ProposalRequest r = test::request(s.sd1Teachers, s.sd2, s.guruKelas);
        const int before = writes(s.db);
        const QList<ProposalCheck> checks = TransferProposal::check(s.db, r);
        QCOMPARE(writes(s.db), before); // checking writes nothing
        QCOMPARE(checks.size(), 4);
        QCOMPARE(result(checks.at(0), "target_shortage").severity, RuleSeverity::Passed);
        QCOMPARE(result(checks.at(1), "target_shortage").severity, RuleSeverity::Passed);
        QCOMPARE(result(checks.at(2), "target_shortage").severity, RuleSeverity::Warning);
        QCOMPARE(result(checks.at(3), "target_shortage").severity, RuleSeverity::Warning);
        QCOMPARE(result(checks.at(2), "origin_minimum").severity, RuleSeverity::Passed);
        QCOMPARE(result(checks.at(3), "origin_minimum").severity, RuleSeverity::Warning);
        QCOMPARE(checks.at(3).unjustified,
                 (QStringList{QStringLiteral("target_shortage"), QStringLiteral("origin_minimum")}));

        auto outcome = TransferProposal::create(s.db, r);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QVERIFY(outcome->batchId > 0);
        QCOMPARE(outcome->transferIds.size(), 4);
        QVERIFY(TransferRepository(s.db).batchTitle(outcome->batchId).contains(QStringLiteral("4 pegawai")));
        // Saved, each member is judged the same way at every later step.
        const QList<Transfer> members = TransferRepository(s.db).inBatch(outcome->batchId);
        QCOMPARE(members.size(), 4);
        QCOMPARE(TransferRepository(s.db)
                     .steps(members.at(1).id)
                     .first()
                     .checks.at(6)
                     .toObject()
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("passed"));
        QCOMPARE(TransferRepository(s.db)
                     .steps(members.at(2).id)
                     .first()
                     .checks.at(6)
                     .toObject()
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
    }

    void submittingNeedsEveryWarningJustified() {
        test::TransferScenario s;
        ProposalRequest r = test::request(s.sd1Teachers, s.sd2, s.guruKelas);
        const int before = writes(s.db);
        auto refused = TransferProposal::create(s.db, r, true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Peringatan tanpa alasan")),
                 qPrintable(refused.error()));
        QCOMPARE(writes(s.db), before);

        r.commonJustifications.insert(QStringLiteral("target_shortage"),
                                      QStringLiteral("Sekolah akan menambah dua rombel tahun ini"));
        r.justifications[s.sd1Teachers.at(3)].insert(QStringLiteral("origin_minimum"),
                                                     QStringLiteral("Guru PPPK baru masuk Maret"));
        auto outcome = TransferProposal::create(s.db, r, true);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        for (qint64 id : outcome->transferIds)
            QCOMPARE(TransferRepository(s.db).byId(id)->status, TransferStatus::Proposed);
        const QList<RuleOverride> last = TransferRepository(s.db).overrides(outcome->transferIds.at(3));
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.at(0).actor, QStringLiteral("Petugas Mutasi"));
        // Justifications are stored only for warnings the person actually has.
        QCOMPARE(TransferRepository(s.db).overrides(outcome->transferIds.at(0)).size(), 0);
    }

    void blockingRuleRefusesTheWholeProposal() {
        test::TransferScenario s;
        // The PPPK teacher cannot leave the education agency; the others could.
        const ProposalRequest r = test::request({s.sd1Teachers.at(0), s.pppkTeacher}, s.bkdBungo, s.admin);
        const int before = writes(s.db);
        auto outcome = TransferProposal::create(s.db, r);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().contains(QStringLiteral("Yusuf Ramadhan")), qPrintable(outcome.error()));
        QVERIFY(outcome.error().contains(QStringLiteral("199005052022212001")));
        QVERIFY(outcome.error().contains(QStringLiteral("PPPK")));
        QCOMPARE(writes(s.db), before);
    }

    void oneOpenTransferPerPerson() {
        test::TransferScenario s;
        test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        auto second =
            TransferProposal::create(s.db, test::request({s.sd1Teachers.at(0)}, s.sd3, s.guruKelas));
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QStringLiteral("MUT-2026-0001")), qPrintable(second.error()));
        // The database itself refuses a second open transfer, whatever the program does.
        Transfer t = *TransferRepository(s.db).byId(1);
        t.id = 0;
        t.uuid = QUuid();
        t.number.clear();
        QVERIFY(!TransferRepository(s.db).insert(t));
        // Once the first is cancelled, a new one may be proposed.
        QVERIFY(TransferWorkflow::advance(s.db, 1, TransferStatus::Cancelled,
                                          {QStringLiteral("Salah sekolah"), {}, {}}));
        QVERIFY(TransferProposal::create(s.db, test::request({s.sd1Teachers.at(0)}, s.sd3, s.guruKelas)));
    }

    void invalidRequests_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("nobody") << 0 << QStringLiteral("Pilih sedikitnya satu pegawai");
        QTest::newRow("twice") << 1 << QStringLiteral("dua kali");
        QTest::newRow("unknown employee") << 2 << QStringLiteral("tidak ada");
        QTest::newRow("no unit") << 3 << QStringLiteral("Pilih unit");
        QTest::newRow("no position") << 4 << QStringLiteral("Pilih jabatan");
        QTest::newRow("reversal of a draft") << 5 << QStringLiteral("sudah selesai");
    }

    void invalidRequests() {
        QFETCH(int, which);
        QFETCH(QString, messagePart);
        test::TransferScenario s;
        ProposalRequest r = test::request({s.sd1Teachers.at(0)}, s.sd2, s.guruKelas);
        switch (which) {
        case 0:
            r.employeeIds.clear();
            break;
        case 1:
            r.employeeIds << s.sd1Teachers.at(0);
            break;
        case 2:
            r.employeeIds << 4242;
            break;
        case 3:
            r.toUnitId = 0;
            break;
        case 4:
            r.toPositionId = 0;
            break;
        case 5:
            r.reversesId = test::propose(s.db, s.sd1Teachers.at(1), s.sd2, s.guruKelas);
            break;
        }
        const int before = writes(s.db);
        auto outcome = TransferProposal::create(s.db, r);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().contains(messagePart), qPrintable(outcome.error()));
        QCOMPARE(writes(s.db), before);
    }

    void kindsAreDerived() {
        test::TransferScenario s;
        const auto kindTo = [&](qint64 unit) {
            return TransferProposal::check(s.db, test::request({s.sd1Teachers.at(0)}, unit, s.guruKelas))
                .first()
                .kind;
        };
        QCOMPARE(kindTo(s.sd2), TransferKind::WithinAgency);
        QCOMPARE(kindTo(s.bkdBungo), TransferKind::BetweenAgencies);
        QCOMPARE(kindTo(s.sd3), TransferKind::BetweenRegencies);
        QCOMPARE(kindTo(s.pekanbaru), TransferKind::BetweenProvinces);
        QCOMPARE(kindTo(s.pusat), TransferKind::CentralRegional);
    }

    void closedTargetBlocks() {
        test::TransferScenario s;
        const QList<ProposalCheck> checks =
            TransferProposal::check(s.db, test::request({s.sd1Teachers.at(0)}, s.closedSchool, s.guruKelas));
        QVERIFY(checks.first().blocked());
        QCOMPARE(result(checks.first(), "target").severity, RuleSeverity::Error);
    }

    void explicitMinimumOfTheOrigin() {
        test::TransferScenario s;
        // SD 1 must keep 5 class teachers whatever its need says.
        QVERIFY(StaffingMinimumRepository(s.db).set(
            {s.sd1, s.guruKelas, 5, QStringLiteral("6 rombel, 1 guru PPPK cuti")}));
        const QList<ProposalCheck> checks =
            TransferProposal::check(s.db, test::request({s.sd1Teachers.at(0)}, s.sd2, s.guruKelas));
        QCOMPARE(result(checks.first(), "origin_minimum").severity, RuleSeverity::Warning);
        QVERIFY(result(checks.first(), "origin_minimum").message.contains(QStringLiteral("minimalnya 5")));
        QCOMPARE(AuditTrail(s.db).entries().first().record.action, QStringLiteral("staffing_minimum"));
        QVERIFY(!StaffingMinimumRepository(s.db).set({s.sd1, s.guruKelas, -1, {}}));
        QVERIFY(StaffingMinimumRepository(s.db).remove(s.sd1, s.guruKelas));
        QVERIFY(!StaffingMinimumRepository(s.db).minimum(s.sd1, s.guruKelas));
    }
};

QTEST_GUILESS_MAIN(TestTransferProposal)
#include "tst_transferproposal.moc"
