#include "audit/actor.h"
#include "audit/audittrail.h"
#include "records/employeerepository.h"
#include "records/positionhistoryrepository.h"
#include "transferhelpers.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;
using S = TransferStatus;

// Executing a transfer: the employee's post changes and the history grows, all in one transaction;
// a failure at any point leaves nothing changed; a completed transfer is undone by a new one.
class TestTransferExecutor : public QObject {
    Q_OBJECT

    struct Snapshot {
        Employee employee;
        Transfer transfer;
        int history = 0, audit = 0, steps = 0;
        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };

    static Snapshot snapshot(const test::TransferScenario &s, qint64 employeeId, qint64 transferId) {
        return {s.get(employeeId), *TransferRepository(s.db).byId(transferId),
                test::count(s.db, QStringLiteral("position_history")),
                test::count(s.db, QStringLiteral("audit_entry")),
                test::count(s.db, QStringLiteral("transfer_step"))};
    }

    static void exec(const QSqlDatabase &db, const QString &statement) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        actor::setCurrent(QStringLiteral("Petugas Mutasi"));
    }

    void executesOnTheTmt() {
        test::TransferScenario s;
        const qint64 teacher = s.sd1Teachers.at(0);
        const qint64 id = test::propose(s.db, teacher, s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::DecreeIssued));
        const Employee before = s.get(teacher);

        const Status early = TransferExecutor::execute(s.db, id, test::transferTmt().addDays(-1));
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QStringLiteral("1 Februari 2026")), qPrintable(early.error()));
        QCOMPARE(s.get(teacher), before);

        const Status done =
            TransferExecutor::execute(s.db, id, test::transferTmt(), QStringLiteral("Sudah melapor"));
        QVERIFY2(done, qPrintable(done.error()));
        const Employee after = s.get(teacher);
        QCOMPARE(after.unitId, s.sd2);
        QCOMPARE(after.positionId, s.guruKelas);
        QCOMPARE(after.positionTmt, test::transferTmt());
        QCOMPARE(after.name, before.name);
        const Transfer t = *TransferRepository(s.db).byId(id);
        QCOMPARE(t.status, S::Completed);
        QVERIFY(t.executedAt.isValid());
        QCOMPARE(t.fromUnitId, s.sd1); // the origin stays on record

        // History: the post left (initial) and the new one, linked to the transfer.
        const QList<PositionHistoryEntry> history = PositionHistoryRepository(s.db).forEmployee(teacher);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).source, PositionHistoryRepository::sourceInitial());
        QCOMPARE(history.at(0).unitId, s.sd1);
        QCOMPARE(history.at(0).tmt, before.positionTmt);
        QCOMPARE(history.at(1).source, PositionHistoryRepository::sourceTransfer());
        QCOMPARE(history.at(1).unitId, s.sd2);
        QCOMPARE(history.at(1).transferId, id);
        QCOMPARE(history.at(1).note, QStringLiteral("800/12/BKD/2026"));

        // Audit: the employee's post before and after, then the transfer.
        const QList<AuditEntry> audit = AuditTrail(s.db).entries();
        QCOMPARE(audit.at(1).record.entity, QStringLiteral("employee"));
        QCOMPARE(audit.at(1).record.before.value(QStringLiteral("unit_id")).toInteger(), s.sd1);
        QCOMPARE(audit.at(1).record.after.value(QStringLiteral("unit_id")).toInteger(), s.sd2);
        QCOMPARE(audit.at(0).record.action, QStringLiteral("transfer.selesai"));
        QVERIFY(AuditTrail(s.db).verify().intact);

        // Executing again is refused.
        QVERIFY(!TransferExecutor::execute(s.db, id, test::transferTmt()));
    }

    void onlyADecreeIsExecuted() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Approved));
        const Status r = TransferExecutor::execute(s.db, id, test::transferTmt());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("SK")), qPrintable(r.error()));
    }

    void refusesWhenThePostChangedMeanwhile() {
        test::TransferScenario s;
        const qint64 teacher = s.sd1Teachers.at(0);
        const qint64 id = test::propose(s.db, teacher, s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::DecreeIssued));
        Employee e = s.get(teacher);
        e.positionId = s.guruMatematika;
        QVERIFY(EmployeeRepository(s.db).update(e));
        const Status r = TransferExecutor::execute(s.db, id, test::transferTmt());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("berubah")), qPrintable(r.error()));
        QCOMPARE(TransferRepository(s.db).byId(id)->status, S::DecreeIssued);
    }

    void failureMidwayChangesNothing_data() {
        QTest::addColumn<QString>("trigger");
        QTest::newRow("writing the initial history entry")
            << QStringLiteral("BEFORE INSERT ON position_history WHEN NEW.source = 'AWAL'");
        QTest::newRow("changing the employee") << QStringLiteral("BEFORE UPDATE ON employee");
        QTest::newRow("writing the new history entry")
            << QStringLiteral("BEFORE INSERT ON position_history WHEN NEW.source = 'MUTASI'");
        QTest::newRow("auditing the employee")
            << QStringLiteral("BEFORE INSERT ON audit_entry WHEN NEW.entity = 'employee'");
        QTest::newRow("completing the transfer")
            << QStringLiteral("BEFORE UPDATE ON transfer WHEN NEW.status = 'SELESAI'");
        QTest::newRow("recording the step") << QStringLiteral("BEFORE INSERT ON transfer_step");
        QTest::newRow("auditing the transfer, the very last write")
            << QStringLiteral("BEFORE INSERT ON audit_entry WHEN NEW.action = 'transfer.selesai'");
    }

    void failureMidwayChangesNothing() {
        QFETCH(QString, trigger);
        test::TransferScenario s;
        const qint64 teacher = s.sd1Teachers.at(0);
        const qint64 id = test::propose(s.db, teacher, s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::DecreeIssued));
        exec(s.db, QStringLiteral(
                       "CREATE TRIGGER inject_failure %1 BEGIN SELECT RAISE(ABORT, 'disk penuh (uji)'); END")
                       .arg(trigger));
        const Snapshot before = snapshot(s, teacher, id);
        const Status r = TransferExecutor::execute(s.db, id, test::transferTmt());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("disk penuh (uji)")), qPrintable(r.error()));
        QCOMPARE(snapshot(s, teacher, id), before);
        QCOMPARE(test::count(s.db, QStringLiteral("position_history")), 0);
        QVERIFY(AuditTrail(s.db).verify().intact);

        // Once the cause is gone the same transfer executes normally.
        exec(s.db, QStringLiteral("DROP TRIGGER inject_failure"));
        QVERIFY(TransferExecutor::execute(s.db, id, test::transferTmt()));
        QCOMPARE(s.get(teacher).unitId, s.sd2);
        QVERIFY(AuditTrail(s.db).verify().intact);
    }

    void batchIsAllOrNothing() {
        test::TransferScenario s;
        auto outcome = TransferProposal::create(
            s.db, test::request({s.sd1Teachers.at(0), s.sd1Teachers.at(1)}, s.sd2, s.guruKelas));
        QVERIFY2(outcome, qPrintable(outcome.error()));
        for (qint64 id : outcome->transferIds)
            QVERIFY(test::reach(s.db, id, S::DecreeIssued));
        exec(s.db, QStringLiteral(
                       "CREATE TRIGGER inject_failure BEFORE INSERT ON position_history WHEN NEW.employee_id "
                       "= %1 AND NEW.source = 'MUTASI' BEGIN SELECT RAISE(ABORT, 'gagal (uji)'); END")
                       .arg(s.sd1Teachers.at(1)));
        QVERIFY(!TransferExecutor::executeBatch(s.db, outcome->batchId, test::transferTmt()));
        QCOMPARE(s.get(s.sd1Teachers.at(0)).unitId, s.sd1); // the first was rolled back too
        QCOMPARE(TransferRepository(s.db).byId(outcome->transferIds.at(0))->status, S::DecreeIssued);
        exec(s.db, QStringLiteral("DROP TRIGGER inject_failure"));
        QVERIFY(TransferExecutor::executeBatch(s.db, outcome->batchId, test::transferTmt()));
        QCOMPARE(s.get(s.sd1Teachers.at(0)).unitId, s.sd2);
        QCOMPARE(s.get(s.sd1Teachers.at(1)).unitId, s.sd2);
    }

    void reversedOnlyByANewTransfer() {
        test::TransferScenario s;
        const qint64 teacher = s.sd1Teachers.at(0);
        const qint64 first = test::propose(s.db, teacher, s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, first, S::Completed));

        // The reversal must go back to where the person came from.
        ProposalRequest wrong = test::request({teacher}, s.sd3, s.guruKelas, QDate(2026, 3, 1));
        wrong.reversesId = first;
        QVERIFY(!TransferProposal::create(s.db, wrong));

        ProposalRequest back = test::request({teacher}, s.sd1, s.guruKelas, QDate(2026, 3, 1));
        back.reversesId = first;
        // Moving back after one month: too short in post and SD 1 has a surplus, both justified.
        back.commonJustifications = {
            {QStringLiteral("time_in_post"), QStringLiteral("Koreksi penempatan yang keliru")},
            {QStringLiteral("target_shortage"), QStringLiteral("Kembali ke sekolah asal")},
            {QStringLiteral("origin_minimum"), QStringLiteral("Kembali ke sekolah asal")}};
        auto outcome = TransferProposal::create(s.db, back);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        const qint64 second = outcome->transferIds.first();
        QCOMPARE(TransferRepository(s.db).byId(second)->reversesId, first);
        QCOMPARE(TransferRepository(s.db).byId(second)->fromUnitId, s.sd2);
        QVERIFY(test::reach(s.db, second, S::DecreeIssued));
        QVERIFY(TransferExecutor::execute(s.db, second, QDate(2026, 3, 1)));
        QCOMPARE(s.get(teacher).unitId, s.sd1);
        QCOMPARE(TransferRepository(s.db).byId(first)->status, S::Completed);
        // Initial post, the first transfer, the reversal.
        const QList<PositionHistoryEntry> history = PositionHistoryRepository(s.db).forEmployee(teacher);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(2).transferId, second);
    }
};

QTEST_GUILESS_MAIN(TestTransferExecutor)
#include "tst_transferexecutor.moc"
