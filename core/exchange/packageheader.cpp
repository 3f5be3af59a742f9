#include "packageheader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace imbang::exchange {
namespace {

constexpr int versionTextSize = 16;
constexpr int hashSize = 32;
constexpr int keySize = 32;
constexpr int signatureSize = 64;

void putU16(QByteArray &out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void putU64(QByteArray &out, quint64 v) {
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

// UTF-8, cut at a character boundary so that it fits, then NUL-padded.
void putText(QByteArray &out, const QString &text, int size) {
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > size) {
        int end = size;
        while (end > 0 && (quint8(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        utf8.truncate(end);
    }
    out.append(utf8);
    out.append(QByteArray(size - utf8.size(), '\0'));
}

void putFixed(QByteArray &out, const QByteArray &bytes, int size) {
    out.append(bytes.left(size));
    if (bytes.size() < size)
        out.append(QByteArray(size - bytes.size(), '\0'));
}

quint16 getU16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint64 getU64(const char *p) { return qFromLittleEndian<quint64>(p); }

QString getText(const char *p, int size) {
    int length = 0;
    while (length < size && p[length] != '\0')
        ++length;
    return QString::fromUtf8(p, length);
}

} // namespace

QString packageformat::appVersionFor(quint16 formatVersion) {
    switch (formatVersion) {
    case 1:
        return QStringLiteral("0.2.0");
    case 2:
        return QStringLiteral("0.2.0"); // both formats come with the first release that has packages
    default:
        return {};
    }
}

int PackageHeader::size() const {
    return formatVersion <= 1 ? packageformat::headerSizeV1 : packageformat::headerSizeV2;
}

QByteArray PackageHeader::signedPart() const {
    QByteArray out;
    out.reserve(size());
    out.append(packageformat::magic, packageformat::magicSize);
    putU16(out, formatVersion);
    putU16(out, quint16(size()));
    putText(out, requiredAppVersion, versionTextSize);
    putText(out, writerAppVersion, versionTextSize);
    putFixed(out, senderOffice.toRfc4122(), 16);
    putU64(out, quint64(createdAt.toMSecsSinceEpoch()));
    putText(out, senderName, packageformat::nameSize);
    putText(out, senderRegion, packageformat::regionSize);
    putFixed(out, publicKey, keySize);
    putU64(out, payloadSize);
    putU64(out, inflatedSize);
    putFixed(out, contentHash, hashSize);
    if (formatVersion >= 2) {
        putFixed(out, recipientOffice.isNull() ? QByteArray(16, '\0') : recipientOffice.toRfc4122(), 16);
        putText(out, recipientName, packageformat::nameSize);
        putU16(out, encryption);
    }
    return out;
}

QByteArray PackageHeader::encode() const {
    QByteArray out = signedPart();
    putFixed(out, signature, signatureSize);
    return out;
}

Expected<PackageHeader> PackageHeader::decode(const QByteArray &bytes, qint64 fileSize) {
    using R = Expected<PackageHeader>;
    if (bytes.size() < packageformat::magicSize ||
        !bytes.startsWith(QByteArray::fromRawData(packageformat::magic, packageformat::magicSize)))
        return R::failure(QCoreApplication::translate("Exchange", "This file is not an Imbang exchange package (it does not start like one). "
                             "Ask the sending office to send the .imbang file again."));
    if (bytes.size() < 28)
        return R::failure(QCoreApplication::translate("Exchange", "The package is truncated: its header is incomplete. Ask the sending office to "
                             "send it again."));
    PackageHeader h;
    const char *p = bytes.constData();
    h.formatVersion = getU16(p + 8);
    const quint16 headerSize = getU16(p + 10);
    h.requiredAppVersion = getText(p + 12, versionTextSize);
    if (h.formatVersion == 0)
        return R::failure(QCoreApplication::translate("Exchange", "The package header is damaged (format version 0). Ask the sending office to "
                             "send it again."));
    if (h.formatVersion > packageformat::currentVersion) {
        const QString needed = h.requiredAppVersion.isEmpty() ? QStringLiteral("?") : h.requiredAppVersion;
        return R::failure(QCoreApplication::translate(
                              "Exchange", "This package uses exchange format %1, newer than this Imbang knows "
                                          "(up to %2). Install Imbang %3 or later to import it.")
                              .arg(h.formatVersion)
                              .arg(packageformat::currentVersion)
                              .arg(needed));
    }
    if (headerSize != (h.formatVersion == 1 ? packageformat::headerSizeV1 : packageformat::headerSizeV2))
        return R::failure(QCoreApplication::translate("Exchange", "The package header is damaged (wrong header size). Ask the sending office to "
                             "send it again."));
    if (bytes.size() < headerSize || fileSize < headerSize)
        return R::failure(QCoreApplication::translate("Exchange", "The package is truncated: its header is incomplete. Ask the sending office to "
                             "send it again."));
    h.writerAppVersion = getText(p + 28, versionTextSize);
    h.senderOffice = QUuid::fromRfc4122(QByteArrayView(p + 44, 16));
    h.createdAt = QDateTime::fromMSecsSinceEpoch(qint64(getU64(p + 60)), Qt::UTC);
    h.senderName = getText(p + 68, packageformat::nameSize);
    h.senderRegion = getText(p + 164, packageformat::regionSize);
    h.publicKey = QByteArray(p + 228, keySize);
    h.payloadSize = getU64(p + 260);
    h.inflatedSize = getU64(p + 268);
    h.contentHash = QByteArray(p + 276, hashSize);
    if (h.formatVersion >= 2) {
        h.recipientOffice = QUuid::fromRfc4122(QByteArrayView(p + 308, 16));
        h.recipientName = getText(p + 324, packageformat::nameSize);
        h.encryption = getU16(p + 420);
        if (h.encryption > packageformat::SealedBox || (h.encrypted() && h.recipientOffice.isNull()))
            return R::failure(QCoreApplication::translate("Exchange", "The package header is damaged (unknown "
                                 "encryption). Ask the sending office to send it again."));
    }
    h.signature = QByteArray(p + headerSize - signatureSize, signatureSize);
    const quint64 available = quint64(fileSize - headerSize);
    if (h.payloadSize < available)
        return R::failure(QCoreApplication::translate("Exchange", "The package has extra bytes after its contents; it was changed or damaged on the "
                             "way. Ask the sending office to send it again."));
    if (h.payloadSize > available)
        return R::failure(QCoreApplication::translate("Exchange", "The package is truncated: part of its contents is missing. Copy the file again "
                             "(wait until the copy has finished) or ask the sending office to send it again."));
    if (h.senderOffice.isNull() || !h.createdAt.isValid())
        return R::failure(QCoreApplication::translate("Exchange", "The package header is damaged (no sender). Ask the sending office to send it "
                             "again."));
    return h;
}

} // namespace imbang::exchange
