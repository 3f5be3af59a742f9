#include "transfers/transferkindderiver.h"
#include "transferscenario.h"

#include <QTest>

using namespace imbang;

// The kind of a transfer follows from the agencies and regions of the two units.
class TestTransferKind : public QObject {
    Q_OBJECT

    static TransferKindDeriver jambiOffice() {
        return TransferKindDeriver(QStringLiteral("Provinsi Jambi"),
                                   {QStringLiteral("Pusat"), QStringLiteral("Instansi Pusat")},
                                   {{QStringLiteral("Kota Pekanbaru"), QStringLiteral("Provinsi Riau")},
                                    {QStringLiteral("Kabupaten Kampar"), QStringLiteral("Provinsi Riau")}});
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void derive_data() {
        QTest::addColumn<qint64>("fromAgency");
        QTest::addColumn<QString>("fromRegion");
        QTest::addColumn<qint64>("toAgency");
        QTest::addColumn<QString>("toRegion");
        QTest::addColumn<TransferKind>("kind");
        using K = TransferKind;
        QTest::newRow("school to school of one dinas")
            << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(1)
            << QStringLiteral("Kabupaten Bungo") << K::WithinAgency;
        QTest::newRow("dinas to BKD of one kabupaten")
            << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(2)
            << QStringLiteral("Kabupaten Bungo") << K::BetweenAgencies;
        QTest::newRow("region spelled differently")
            << qint64(1) << QStringLiteral("Kabupaten  Bungo") << qint64(2)
            << QStringLiteral("kabupaten bungo") << K::BetweenAgencies;
        QTest::newRow("Bungo to Tebo") << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(3)
                                       << QStringLiteral("Kabupaten Tebo") << K::BetweenRegencies;
        QTest::newRow("kabupaten to its province")
            << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(4) << QStringLiteral("Provinsi Jambi")
            << K::BetweenRegencies;
        QTest::newRow("empty region is the office's")
            << qint64(1) << QString() << qint64(4) << QStringLiteral("Provinsi Jambi") << K::BetweenAgencies;
        QTest::newRow("Bungo to Pekanbaru") << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(5)
                                            << QStringLiteral("Kota Pekanbaru") << K::BetweenProvinces;
        QTest::newRow("province to province") << qint64(4) << QStringLiteral("Provinsi Jambi") << qint64(6)
                                              << QStringLiteral("Provinsi Riau") << K::BetweenProvinces;
        QTest::newRow("Pekanbaru to Kampar") << qint64(5) << QStringLiteral("Kota Pekanbaru") << qint64(7)
                                             << QStringLiteral("Kabupaten Kampar") << K::BetweenRegencies;
        QTest::newRow("regional to central") << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(8)
                                             << QStringLiteral("Pusat") << K::CentralRegional;
        QTest::newRow("central to regional")
            << qint64(8) << QStringLiteral("Instansi Pusat Kemendikbud") << qint64(1)
            << QStringLiteral("Kabupaten Bungo") << K::CentralRegional;
        QTest::newRow("between central agencies") << qint64(8) << QStringLiteral("Pusat") << qint64(9)
                                                  << QStringLiteral("Pusat") << K::BetweenAgencies;
        QTest::newRow("Pusatlama is not central")
            << qint64(1) << QStringLiteral("Kabupaten Bungo") << qint64(10) << QStringLiteral("Pusatlama")
            << K::BetweenRegencies;
    }

    void derive() {
        QFETCH(qint64, fromAgency);
        QFETCH(QString, fromRegion);
        QFETCH(qint64, toAgency);
        QFETCH(QString, toRegion);
        QFETCH(TransferKind, kind);
        QCOMPARE(jambiOffice().derive({fromAgency, fromRegion}, {toAgency, toRegion}), kind);
    }

    void kabupatenOfficeUsesTheMapForItsProvince() {
        // A kabupaten office: its own province comes from the map, others default to it.
        const TransferKindDeriver d(QStringLiteral("Kabupaten Bungo"), {QStringLiteral("Pusat")},
                                    {{QStringLiteral("Kabupaten Bungo"), QStringLiteral("Provinsi Jambi")},
                                     {QStringLiteral("Kota Pekanbaru"), QStringLiteral("Provinsi Riau")}});
        QCOMPARE(d.derive({1, QStringLiteral("Kabupaten Bungo")}, {2, QStringLiteral("Kabupaten Tebo")}),
                 TransferKind::BetweenRegencies);
        QCOMPARE(d.derive({1, QStringLiteral("Kabupaten Bungo")}, {2, QStringLiteral("Kota Pekanbaru")}),
                 TransferKind::BetweenProvinces);
    }

    void settingText() {
        const auto map = TransferKindDeriver::parseRegionProvinces(
            QStringLiteral(" Kota Pekanbaru = Provinsi Riau ;;Kabupaten Kampar=Provinsi Riau;rusak;X="));
        QCOMPARE(map.size(), 2);
        QCOMPARE(map.value(QStringLiteral("Kota Pekanbaru")), QStringLiteral("Provinsi Riau"));
    }

    void placesFromTheDatabase() {
        test::TransferScenario s;
        // A school's agency is its top-level ancestor; its region its own.
        QCOMPARE(TransferKindDeriver::placeOf(s.db, s.sd1),
                 (UnitPlace{s.disdikBungo, QStringLiteral("Kabupaten Bungo")}));
        QCOMPARE(TransferKindDeriver::placeOf(s.db, s.disdikBungo).agencyId, s.disdikBungo);
        QCOMPARE(TransferKindDeriver::placeOf(s.db, 9999).agencyId, 0);
        const TransferKindDeriver d = TransferKindDeriver::fromDatabase(s.db);
        const auto kind = [&](qint64 a, qint64 b) {
            return d.derive(TransferKindDeriver::placeOf(s.db, a), TransferKindDeriver::placeOf(s.db, b));
        };
        QCOMPARE(kind(s.sd1, s.sd2), TransferKind::WithinAgency);
        QCOMPARE(kind(s.sd1, s.bkdBungo), TransferKind::BetweenAgencies);
        QCOMPARE(kind(s.sd1, s.sd3), TransferKind::BetweenRegencies);
        QCOMPARE(kind(s.sd1, s.pekanbaru), TransferKind::BetweenProvinces);
        QCOMPARE(kind(s.sd1, s.pusat), TransferKind::CentralRegional);
    }

    void signerAndPertek_data() {
        QTest::addColumn<TransferKind>("kind");
        QTest::addColumn<bool>("pertek");
        QTest::addColumn<QString>("signerPart");
        QTest::newRow("within") << TransferKind::WithinAgency << false << QStringLiteral("PPK");
        QTest::newRow("between agencies") << TransferKind::BetweenAgencies << false << QStringLiteral("PPK");
        QTest::newRow("between kabupaten")
            << TransferKind::BetweenRegencies << true << QStringLiteral("Gubernur");
        QTest::newRow("between provinces")
            << TransferKind::BetweenProvinces << true << QStringLiteral("Dalam Negeri");
        QTest::newRow("central") << TransferKind::CentralRegional << true << QStringLiteral("BKN");
    }

    void signerAndPertek() {
        QFETCH(TransferKind, kind);
        QFETCH(bool, pertek);
        QFETCH(QString, signerPart);
        QCOMPARE(transfercodes::needsPertek(kind), pertek);
        QVERIFY2(transfercodes::signer(kind).contains(signerPart), qPrintable(transfercodes::signer(kind)));
    }

    void codesRoundTrip() {
        for (TransferKind k : transfercodes::allKinds())
            QCOMPARE(transfercodes::kindFromText(transfercodes::toCode(k)), k);
        for (TransferStatus st : transfercodes::allStatuses()) {
            QCOMPARE(transfercodes::statusFromText(transfercodes::toCode(st)), st);
            QCOMPARE(transfercodes::statusFromText(transfercodes::displayName(st)), st);
        }
        QCOMPARE(transfercodes::statusFromText(QStringLiteral("sk terbit")), TransferStatus::DecreeIssued);
        QCOMPARE(transfercodes::statusFromText(QStringLiteral("Decree issued")),
                 TransferStatus::DecreeIssued);
        QCOMPARE(transfercodes::reasonFromText(QStringLiteral("permintaan_sendiri")),
                 TransferReason::OwnRequest);
        QVERIFY(!transfercodes::statusFromText(QStringLiteral("selesai-ish")));
    }
};

QTEST_GUILESS_MAIN(TestTransferKind)
#include "tst_transferkind.moc"
