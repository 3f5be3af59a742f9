#include "exchange/officedirectory.h"
#include "exchange/officekeys.h"
#include "storage/officeinfo.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace imbang;
using namespace imbang::exchange;

// The office key pair and the list of known offices: fingerprints, lookup, trust and key changes.
class TestOfficeDirectory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::installIndonesian(); }

    void keyIsMadeOnceAndSigns() {
        test::TempDatabase temp;
        auto first = OfficeKeys::loadOrCreate(temp.db->connection());
        QVERIFY2(first, qPrintable(first.error()));
        auto again = OfficeKeys::loadOrCreate(temp.db->connection());
        QVERIFY(again);
        QCOMPARE(again->publicKey(), first->publicKey());
        const QByteArray message("paket");
        const QByteArray signature = first->sign(message);
        QCOMPARE(signature.size(), OfficeKeys::signatureSize);
        QVERIFY(OfficeKeys::verify(message, signature, first->publicKey()));
        QVERIFY(!OfficeKeys::verify(QByteArray("paket!"), signature, first->publicKey()));
        QVERIFY(!OfficeKeys::verify(message, signature, OfficeKeys::generate().publicKey()));
    }

    void fingerprintIsShortAndReadable() {
        const QString fp = OfficeKeys::generate().fingerprint();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")).match(fp).hasMatch(),
                 qPrintable(fp));
        QVERIFY(OfficeKeys::generate().fingerprint() != fp);
        const QByteArray key(32, 'k');
        QCOMPARE(OfficeKeys::fingerprintOf(key), OfficeKeys::fingerprintOf(key));
    }

    void rememberFindAndTrust() {
        test::TempDatabase temp;
        OfficeDirectory dir(temp.db->connection());
        const QUuid bungo = QUuid::fromString(QStringLiteral("5a1f0c3e-1111-4aaa-8bbb-000000000001"));
        const QUuid tebo = QUuid::fromString(QStringLiteral("5a1f0c3e-2222-4aaa-8bbb-000000000002"));
        const OfficeKeys bungoKey = OfficeKeys::generate();
        auto id = dir.remember(bungo, QStringLiteral("BKPSDM Kabupaten Bungo"), QStringLiteral("Kabupaten Bungo"),
                               bungoKey.publicKey());
        QVERIFY(id);
        QVERIFY(dir.remember(tebo, QStringLiteral("BKPSDM Kabupaten Tebo"), QString(), OfficeKeys::generate().publicKey()));
        QCOMPARE(dir.statusOf(bungo, bungoKey.publicKey()), SignerStatus::Unknown);
        QVERIFY(dir.setTrusted(id.value(), true));
        QCOMPARE(dir.statusOf(bungo, bungoKey.publicKey()), SignerStatus::Trusted);

        QCOMPARE(dir.find(QStringLiteral("bkpsdm kabupaten bungo"))->officeId, bungo);
        QCOMPARE(dir.find(bungo.toString(QUuid::WithoutBraces))->officeId, bungo);
        QCOMPARE(dir.find(bungoKey.fingerprint().toLower().remove(QLatin1Char('-')))->officeId, bungo);
        QCOMPARE(dir.find(QStringLiteral("5a1f0c3e-2222"))->officeId, tebo);
        auto ambiguous = dir.find(QStringLiteral("5a1f0c3e"));
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().contains(QStringLiteral("2 kantor")));
        QVERIFY(!dir.find(QStringLiteral("BKD Kerinci")));

        // A new key for a known office clears the trust.
        const OfficeKeys newKey = OfficeKeys::generate();
        QCOMPARE(dir.statusOf(bungo, newKey.publicKey()), SignerStatus::KeyChanged);
        QVERIFY(dir.remember(bungo, QStringLiteral("BKPSDM Kabupaten Bungo"), QString(), newKey.publicKey()));
        QVERIFY(!dir.byOfficeId(bungo)->trusted);
        QCOMPARE(dir.statusOf(bungo, newKey.publicKey()), SignerStatus::Unknown);
    }

    void ownOfficeAndImpostor() {
        test::TempDatabase temp;
        OfficeInfo own;
        own.name = QStringLiteral("BKD Provinsi Jambi");
        QVERIFY(own.save(temp.db->connection()));
        auto keys = OfficeKeys::loadOrCreate(temp.db->connection());
        QVERIFY(keys);
        OfficeDirectory dir(temp.db->connection());
        QCOMPARE(dir.statusOf(own.id, keys->publicKey()), SignerStatus::Own);
        QCOMPARE(dir.statusOf(own.id, OfficeKeys::generate().publicKey()), SignerStatus::Impostor);
    }
};

QTEST_GUILESS_MAIN(TestOfficeDirectory)
#include "tst_officedirectory.moc"
