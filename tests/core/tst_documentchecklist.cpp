#include "audit/actor.h"
#include "audit/audittrail.h"
#include "transferhelpers.h"

#include <QTest>

using namespace imbang;

// The documents each kind of transfer needs, and ticking them with a file reference.
class TestDocumentChecklist : public QObject {
    Q_OBJECT

    static QStringList codes(const QList<DocumentRequirement> &list) {
        QStringList c;
        for (const DocumentRequirement &r : list)
            c << r.code;
        return c;
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        actor::setCurrent(QStringLiteral("Petugas Arsip"));
    }

    void perKind_data() {
        QTest::addColumn<TransferKind>("kind");
        QTest::addColumn<TransferReason>("reason");
        QTest::addColumn<QStringList>("expected");
        const QStringList base{QStringLiteral("ABK_JABATAN"), QStringLiteral("SK_TERAKHIR"),
                               QStringLiteral("SKP_2_TAHUN"), QStringLiteral("BEBAS_HUKUMAN")};
        QTest::newRow("within one agency")
            << TransferKind::WithinAgency << TransferReason::OrganisationalNeed << base;
        QTest::newRow("within, own request")
            << TransferKind::WithinAgency << TransferReason::OwnRequest
            << QStringList{QStringLiteral("ABK_JABATAN"), QStringLiteral("SURAT_PERMOHONAN"),
                           QStringLiteral("SK_TERAKHIR"), QStringLiteral("SKP_2_TAHUN"),
                           QStringLiteral("BEBAS_HUKUMAN")};
        QTest::newRow("between agencies")
            << TransferKind::BetweenAgencies << TransferReason::OrganisationalNeed
            << QStringList{QStringLiteral("ABK_JABATAN"),      QStringLiteral("USUL_PENERIMA"),
                           QStringLiteral("PERSETUJUAN_ASAL"), QStringLiteral("SK_TERAKHIR"),
                           QStringLiteral("SKP_2_TAHUN"),      QStringLiteral("BEBAS_HUKUMAN")};
        const QStringList full{QStringLiteral("ABK_JABATAN"),   QStringLiteral("SURAT_PERMOHONAN"),
                               QStringLiteral("USUL_PENERIMA"), QStringLiteral("PERSETUJUAN_ASAL"),
                               QStringLiteral("SK_TERAKHIR"),   QStringLiteral("SK_CPNS_PNS"),
                               QStringLiteral("IJAZAH"),        QStringLiteral("SKP_2_TAHUN"),
                               QStringLiteral("BEBAS_HUKUMAN"), QStringLiteral("BEBAS_TUGAS_BELAJAR"),
                               QStringLiteral("BEBAS_TEMUAN"),  QStringLiteral("PERTEK_BKN")};
        QTest::newRow("between kabupaten")
            << TransferKind::BetweenRegencies << TransferReason::OwnRequest << full;
        QTest::newRow("between provinces") << TransferKind::BetweenProvinces << TransferReason::Other << full;
        QTest::newRow("central and regional")
            << TransferKind::CentralRegional << TransferReason::OrganisationalNeed << full;
    }

    void perKind() {
        QFETCH(TransferKind, kind);
        QFETCH(TransferReason, reason);
        QFETCH(QStringList, expected);
        const QList<DocumentRequirement> list = DocumentChecklist::required(kind, reason);
        QCOMPARE(codes(list), expected);
        for (const DocumentRequirement &r : list) {
            QVERIFY(!r.title.isEmpty());
            QVERIFY(r.title != r.code);
            QCOMPARE(r.neededBy, r.code == QLatin1String("PERTEK_BKN") ? TransferStatus::DecreeIssued
                                                                       : TransferStatus::Verified);
        }
    }

    void tickAndUntick() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        const Transfer t = *TransferRepository(s.db).byId(id);
        QCOMPARE(DocumentChecklist::missing(t, {}, TransferStatus::Verified).size(), 4);

        Status r = DocumentChecklist::tick(s.db, id,
                                           {QStringLiteral("SKP_2_TAHUN"), {}, QStringLiteral("  "), {}, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("disimpan")), qPrintable(r.error()));
        r = DocumentChecklist::tick(s.db, id,
                                    {QStringLiteral("PERTEK_BKN"), {}, QStringLiteral("X"), {}, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("ABK_JABATAN")), qPrintable(r.error()));
        QCOMPARE(test::count(s.db, QStringLiteral("transfer_document")), 0);

        r = DocumentChecklist::tick(s.db, id,
                                    {QStringLiteral("SKP_2_TAHUN"),
                                     {},
                                     QStringLiteral("Lemari 3/Map 12"),
                                     QStringLiteral("SKP 2024 dan 2025"),
                                     {}});
        QVERIFY2(r, qPrintable(r.error()));
        const QList<DocumentTick> ticks = TransferRepository(s.db).documents(id);
        QCOMPARE(ticks.size(), 1);
        QCOMPARE(ticks.first().fileRef, QStringLiteral("Lemari 3/Map 12"));
        QCOMPARE(ticks.first().receivedOn, test::TransferScenario::today());
        QCOMPARE(ticks.first().actor, QStringLiteral("Petugas Arsip"));
        QCOMPARE(DocumentChecklist::missing(t, ticks, TransferStatus::Verified).size(), 3);
        const AuditEntry audit = AuditTrail(s.db).entries().first();
        QCOMPARE(audit.record.action, QStringLiteral("transfer.document"));
        QCOMPARE(audit.record.after.value(QStringLiteral("file_ref")).toString(),
                 QStringLiteral("Lemari 3/Map 12"));

        QVERIFY(DocumentChecklist::untick(s.db, id, QStringLiteral("SKP_2_TAHUN")));
        QCOMPARE(TransferRepository(s.db).documents(id).size(), 0);
        QCOMPARE(
            AuditTrail(s.db).entries().first().record.before.value(QStringLiteral("document")).toString(),
            QStringLiteral("SKP_2_TAHUN"));
    }

    void finishedTransfersKeepTheirChecklist() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, TransferStatus::Completed));
        QVERIFY(!DocumentChecklist::untick(s.db, id, QStringLiteral("SKP_2_TAHUN")));
        QVERIFY(!DocumentChecklist::tick(s.db, id,
                                         {QStringLiteral("SKP_2_TAHUN"), {}, QStringLiteral("Y"), {}, {}}));
        QCOMPARE(TransferRepository(s.db).documents(id).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDocumentChecklist)
#include "tst_documentchecklist.moc"
