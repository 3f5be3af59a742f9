#include "packagefile.h"

#include "exchange/officekeys.h"
#include "exchange/payloadcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace imbang::exchange::packagefile {

QByteArray sha256(const QByteArray &bytes) {
    initSodium();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    return digest;
}

Expected<VerifiedPackage> verify(const QByteArray &fileBytes, const PayloadLimits &limits, const Reader *reader) {
    using R = Expected<VerifiedPackage>;
    if (quint64(fileBytes.size()) > limits.maxFileBytes)
        return R::failure(QCoreApplication::translate(
            "Exchange", "The package is larger than Imbang accepts. It was not imported."));
    auto header = PackageHeader::decode(fileBytes, fileBytes.size());
    if (!header)
        return R::failure(header.error());
    if (header->inflatedSize > limits.maxInflatedBytes)
        return R::failure(QCoreApplication::translate(
            "Exchange", "The package is larger than Imbang accepts. It was not imported."));
    VerifiedPackage package;
    package.header = std::move(header).value();
    const int headerSize = package.header.size();
    if (package.header.encrypted()) {
        // The recipient is read from the header before the signature is checked: it only decides
        // which message to show; the signature checked below covers it.
        if (!reader || reader->officeId != package.header.recipientOffice)
            return R::failure(
                QCoreApplication::translate(
                    "Exchange", "This package is encrypted for the office %1, not for this office (%2). Only that "
                                "office can open it. Ask %3 to make a package for this office.")
                    .arg(package.header.recipientName, reader ? reader->officeName : QString(),
                         package.header.senderName));
        if (!reader->keys)
            return R::failure(QCoreApplication::translate(
                "Exchange", "This package is encrypted for this office, but this database has no office key to "
                            "open it. Open the database the office uses for exchange packages."));
        // Decrypt, then verify: the sealed box's tag refuses any changed byte before the plaintext is
        // hashed, and the signature over that hash is checked before anything is parsed.
        if (!reader->keys->openSealed(fileBytes.mid(headerSize), package.payload))
            return R::failure(QCoreApplication::translate(
                "Exchange", "The package cannot be decrypted with this office's key: it was changed or damaged on "
                            "the way, or it was encrypted with an older key of this office. It was not imported. "
                            "Ask the sending office to send it again."));
    } else {
        package.payload = fileBytes.mid(headerSize);
    }
    if (sha256(package.payload) != package.header.contentHash)
        return R::failure(QCoreApplication::translate(
            "Exchange", "The package is damaged: its contents do not match its content hash. It was changed or "
                        "damaged on the way. Ask the sending office to send it again."));
    // The signature covers the header bytes exactly as stored, not a re-encoding of what was decoded.
    const QByteArray signedBytes = fileBytes.left(headerSize - OfficeKeys::signatureSize);
    if (!OfficeKeys::verify(signedBytes, package.header.signature, package.header.publicKey))
        return R::failure(QCoreApplication::translate(
            "Exchange", "The package's signature is not valid: it was changed after %1 signed it, or it was not "
                        "signed by that office. It was not imported. Ask the sending office to send it again.")
                              .arg(package.header.senderName));
    return package;
}

Expected<VerifiedPackage> read(const QString &path, const PayloadLimits &limits, const Reader *reader) {
    using R = Expected<VerifiedPackage>;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return R::failure(QCoreApplication::translate("Exchange", "The file %1 does not exist.")
                              .arg(QDir::toNativeSeparators(path)));
    if (quint64(info.size()) > limits.maxFileBytes)
        return R::failure(QCoreApplication::translate(
            "Exchange", "The package is larger than Imbang accepts. It was not imported."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("Exchange", "The file %1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return verify(file.readAll(), limits, reader);
}

Expected<QByteArray> build(const PackagePayload &payload, const Sender &sender, const OfficeKeys &keys,
                           const QDateTime &createdAt, const Recipient &recipient) {
    if (!recipient.publicKey.isEmpty() && OfficeKeys::seal(QByteArray(), recipient.publicKey).isEmpty())
        return Expected<QByteArray>::failure(
            QCoreApplication::translate("Exchange", "The key of the office %1 cannot be used for encryption. Import "
                                                    "a new package from that office and try again.")
                .arg(recipient.name));
    const payloadcodec::Encoded encoded = payloadcodec::encode(payload);
    return buildRaw(encoded.compressed, encoded.inflatedSize, sender, keys, createdAt, packageformat::currentVersion,
                    recipient);
}

QByteArray buildRaw(const QByteArray &compressedPayload, quint64 inflatedSize, const Sender &sender,
                    const OfficeKeys &keys, const QDateTime &createdAt, quint16 formatVersion,
                    const Recipient &recipient) {
    PackageHeader header;
    header.formatVersion = formatVersion;
    header.requiredAppVersion = packageformat::appVersionFor(formatVersion);
    if (header.requiredAppVersion.isEmpty())
        header.requiredAppVersion = QStringLiteral("9.9.9");
    header.writerAppVersion = QStringLiteral(IMBANG_VERSION);
    header.senderOffice = sender.officeId;
    header.createdAt = createdAt.toUTC();
    header.senderName = sender.name;
    header.senderRegion = sender.region;
    header.publicKey = keys.publicKey();
    header.inflatedSize = inflatedSize;
    header.contentHash = sha256(compressedPayload);
    QByteArray stored = compressedPayload;
    if (formatVersion >= 2) {
        header.recipientOffice = recipient.officeId;
        header.recipientName = recipient.name;
        if (!recipient.officeId.isNull() && !recipient.publicKey.isEmpty()) {
            header.encryption = packageformat::SealedBox;
            stored = OfficeKeys::seal(compressedPayload, recipient.publicKey);
        }
    }
    header.payloadSize = quint64(stored.size());
    header.signature = keys.sign(header.signedPart());
    return header.encode() + stored;
}

Status write(const QString &path, const QByteArray &fileBytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fileBytes) != fileBytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("Exchange", "The package %1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace imbang::exchange::packagefile
