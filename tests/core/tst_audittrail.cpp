#include "audit/actor.h"
#include "audit/audittrail.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;

// The append-only audit trail: entries chain by hash, and verify() finds the first entry that was
// edited, deleted, reordered, added or cut off behind the program's back.
class TestAuditTrail : public QObject {
    Q_OBJECT

    static void fill(AuditTrail &trail, int n) {
        for (int i = 1; i <= n; ++i)
            QVERIFY(trail.record({QStringLiteral("update"),
                                  QStringLiteral("employee"),
                                  QUuid::createUuid(),
                                  QStringLiteral("Ubah data pegawai %1").arg(i),
                                  {{QStringLiteral("unit_id"), i}},
                                  {{QStringLiteral("unit_id"), i + 1}}}));
    }

    static void exec(const QSqlDatabase &db, const QString &statement) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        actor::setCurrent(QStringLiteral("Operator Uji"));
    }

    void recordsWhoWhatBeforeAfter() {
        test::TempDatabase t;
        AuditTrail trail(t.db->connection());
        const QUuid id = QUuid::createUuid();
        QVERIFY(trail.record({QStringLiteral("transfer.disetujui"),
                              QStringLiteral("transfer"),
                              id,
                              QStringLiteral("Mutasi MUT-2026-0001 disetujui"),
                              {{QStringLiteral("status"), QStringLiteral("DIVERIFIKASI")}},
                              {{QStringLiteral("status"), QStringLiteral("DISETUJUI")}}}));
        const QList<AuditEntry> entries = trail.entries();
        QCOMPARE(entries.size(), 1);
        const AuditEntry &e = entries.first();
        QCOMPARE(e.id, 1);
        QCOMPARE(e.actor, QStringLiteral("Operator Uji"));
        QCOMPARE(e.record.entityUuid, id);
        QCOMPARE(e.record.before.value(QStringLiteral("status")).toString(), QStringLiteral("DIVERIFIKASI"));
        QCOMPARE(e.record.after.value(QStringLiteral("status")).toString(), QStringLiteral("DISETUJUI"));
        QCOMPARE(e.prevHash, AuditTrail::genesisHash());
        QCOMPARE(e.hash, AuditTrail::hashOf(e));
        QVERIFY(e.at.isValid());
    }

    void filters() {
        test::TempDatabase t;
        AuditTrail trail(t.db->connection());
        fill(trail, 3);
        actor::setCurrent(QStringLiteral("Petugas Lain"));
        QVERIFY(trail.record({QStringLiteral("create"),
                              QStringLiteral("transfer"),
                              QUuid::createUuid(),
                              QStringLiteral("Usul mutasi baru"),
                              {},
                              {}}));
        actor::setCurrent(QStringLiteral("Operator Uji"));
        QCOMPARE(trail.entries().size(), 4);
        QCOMPARE(trail.entries().first().id, 4); // newest first
        AuditFilter byEntity;
        byEntity.entity = QStringLiteral("transfer");
        QCOMPARE(trail.entries(byEntity).size(), 1);
        AuditFilter byActor;
        byActor.actor = QStringLiteral("Petugas Lain");
        QCOMPARE(trail.entries(byActor).size(), 1);
        AuditFilter byText;
        byText.text = QStringLiteral("pegawai 2");
        QCOMPARE(trail.entries(byText).size(), 1);
        AuditFilter limited;
        limited.limit = 2;
        QCOMPARE(trail.entries(limited).size(), 2);
    }

    void intactChain() {
        test::TempDatabase t;
        AuditTrail trail(t.db->connection());
        QVERIFY(trail.verify().intact);
        QCOMPARE(trail.verify().entriesChecked, 0);
        fill(trail, 5);
        const AuditVerification v = trail.verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.entriesChecked, 5);
        QVERIFY(v.message.contains(QStringLiteral("utuh")));
    }

    void tampering_data() {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("edited summary")
            << QStringList{QStringLiteral("UPDATE audit_entry SET summary = 'dipalsukan' WHERE id = 3")}
            << qint64(3) << QStringLiteral("entri 3 diubah");
        QTest::newRow("edited after JSON")
            << QStringList{QStringLiteral("UPDATE audit_entry SET after = '{\"unit_id\":99}' WHERE id = 2")}
            << qint64(2) << QStringLiteral("entri 2 diubah");
        QTest::newRow("edited actor")
            << QStringList{QStringLiteral("UPDATE audit_entry SET actor = 'orang lain' WHERE id = 4")}
            << qint64(4) << QStringLiteral("entri 4 diubah");
        QTest::newRow("deleted row") << QStringList{QStringLiteral("DELETE FROM audit_entry WHERE id = 3")}
                                     << qint64(3) << QStringLiteral("entri 3 hilang");
        QTest::newRow("deleted last row")
            << QStringList{QStringLiteral("DELETE FROM audit_entry WHERE id = 5")} << qint64(5)
            << QStringLiteral("hilang");
        // Rows 2 and 3 swap places.
        QTest::newRow("reordered rows")
            << QStringList{QStringLiteral("UPDATE audit_entry SET id = 100 WHERE id = 2"),
                           QStringLiteral("UPDATE audit_entry SET id = 2 WHERE id = 3"),
                           QStringLiteral("UPDATE audit_entry SET id = 3 WHERE id = 100")}
            << qint64(2) << QStringLiteral("entri 2 tidak tersambung");
        QTest::newRow("appended row")
            << QStringList{QStringLiteral(
                   "INSERT INTO audit_entry(id, at, actor, action, entity, prev_hash, hash) "
                   "SELECT 6, at, actor, action, entity, hash, hash FROM audit_entry WHERE id = 5")}
            << qint64(6) << QStringLiteral("entri 6");
    }

    void tampering() {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBroken);
        QFETCH(QString, messagePart);
        test::TempDatabase t;
        AuditTrail trail(t.db->connection());
        fill(trail, 5);
        QVERIFY(trail.verify().intact);
        for (const QString &statement : statements)
            exec(t.db->connection(), statement);
        const AuditVerification v = trail.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenId, firstBroken);
        QCOMPARE(v.entriesChecked, int(firstBroken - 1));
        QVERIFY2(v.message.contains(messagePart), qPrintable(v.message));
    }

    void rehashedEditIsStillFound() {
        // Someone edits an entry and recomputes its hash: the next entry no longer follows it.
        test::TempDatabase t;
        AuditTrail trail(t.db->connection());
        fill(trail, 4);
        AuditEntry e = trail.entries().at(2); // id 2 (newest first: 4, 3, 2, 1)
        QCOMPARE(e.id, 2);
        e.record.summary = QStringLiteral("dipalsukan");
        e.hash = AuditTrail::hashOf(e);
        exec(t.db->connection(),
             QStringLiteral("UPDATE audit_entry SET summary = 'dipalsukan', hash = '%1' WHERE id = 2")
                 .arg(e.hash));
        const AuditVerification v = trail.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenId, 3);
    }

    void forgedAppendIsFound() {
        // A row added with a correct hash and link still differs from the head the program keeps.
        test::TempDatabase t;
        AuditTrail trail(t.db->connection());
        fill(trail, 3);
        AuditEntry forged = trail.entries().first();
        forged.prevHash = forged.hash;
        forged.id = 4;
        forged.record.summary = QStringLiteral("sisipan");
        forged.hash = AuditTrail::hashOf(forged);
        QSqlQuery q(t.db->connection());
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO audit_entry(id, at, actor, action, entity, entity_uuid, summary, "
                           "before, after, prev_hash, hash) SELECT 4, at, actor, action, entity, "
                           "entity_uuid, 'sisipan', before, after, ?, ? FROM audit_entry WHERE id = 3")));
        q.addBindValue(forged.prevHash);
        q.addBindValue(forged.hash);
        QVERIFY(q.exec());
        const AuditVerification v = trail.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenId, 4);
        QVERIFY2(v.message.contains(QStringLiteral("di luar program")), qPrintable(v.message));
    }

    void recordingContinuesAfterRollback() {
        // An entry written in a transaction that rolls back leaves no gap in the chain.
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        AuditTrail trail(db);
        fill(trail, 2);
        {
            sql::Transaction tx(db);
            QVERIFY(trail.record(
                {QStringLiteral("update"), QStringLiteral("unit"), {}, QStringLiteral("batal"), {}, {}}));
        }
        fill(trail, 1);
        const AuditVerification v = trail.verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.entriesChecked, 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
