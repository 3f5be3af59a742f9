#include "audit/actor.h"
#include "audit/audittrail.h"
#include "records/employeerepository.h"
#include "transferhelpers.h"

#include <QTest>

using namespace imbang;
using S = TransferStatus;

// The status workflow: the transition table, every allowed step on a real transfer (who, when,
// comment and rule results recorded, audited), every forbidden one refused without a trace, and
// what each step needs.
class TestTransferWorkflow : public QObject {
    Q_OBJECT

    static QList<std::pair<S, S>> allowed() {
        return {
            {S::Draft, S::Proposed},     {S::Draft, S::Cancelled},        {S::Proposed, S::Verified},
            {S::Proposed, S::Rejected},  {S::Proposed, S::Cancelled},     {S::Verified, S::Approved},
            {S::Verified, S::Rejected},  {S::Verified, S::Cancelled},     {S::Approved, S::DecreeIssued},
            {S::Approved, S::Cancelled}, {S::DecreeIssued, S::Completed}, {S::DecreeIssued, S::Cancelled}};
    }

    static QString name(S s) { return transfercodes::toCode(s); }

private slots:
    void initTestCase() {
        test::installIndonesian();
        actor::setCurrent(QStringLiteral("Petugas Mutasi"));
    }

    void table_data() {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("expected");
        for (S from : transfercodes::allStatuses())
            for (S to : transfercodes::allStatuses())
                QTest::addRow("%s to %s", qPrintable(name(from)), qPrintable(name(to)))
                    << from << to << allowed().contains({from, to});
    }

