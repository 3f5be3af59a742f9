#include "competence/competencerepository.h"
#include "exchange/officekeys.h"
#include "exchange/packagefile.h"
#include "exchange/packageheader.h"
#include "exchange/packageimporter.h"
#include "exchange/payloadcodec.h"
#include "exchangetestdata.h"
#include "records/employeerepository.h"
#include "records/rankhistoryrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace imbang;
using namespace imbang::exchange;

// The .imbang file itself: header, hash, signature, versions, limits, and every kind of damaged or
// crafted file. A bad file must give a clear message, never a crash, and never change the database.
class TestPackageFormat : public QObject {
    Q_OBJECT

    OfficeKeys m_keys = OfficeKeys::generate();
    packagefile::Sender m_sender{QUuid::createUuid(), QStringLiteral("BKD Kabupaten Bungo"),
                                 QStringLiteral("Kabupaten Bungo")};

    PackagePayload samplePayload() const {
        PackagePayload p;
        p.info.senderOffice = m_sender.officeId.toString(QUuid::WithoutBraces).toStdString();
        p.info.senderName = m_sender.name.toStdString();
        p.info.scope = "all";
        UnitRecord u;
        u.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        u.code = "05";
        u.name = "Dinas Pendidikan dan Kebudayaan — Muara Bungo";
        u.kind = "OPD";
        u.hasLatitude = true;
        u.latitude = -1.4852317;
        u.hasLongitude = true;
        u.longitude = 102.1234567891;
        u.modifiedAt = "2026-01-02T03:04:05.678Z";
        p.units.push_back(u);
        PositionRecord pos;
        pos.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        pos.name = "Guru Ahli Muda";
        pos.kind = "FUNGSIONAL";
        pos.level = "AHLI_MUDA";
        pos.teacher = true;
        pos.modifiedAt = u.modifiedAt;
        p.positions.push_back(pos);
        for (int i = 0; i < 4; ++i) {
            EmployeeRecord e;
            e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            e.nip = "19791026200309100" + std::to_string(i + 1);
            e.name = "Pegawai \"Satu\" \\ Dua\tTiga " + std::to_string(i);
            e.gender = "L";
            e.status = "PNS";
            e.rankCode = 32;
            e.unitUuid = u.uuid;
            e.positionUuid = pos.uuid;
            e.modifiedAt = u.modifiedAt;
            p.employees.push_back(e);
        }
        TombstoneRecord t{QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(), "employee",
                          "2026-02-01T00:00:00.000Z", ""};
        p.tombstones.push_back(t);
        return p;
    }

    QByteArray archiveText(const PackagePayload &payload) const {
        const payloadcodec::Encoded e = payloadcodec::encode(payload);
        auto text = payloadcodec::inflate(e.compressed, e.inflatedSize, {});
        if (!text)
            qFatal("inflate failed");
        return text.value();
    }

    QByteArray packageFromText(const QByteArray &text) const {
        return packagefile::buildRaw(qCompress(text).mid(4), quint64(text.size()), m_sender, m_keys,
                                     QDateTime::currentDateTimeUtc());
    }

    QByteArray samplePackage() const {
        return packagefile::build(samplePayload(), m_sender, m_keys, QDateTime::currentDateTimeUtc()).value();
    }

    // An office that receives packages, with its own key.
    OfficeKeys m_receiverKeys = OfficeKeys::generate();
    packagefile::Recipient m_recipient{QUuid::createUuid(), QStringLiteral("BKD Kota Jambi"), m_receiverKeys.publicKey()};
    packagefile::Reader receiver() const { return {m_recipient.officeId, m_recipient.name, &m_receiverKeys}; }

    QByteArray encryptedPackage() const {
        PackagePayload payload = samplePayload();
        payload.info.recipientOffice = m_recipient.officeId.toString(QUuid::WithoutBraces).toStdString();
        payload.info.recipientName = m_recipient.name.toStdString();
        return packagefile::build(payload, m_sender, m_keys, QDateTime::currentDateTimeUtc(), m_recipient).value();
    }

    static QString verifyError(const QByteArray &bytes, const PayloadLimits &limits = {}) {
        auto r = packagefile::verify(bytes, limits);
        return r ? QString() : r.error();
    }

