#include "audit/audittrail.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace imbang;

// AuditBatch writes the same chain as AuditTrail::record, and the hash (written without QJsonArray for
// speed) is byte for byte the one QJsonDocument gives.
class TestAuditBatch : public QObject {
    Q_OBJECT

    // The hash as the audit trail defined it first: a QJsonArray of the fields, compact.
    static QString referenceHash(const AuditEntry &e) {
        const auto compact = [](const QJsonObject &o) {
            return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        const QJsonArray fields{QString::number(e.id),
                                e.at.toUTC().toString(Qt::ISODateWithMs),
                                e.actor,
                                e.record.action,
                                e.record.entity,
                                e.record.entityUuid.isNull() ? QString()
                                                             : e.record.entityUuid.toString(QUuid::WithoutBraces),
                                e.record.summary,
                                compact(e.record.before),
                                compact(e.record.after),
                                e.prevHash};
        return QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                .toHex());
    }

    static AuditRecord recordWith(const QString &text) {
        AuditRecord r;
        r.action = QStringLiteral("exchange.update");
        r.entity = QStringLiteral("employee");
        r.entityUuid = QUuid::createUuid();
        r.summary = text;
        r.before = QJsonObject{{QStringLiteral("name"), text}};
        r.after = QJsonObject{{QStringLiteral("name"), text + QStringLiteral("!")}, {QStringLiteral("n"), 3}};
        return r;
    }

private slots:
    void hashMatchesQJsonDocument_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Budi Santoso (NIP 197910262003091001)");
        QTest::newRow("quotes and backslash") << QStringLiteral("Nama \"panggilan\" C:\\data\\");
        QTest::newRow("control characters") << QStringLiteral("baris1\nbaris2\r\ttab\b\f") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x");
        QTest::newRow("non-ascii") << QStringLiteral("Dinas Pendidikan — Muaro Jambi, café, ñ, ü") + QChar(0x7f) +
                                          QChar(0x2028);
        QTest::newRow("surrogate pair") << QStringLiteral("emoji ") + QString::fromUcs4(U"\U0001F600");
        QTest::newRow("lone surrogate") << QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y");
        QTest::newRow("empty") << QString();
    }

    void hashMatchesQJsonDocument() {
        QFETCH(QString, text);
        AuditEntry e;
        e.id = 42;
        e.at = QDateTime(QDate(2026, 11, 29), QTime(10, 11, 12, 345), Qt::UTC);
        e.actor = text;
        e.record = recordWith(text);
        e.prevHash = AuditTrail::genesisHash();
        QCOMPARE(AuditTrail::hashOf(e), referenceHash(e));
    }

    // With an entry after the batch, and with the batch last (an exchange import): then the trail's
    // head (audit_head) must follow the batch.
    void batchWritesAnIntactChain_data() {
        QTest::addColumn<bool>("entryAfter");
        QTest::newRow("entry after the batch") << true;
        QTest::newRow("batch last") << false;
    }

    void batchWritesAnIntactChain() {
        QFETCH(bool, entryAfter);
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        AuditTrail trail(db);
        QVERIFY(trail.record(recordWith(QStringLiteral("sebelum"))));
        {
            sql::Transaction transaction(db);
            AuditBatch batch(db);
            for (int i = 0; i < 50; ++i)
                QVERIFY(batch.record(recordWith(QStringLiteral("massal \"%1\"\n").arg(i))));
            QVERIFY(batch.finish());
            QVERIFY(transaction.commit());
        }
        if (entryAfter)
            QVERIFY(trail.record(recordWith(QStringLiteral("sesudah"))));
        const AuditVerification v = trail.verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.entriesChecked, entryAfter ? 52 : 51);
        for (const AuditEntry &e : trail.entries())
            QCOMPARE(e.hash, referenceHash(e));
    }

    void rolledBackBatchLeavesNothing() {
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        {
            sql::Transaction transaction(db);
            AuditBatch batch(db);
            QVERIFY(batch.record(recordWith(QStringLiteral("batal"))));
        }
        QVERIFY(AuditTrail(db).entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditBatch)
#include "tst_auditbatch.moc"
