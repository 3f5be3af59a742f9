#pragma once

#include "exchange/packageheader.h"
#include "exchange/packagerecords.h"
#include "exchange/payloadlimits.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace imbang::exchange {

class OfficeKeys;

// A package whose header, content hash and signature have been checked. Its payload bytes are still
// compressed and unparsed: whether they may be parsed at all is the importer's decision (the signer
// must be trusted first).
struct VerifiedPackage {
    PackageHeader header;
    QByteArray payload;
    QString contentHashHex() const { return QString::fromLatin1(header.contentHash.toHex()); }
};

// Reading and writing .imbang files.
namespace packagefile {

// Checks, in this order and before any payload byte is parsed: the header; the file size against the
// header and the limits; the SHA-256 content hash; the Ed25519 signature by the key in the header.
Expected<VerifiedPackage> read(const QString &path, const PayloadLimits &limits = {});
Expected<VerifiedPackage> verify(const QByteArray &fileBytes, const PayloadLimits &limits = {});

// What a package says about its sender; filled into the header.
struct Sender {
    QUuid officeId;
    QString name;
    QString region;
};

// The complete file: header (signed with `keys`) and compressed payload.
QByteArray build(const PackagePayload &payload, const Sender &sender, const OfficeKeys &keys,
                 const QDateTime &createdAt);
// The same from an already compressed payload, with a chosen format version: for tests and fixtures
// that need packages a current writer would not make (a newer format, a crafted payload).
QByteArray buildRaw(const QByteArray &compressedPayload, quint64 inflatedSize, const Sender &sender,
                    const OfficeKeys &keys, const QDateTime &createdAt,
                    quint16 formatVersion = packageformat::currentVersion);
// Writes the file atomically: a cancelled or failed write leaves no half file behind.
Status write(const QString &path, const QByteArray &fileBytes);

QByteArray sha256(const QByteArray &bytes);

} // namespace packagefile
} // namespace imbang::exchange