    static QString parseError(const QByteArray &text, const PayloadLimits &limits = {}) {
        auto r = payloadcodec::parse(text, limits);
        return r ? QString() : r.error();
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void headerRoundTrip() {
        const QByteArray bytes = samplePackage();
        auto header = PackageHeader::decode(bytes, bytes.size());
        QVERIFY2(header, qPrintable(header.error()));
        QCOMPARE(header->formatVersion, packageformat::currentVersion);
        QCOMPARE(header->senderOffice, m_sender.officeId);
        QCOMPARE(header->senderName, m_sender.name);
        QCOMPARE(header->senderRegion, m_sender.region);
        QCOMPARE(header->publicKey, m_keys.publicKey());
        QCOMPARE(header->requiredAppVersion, packageformat::appVersionFor(packageformat::currentVersion));
        QCOMPARE(qsizetype(header->payloadSize), bytes.size() - packageformat::headerSizeV2);
        QVERIFY(!header->encrypted());
        QVERIFY(header->recipientOffice.isNull());
        QVERIFY(packagefile::verify(bytes));
    }

    void longOfficeNameIsCutAtACharacter() {
        packagefile::Sender sender = m_sender;
        sender.name = QString(60, QChar(0x00E9)); // 120 bytes of UTF-8, more than the 96 the header holds
        const QByteArray bytes =
            packagefile::build(samplePayload(), sender, m_keys, QDateTime::currentDateTimeUtc()).value();
        auto verified = packagefile::verify(bytes);
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified->header.senderName, QString(48, QChar(0x00E9)));
    }