    void table() {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, expected);
        QCOMPARE(TransferWorkflow::isAllowed(from, to), expected);
        QCOMPARE(TransferWorkflow::manualNextStatuses(from).contains(to), expected && to != S::Completed);
    }

    void allowedStep_data() {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        for (const auto &[from, to] : allowed())
            QTest::addRow("%s to %s", qPrintable(name(from)), qPrintable(name(to))) << from << to;
    }

    void allowedStep() {
        QFETCH(S, from);
        QFETCH(S, to);
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY2(test::reach(s.db, id, from), "reaching the start status");
        if (to == S::Verified)
            QVERIFY(test::tickAll(s.db, id));
        const int stepsBefore = int(TransferRepository(s.db).steps(id).size());
        const int auditBefore = test::count(s.db, QStringLiteral("audit_entry"));
        Status result;
        StepInput input{QStringLiteral("komentar langkah"), {}, {}};
        if (to == S::Completed) {
            result = TransferExecutor::execute(s.db, id, test::transferTmt(), input.comment);
        } else {
            if (to == S::DecreeIssued)
                input = test::decree();
            result = TransferWorkflow::advance(s.db, id, to, input);
        }
        QVERIFY2(result, qPrintable(result.error()));
        const Transfer t = *TransferRepository(s.db).byId(id);
        QCOMPARE(t.status, to);
        const QList<TransferStep> steps = TransferRepository(s.db).steps(id);
        QCOMPARE(steps.size(), stepsBefore + 1);
        const TransferStep &step = steps.last();
        QCOMPARE(step.from, std::optional<S>(from));
        QCOMPARE(step.to, to);
        QCOMPARE(step.actor, QStringLiteral("Petugas Mutasi"));
        QCOMPARE(step.comment, input.comment);
        QVERIFY(step.at.isValid());
        if (transfercodes::isOpen(to))
            QCOMPARE(step.checks.size(), 11); // the rule results at this step
        // Audited: the transfer before and after (the execution also audits the employee).
        QCOMPARE(test::count(s.db, QStringLiteral("audit_entry")),
                 auditBefore + (to == S::Completed ? 2 : 1));
        const AuditEntry last = AuditTrail(s.db).entries().first();
        QCOMPARE(last.record.entity, QStringLiteral("transfer"));
        QCOMPARE(last.record.entityUuid, t.uuid);
        QCOMPARE(last.record.before.value(QStringLiteral("status")).toString(), name(from));
        QCOMPARE(last.record.after.value(QStringLiteral("status")).toString(), name(to));
        QVERIFY(AuditTrail(s.db).verify().intact);
    }

    void forbiddenStep_data() {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        for (S from : transfercodes::allStatuses())
            for (S to : transfercodes::allStatuses())
                if (!allowed().contains({from, to}))
                    QTest::addRow("%s to %s", qPrintable(name(from)), qPrintable(name(to))) << from << to;
        // Allowed in the table, but never by hand: only execution completes a transfer.
        QTest::newRow("SK_TERBIT to SELESAI by hand") << S::DecreeIssued << S::Completed;
    }

    void forbiddenStep() {
        QFETCH(S, from);
        QFETCH(S, to);
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY2(test::reach(s.db, id, from), "reaching the start status");
        QVERIFY(test::tickAll(s.db, id) || !transfercodes::isOpen(from)); // documents are not what stops it
        const Transfer before = *TransferRepository(s.db).byId(id);
        const int steps = int(TransferRepository(s.db).steps(id).size());
        const int audit = test::count(s.db, QStringLiteral("audit_entry"));
        const Status result = TransferWorkflow::advance(s.db, id, to, test::decree());
        QVERIFY(!result);
        QVERIFY2(result.error().contains(before.number), qPrintable(result.error()));
        QCOMPARE(*TransferRepository(s.db).byId(id), before);
        QCOMPARE(TransferRepository(s.db).steps(id).size(), steps);
        QCOMPARE(test::count(s.db, QStringLiteral("audit_entry")), audit);
    }

    void finalStatusMessageExplainsReversal() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Completed));
        const Status r = TransferWorkflow::advance(s.db, id, S::Cancelled, {QStringLiteral("salah"), {}, {}});
        QVERIFY(r.error().contains(QStringLiteral("mutasi baru")));
    }

    void submittingNeedsJustifiedWarnings() {
        test::TransferScenario s;
        // SD 2 is short, SD 1 crowded: moving an SD 2 teacher to SD 1 warns twice.
        const qint64 id = test::propose(s.db, s.sd2Teachers.at(0), s.sd1, s.guruKelas);
        Status r = TransferWorkflow::advance(s.db, id, S::Proposed);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("Peringatan tanpa alasan")), qPrintable(r.error()));
        QVERIFY(TransferProposal::justify(s.db, id, QStringLiteral("target_shortage"),
                                          QStringLiteral("Guru pindah karena ikut suami")));
        QVERIFY(!TransferWorkflow::advance(s.db, id, S::Proposed));
        QVERIFY(TransferProposal::justify(s.db, id, QStringLiteral("origin_minimum"),
                                          QStringLiteral("Guru pengganti PPPK mulai Maret")));
        r = TransferWorkflow::advance(s.db, id, S::Proposed);
        QVERIFY2(r, qPrintable(r.error()));
        // The step keeps the warnings with their justifications.
        const TransferStep step = TransferRepository(s.db).steps(id).last();
        int justified = 0;
        for (const QJsonValue &v : step.checks)
            if (v.toObject().contains(QStringLiteral("justification")))
                ++justified;
        QCOMPARE(justified, 2);
    }

    void justifyRefusesWhatIsNotAWarning() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        const Status r =
            TransferProposal::justify(s.db, id, QStringLiteral("target_shortage"), QStringLiteral("x"));
        QVERIFY(!r);
        QVERIFY(
            !TransferProposal::justify(s.db, id, QStringLiteral("target_shortage"), QStringLiteral("  ")));
        QCOMPARE(test::count(s.db, QStringLiteral("transfer_override")), 0);
    }

    void verifyingNeedsTheDocuments() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Proposed));
        Status r = TransferWorkflow::advance(s.db, id, S::Verified);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("4 dokumen belum ada")), qPrintable(r.error()));
        QVERIFY(test::tickAll(s.db, id));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Verified));
    }

    void decreeNeedsNumberAndDate() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Approved));
        StepInput input = test::decree();
        input.decreeNumber.clear();
        QVERIFY(TransferWorkflow::advance(s.db, id, S::DecreeIssued, input)
                    .error()
                    .contains(QStringLiteral("nomor")));
        input = test::decree();
        input.decreeDate = QDate(2026, 6, 1);
        QVERIFY(TransferWorkflow::advance(s.db, id, S::DecreeIssued, input)
                    .error()
                    .contains(QStringLiteral("masa depan")));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::DecreeIssued, test::decree()));
        const Transfer t = *TransferRepository(s.db).byId(id);
        QCOMPARE(t.decreeNumber, QStringLiteral("800/12/BKD/2026"));
        QCOMPARE(t.decreeDate, QDate(2026, 1, 10));
    }

    void pertekIsNeededBeforeTheDecree() {
        test::TransferScenario s;
        // Bungo to Tebo: between kabupaten, BKN's pertek needed before the decree.
        auto req = test::request({s.sd1Teachers.at(0)}, s.sd3, s.guruKelas);
        auto outcome = TransferProposal::create(s.db, req);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        const qint64 id = outcome->transferIds.first();
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Proposed));
        const Transfer t = *TransferRepository(s.db).byId(id);
        QCOMPARE(t.kind, TransferKind::BetweenRegencies);
        for (const DocumentRequirement &d : DocumentChecklist::required(t))
            if (d.code != QLatin1String("PERTEK_BKN"))
                QVERIFY(DocumentChecklist::tick(s.db, id, {d.code, {}, QStringLiteral("ARSIP/1"), {}, {}}));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Verified));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Approved));
        const Status r = TransferWorkflow::advance(s.db, id, S::DecreeIssued, test::decree());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("pertek")), qPrintable(r.error()));
        QVERIFY(DocumentChecklist::tick(
            s.db, id, {QStringLiteral("PERTEK_BKN"), {}, QStringLiteral("BKN/PERTEK/77"), {}, {}}));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::DecreeIssued, test::decree()));
    }

    void rejectingAndCancellingNeedAReason() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Proposed));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Rejected).error().contains(QStringLiteral("alasan")));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Cancelled, {QStringLiteral("  "), {}, {}})
                    .error()
                    .contains(QStringLiteral("alasan")));
        QVERIFY(TransferWorkflow::advance(s.db, id, S::Rejected,
                                          {QStringLiteral("Formasi sudah terisi"), {}, {}}));
        QCOMPARE(TransferRepository(s.db).steps(id).last().comment, QStringLiteral("Formasi sudah terisi"));
    }

    void approvalRechecksTheRules() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Verified));
        // Meanwhile the employee retired: approval is refused.
        Employee e = s.get(s.sd1Teachers.at(0));
        e.active = false;
        e.inactiveReason = InactiveReason::Retired;
        QVERIFY(EmployeeRepository(s.db).update(e));
        const Status r = TransferWorkflow::advance(s.db, id, S::Approved);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("tidak lagi aktif")), qPrintable(r.error()));
        QCOMPARE(TransferRepository(s.db).byId(id)->status, S::Verified);
    }

    void batchAdvanceIsAllOrNothing() {
        test::TransferScenario s;
        // Two of SD 1's surplus teachers to SD 2: both pass every rule.
        auto outcome = TransferProposal::create(
            s.db, test::request({s.sd1Teachers.at(0), s.sd1Teachers.at(1)}, s.sd2, s.guruKelas));
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QVERIFY(outcome->batchId > 0);
        QVERIFY(TransferWorkflow::advanceBatch(s.db, outcome->batchId, S::Proposed));
        // Only the first has its documents: verifying the batch fails and changes nothing.
        QVERIFY(test::tickAll(s.db, outcome->transferIds.at(0)));
        const int steps = test::count(s.db, QStringLiteral("transfer_step"));
        QVERIFY(!TransferWorkflow::advanceBatch(s.db, outcome->batchId, S::Verified));
        QCOMPARE(TransferRepository(s.db).byId(outcome->transferIds.at(0))->status, S::Proposed);
        QCOMPARE(test::count(s.db, QStringLiteral("transfer_step")), steps);
        QVERIFY(test::tickAll(s.db, outcome->transferIds.at(1)));
        QVERIFY(TransferWorkflow::advanceBatch(s.db, outcome->batchId, S::Verified));
        for (qint64 id : outcome->transferIds)
            QCOMPARE(TransferRepository(s.db).byId(id)->status, S::Verified);
    }
};

QTEST_GUILESS_MAIN(TestTransferWorkflow)
#include "tst_transferworkflow.moc"