    void payloadRoundTripKeepsEveryField() {
        const PackagePayload payload = samplePayload();
        const payloadcodec::Encoded encoded = payloadcodec::encode(payload);
        auto decoded = payloadcodec::decode(encoded.compressed, encoded.inflatedSize);
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->units.size(), std::size_t(1));
        QCOMPARE(decoded->units.front().latitude, -1.4852317);
        QCOMPARE(decoded->units.front().longitude, 102.1234567891);
        QCOMPARE(decoded->units.front().name, payload.units.front().name);
        QCOMPARE(decoded->employees.size(), std::size_t(4));
        QCOMPARE(decoded->employees.back().name, payload.employees.back().name);
        QCOMPARE(decoded->tombstones.front().uuid, payload.tombstones.front().uuid);
        QCOMPARE(archiveText(decoded.value()), archiveText(payload));
        // A text archive, so that a Windows and a Linux build read each other's packages.
        QVERIFY(archiveText(payload).startsWith("22 serialization::archive "));
    }

    void notAPackage_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArrayLiteral("Laporan bulanan pegawai\n");
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(4000, 'x');
        QTest::newRow("almost the magic") << QByteArrayLiteral("IMBANGPX") + QByteArray(500, '\0');
    }

    void notAPackage() {
        QFETCH(QByteArray, bytes);
        QVERIFY(verifyError(bytes).contains(QStringLiteral("bukan paket pertukaran Imbang")));
    }

    void truncatedFile() {
        const QByteArray bytes = samplePackage();
        for (qsizetype size : {qsizetype(10), qsizetype(27), qsizetype(200), qsizetype(packageformat::headerSizeV2),
                               qsizetype(packageformat::headerSizeV2 + 5), bytes.size() - 1}) {
            const QString error = verifyError(bytes.left(size));
            QVERIFY2(error.contains(QStringLiteral("terpotong")), qPrintable(QString::number(size) + error));
        }
    }

    void extraBytes() {
        QVERIFY(verifyError(samplePackage() + "x").contains(QStringLiteral("byte tambahan")));
    }

    void tamperedPayloadByte() {
        QByteArray bytes = samplePackage();
        bytes[bytes.size() / 2 + packageformat::headerSizeV2 / 2] ^= 0x01;
        QVERIFY(verifyError(bytes).contains(QStringLiteral("tidak cocok dengan hash")));
    }

    void tamperedHeaderByte() {
        QByteArray bytes = samplePackage();
        bytes[70] = 'X'; // in the sender's name
        QVERIFY(verifyError(bytes).contains(QStringLiteral("tanda tangan")));
    }

    void everyFlippedByteIsRefused() {
        const QByteArray original = samplePackage();
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray bytes = original;
            bytes[i] ^= 0x20;
            QVERIFY2(!packagefile::verify(bytes), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
        }
    }

    void wrongKey() {
        // Signed by one key, but the header names another.
        QByteArray bytes = samplePackage();
        const OfficeKeys other = OfficeKeys::generate();
        bytes.replace(228, OfficeKeys::publicKeySize, other.publicKey());
        QVERIFY(verifyError(bytes).contains(QStringLiteral("tanda tangan")));
        // Header and signature of the other key, payload hash intact: valid, but a different signer
        // than the office's known key (see TestPackageExchange for the trust side).
        const QByteArray theirs =
            packagefile::build(samplePayload(), m_sender, other, QDateTime::currentDateTimeUtc()).value();
        auto verified = packagefile::verify(theirs);
        QVERIFY(verified);
        QVERIFY(verified->header.publicKey != m_keys.publicKey());
    }

    void newerFormatVersionNamesTheVersionNeeded() {
        const QByteArray text = archiveText(samplePayload());
        const QByteArray bytes = packagefile::buildRaw(qCompress(text).mid(4), quint64(text.size()), m_sender, m_keys,
                                                       QDateTime::currentDateTimeUtc(), packageformat::currentVersion + 1);
        const QString error = verifyError(bytes);
        QVERIFY2(error.contains(QStringLiteral("Imbang 9.9.9")), qPrintable(error));
        QVERIFY(error.contains(QString::number(packageformat::currentVersion + 1)));
    }

    void newerClassVersionIsRefused() {
        QByteArray text = archiveText(samplePayload());
        // "22 serialization::archive 18 0 1 ...": tracking and version of PackagePayload.
        const qsizetype at = text.indexOf(" 0 1 ");
        QVERIFY(at > 0);
        text.replace(at, 5, " 0 7 ");
        const QString error = parseError(text);
        QVERIFY2(error.contains(QStringLiteral("Imbang yang lebih baru")), qPrintable(error));
    }

    void oversizedCounts() {
        const QByteArray text = archiveText(samplePayload());
        // The limit on records per section.
        PayloadLimits small;
        small.maxRecordsPerSection = 3;
        QVERIFY(parseError(text, small).contains(QStringLiteral("lebih besar")));
        // A count of a trillion employees with four behind it: refused at once, nothing reserved.
        QByteArray crafted = text;
        const qsizetype at = crafted.indexOf(" 4 0 1 36 ");
        QVERIFY(at > 0);
        crafted.replace(at, 10, " 1000000000000 0 1 36 ");
        QVERIFY(parseError(crafted).contains(QStringLiteral("lebih besar")));
        // Four records claimed, five present: the fifth is read as the next section and fails.
        crafted = text;
        crafted.replace(at, 10, " 900 0 1 36 ");
        QVERIFY(!parseError(crafted).isEmpty());
    }

    void oversizedText() {
        QByteArray text = archiveText(samplePayload());
        const qsizetype at = text.indexOf(" 36 ");
        QVERIFY(at > 0);
        QByteArray crafted = text;
        crafted.replace(at, 4, " 999999999999 ");
        QVERIFY(parseError(crafted).contains(QStringLiteral("lebih besar")));
        crafted = text;
        crafted.replace(at, 4, " 1000 "); // longer than what is left
        QVERIFY(!parseError(crafted.left(at + 500)).isEmpty());
    }

    void inflatedSizeMustMatch() {
        const QByteArray text = archiveText(samplePayload());
        const QByteArray compressed = qCompress(text).mid(4);
        for (quint64 declared : {quint64(text.size()) - 1, quint64(text.size()) + 1000}) {
            auto r = payloadcodec::decode(compressed, declared);
            QVERIFY(!r);
            QVERIFY(r.error().contains(QStringLiteral("tidak dapat dibaca")));
        }
    }

    void zipBombIsStoppedByTheLimit() {
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const QByteArray compressed = qCompress(zeros, 9).mid(4);
        QVERIFY(compressed.size() < 200 * 1024);
        PayloadLimits limits;
        limits.maxInflatedBytes = 8 * 1024 * 1024;
        auto r = payloadcodec::decode(compressed, quint64(zeros.size()), limits);
        QVERIFY(!r);
        QVERIFY(r.error().contains(QStringLiteral("lebih besar")));
        // The header already says it: refused before reading the payload.
        const QByteArray bytes =
            packagefile::buildRaw(compressed, quint64(zeros.size()), m_sender, m_keys, QDateTime::currentDateTimeUtc());
        QVERIFY(verifyError(bytes, limits).contains(QStringLiteral("lebih besar")));
        // And a header that understates it: inflating stops at the declared size.
        auto lying = payloadcodec::decode(compressed, 1000, limits);
        QVERIFY(!lying);
    }

    void garbageIsNeverParsedIntoACrash() {
        QRandomGenerator rng(42);
        const QByteArray text = archiveText(samplePayload());
        for (int round = 0; round < 300; ++round) {
            QByteArray mutated = text;
            const int changes = 1 + int(rng.bounded(8));
            for (int c = 0; c < changes; ++c)
                mutated[qsizetype(rng.bounded(quint32(mutated.size())))] = char(rng.bounded(256));
            (void)payloadcodec::parse(mutated, {}); // must return, with or without an error
            (void)payloadcodec::decode(qCompress(mutated).mid(4 + round % 7), quint64(mutated.size()), {});
        }
        QVERIFY(!parseError("22 serialization::archive 18 not numbers at all").isEmpty());
        QVERIFY(!parseError(QByteArray()).isEmpty());
    }

    void craftedSignedPackageLeavesDatabaseUntouched_data() {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("gender") << QByteArray("gender") << QByteArray("X");
        QTest::newRow("date") << QByteArray("birthDate") << QByteArray("1979-02-30");
        QTest::newRow("nip") << QByteArray("nip") << QByteArray("12345abc");
        QTest::newRow("uuid") << QByteArray("uuid") << QByteArray("not-a-uuid");
        QTest::newRow("unit reference") << QByteArray("unitUuid") << QByteArray("123");
    }

    void craftedSignedPackageLeavesDatabaseUntouched() {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        PackagePayload payload = samplePayload();
        EmployeeRecord &e = payload.employees.back();
        if (field == "gender")
            e.gender = value.toStdString();
        else if (field == "birthDate")
            e.birthDate = value.toStdString();
        else if (field == "nip")
            e.nip = value.toStdString();
        else if (field == "uuid")
            e.uuid = value.toStdString();
        else
            e.unitUuid = value.toStdString();
        test::Office office(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(office.db());
        const auto before = test::content(office.db());
        const QString path = office.file(QStringLiteral("crafted.imbang"));
        QVERIFY(packagefile::write(path, packagefile::build(payload, m_sender, m_keys, QDateTime::currentDateTimeUtc()).value()));
        PackageImporter importer;
        QVERIFY(importer.open(path, office.db()));
        auto result = importer.apply(office.db(), Resolutions(), true);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("tidak sah")), qPrintable(result.error()));
        QCOMPARE(test::content(office.db()), before);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM exchange_office")), 0);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM audit_entry")), 0);
    }

    void unitCycleIsRefused() {
        PackagePayload payload = samplePayload();
        UnitRecord second = payload.units.front();
        second.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        second.code = "06";
        second.parentUuid = payload.units.front().uuid;
        payload.units.front().parentUuid = second.uuid;
        payload.units.push_back(second);
        test::Office office(QStringLiteral("BKD Kota Jambi"));
        const QString path = office.file(QStringLiteral("cycle.imbang"));
        QVERIFY(packagefile::write(path, packagefile::build(payload, m_sender, m_keys, QDateTime::currentDateTimeUtc()).value()));
        PackageImporter importer;
        QVERIFY(importer.open(path, office.db()));
        auto result = importer.apply(office.db(), Resolutions(), true);
        QVERIFY(!result);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM unit")), 0);
    }

    void addressedPackageOpensForItsRecipient() {
        const QByteArray bytes = encryptedPackage();
        auto header = PackageHeader::decode(bytes, bytes.size());
        QVERIFY2(header, qPrintable(header.error()));
        // The header stays readable: who sent it, and for whom.
        QVERIFY(header->encrypted());
        QCOMPARE(header->recipientOffice, m_recipient.officeId);
        QCOMPARE(header->recipientName, m_recipient.name);
        QCOMPARE(header->senderName, m_sender.name);
        // The stored payload is not the compressed archive: nothing of it can be read without the key.
        const payloadcodec::Encoded plain = payloadcodec::encode(samplePayload());
        QCOMPARE(qsizetype(header->payloadSize), bytes.size() - packageformat::headerSizeV2);
        QVERIFY(!bytes.contains(plain.compressed.left(64)));
        QVERIFY(!payloadcodec::inflate(bytes.mid(packageformat::headerSizeV2), header->inflatedSize, {}));

        const packagefile::Reader reader = receiver();
        auto verified = packagefile::verify(bytes, {}, &reader);
        QVERIFY2(verified, qPrintable(verified.error()));
        auto payload = payloadcodec::decode(verified->payload, verified->header.inflatedSize);
        QVERIFY2(payload, qPrintable(payload.error()));
        QCOMPARE(payload->employees.size(), std::size_t(4));
        QCOMPARE(payload->employees.back().name, samplePayload().employees.back().name);
    }

    void addressedPackageIsRefusedByAnotherOffice() {
        const QByteArray bytes = encryptedPackage();
        const OfficeKeys tebo = OfficeKeys::generate();
        const packagefile::Reader other{QUuid::createUuid(), QStringLiteral("BKD Kabupaten Tebo"), &tebo};
        auto verified = packagefile::verify(bytes, {}, &other);
        QVERIFY(!verified);
        QVERIFY2(verified.error().contains(QStringLiteral("dienkripsi untuk kantor BKD Kota Jambi, bukan untuk kantor "
                                                          "ini (BKD Kabupaten Tebo)")),
                 qPrintable(verified.error()));
        // Without any reader (e.g. a tool that only checks files) it is refused the same way.
        QVERIFY(!packagefile::verify(bytes));
        // Another office that rewrites the recipient in the header to its own id still cannot open it,
        // and the signature would not cover the changed header anyway.
        QByteArray retargeted = bytes;
        retargeted.replace(308, 16, other.officeId.toRfc4122());
        auto stolen = packagefile::verify(retargeted, {}, &other);
        QVERIFY(!stolen);
        QVERIFY2(stolen.error().contains(QStringLiteral("tidak dapat didekripsi")), qPrintable(stolen.error()));
        // The right office id but another key (e.g. a database that made a new key) cannot open it either.
        const packagefile::Reader wrongKey{m_recipient.officeId, m_recipient.name, &tebo};
        QVERIFY(packagefile::verify(bytes, {}, &wrongKey).error().contains(QStringLiteral("tidak dapat didekripsi")));
    }

    void tamperedCiphertextIsRefused() {
        const QByteArray original = encryptedPackage();
        const packagefile::Reader reader = receiver();
        for (qsizetype i : {qsizetype(packageformat::headerSizeV2), qsizetype(packageformat::headerSizeV2 + 40),
                            original.size() / 2, original.size() - 1}) {
            QByteArray bytes = original;
            bytes[i] ^= 0x01;
            auto verified = packagefile::verify(bytes, {}, &reader);
            QVERIFY2(!verified, qPrintable(QString::number(i)));
            QVERIFY2(verified.error().contains(QStringLiteral("tidak dapat didekripsi")), qPrintable(verified.error()));
        }
        // Every byte of the header as well: the recipient, the encryption flag and the hash are signed.
        for (qsizetype i = 0; i < packageformat::headerSizeV2; ++i) {
            QByteArray bytes = original;
            bytes[i] ^= 0x20;
            QVERIFY2(!packagefile::verify(bytes, {}, &reader), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
        }
    }

    void theSignatureCoversTheRecipient() {
        // A package for anyone, made into one "for" an office by changing the header: the signature fails.
        QByteArray bytes = samplePackage();
        bytes.replace(308, 16, m_recipient.officeId.toRfc4122());
        QVERIFY(verifyError(bytes).contains(QStringLiteral("tanda tangan")));
    }

    // A package written by the first format version: every later Imbang must keep reading it.
    void formatVersion1FixtureIsRead() {
        const QString path = test::dataPath(QStringLiteral("exchange/format-v1.imbang"));
        auto verified = packagefile::read(path);
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified->header.formatVersion, quint16(1));
        QCOMPARE(verified->header.senderName, QStringLiteral("BKD Provinsi Jambi (contoh)"));

        test::Office office(QStringLiteral("BKD Kota Jambi"));
        PackageImporter importer;
        QVERIFY(importer.open(path, office.db()));
        auto result = importer.apply(office.db(), Resolutions(), true);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM unit")), 4);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM position")), 2);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM employee")), 3);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM staffing_need")), 2);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM exchange_tombstone")), 1);
        const auto budi = EmployeeRepository(office.db()).byNip(QStringLiteral("197910262003091001"));
        QVERIFY(budi);
        QCOMPARE(budi->name, QStringLiteral("Budi Santoso"));
        QCOMPARE(budi->rank.text(), QStringLiteral("III/b"));
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM unit u JOIN unit p ON p.id = u.parent_id "
                                                         "WHERE u.code = '01.01' AND p.code = '01'")),
                 1);
    }

    // The package of format 2 (recipient in the header, an employee's own records): read by every later
    // version. It was made for anyone, so it is not encrypted.
    void formatVersion2FixtureIsRead() {
        const QString path = test::dataPath(QStringLiteral("exchange/format-v2.imbang"));
        auto verified = packagefile::read(path);
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified->header.formatVersion, quint16(2));
        QVERIFY(!verified->header.encrypted());
        test::Office office(QStringLiteral("BKD Kota Jambi"));
        PackageImporter importer;
        QVERIFY(importer.open(path, office.db()));
        auto result = importer.apply(office.db(), Resolutions(), true);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM employee")), 3);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM rank_history WHERE rank_code = 32 "
                                                         "AND tmt = '2019-04-01'")),
                 1);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM performance_rating WHERE year = 2025 "
                                                         "AND predicate = 'SB'")),
                 1);
        QCOMPARE(test::count(office.db(), QStringLiteral("SELECT count(*) FROM competence WHERE name = "
                                                         "'Sertifikat Pendidik' AND subject = 'IPA'")),
                 1);
    }

    // Run with IMBANG_WRITE_EXCHANGE_FIXTURE=1 to make the fixture of the current format version, once,
    // when a new version is introduced; the fixtures of older versions stay as they were written.
    void writeFixture() {
        if (qEnvironmentVariableIsEmpty("IMBANG_WRITE_EXCHANGE_FIXTURE"))
            QSKIP("only when IMBANG_WRITE_EXCHANGE_FIXTURE is set");
        test::Office office(QStringLiteral("BKD Provinsi Jambi (contoh)"));
        const test::SampleIds ids = test::fillSample(office.db());
        QSqlQuery q(office.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM employee WHERE nip = '199204202019032003'")));
        // Format 2 carries an employee's own records as well.
        RankHistoryEntry rank;
        rank.employeeId = ids.budi;
        rank.rank = *Rank::fromCode(32);
        rank.tmt = QDate(2019, 4, 1);
        rank.source = RankHistoryRepository::sourcePromotion();
        QVERIFY(RankHistoryRepository(office.db()).append(rank));
        PerformanceRating rating;
        rating.employeeId = ids.budi;
        rating.year = 2025;
        rating.predicate = PerformancePredicate::VeryGood;
        QVERIFY(CompetenceRepository(office.db()).putRating(rating));
        Competence certificate;
        certificate.name = QStringLiteral("Sertifikat Pendidik");
        certificate.subject = QStringLiteral("IPA");
        certificate.year = 2012;
        QVERIFY(CompetenceRepository(office.db()).replaceCompetences(ids.budi, {certificate}));
        test::exportPackage(office.db(), test::dataPath(QStringLiteral("exchange/format-v%1.imbang")
                                                            .arg(packageformat::currentVersion)));
    }
};

QTEST_GUILESS_MAIN(TestPackageFormat)
#include "tst_packageformat.moc"
