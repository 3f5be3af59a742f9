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
    QByteArray payload; // decrypted when the package was encrypted
    QString contentHashHex() const { return QString::fromLatin1(header.contentHash.toHex()); }
};


// Reading and writing .imbang files.
namespace packagefile {

// The office that reads a package: needed to open one that is encrypted to it.
struct Reader {
    QUuid officeId;
    QString officeName;
    const OfficeKeys *keys = nullptr; // null when this database has no key yet
};

// Checks, in this order and before any payload byte is parsed: the header; the file size against the
// header and the limits; for an encrypted package, that it is addressed to `reader`, and its
// decryption with the reader's key (which fails for any changed byte); the SHA-256 content hash of
// the plaintext; the Ed25519 signature by the key in the header, which covers the recipient.
// Without a reader, encrypted packages are refused.
Expected<VerifiedPackage> read(const QString &path, const PayloadLimits &limits = {}, const Reader *reader = nullptr);
Expected<VerifiedPackage> verify(const QByteArray &fileBytes, const PayloadLimits &limits = {},
                                 const Reader *reader = nullptr);

// What a package says about its sender; filled into the header.
struct Sender {
    QUuid officeId;
    QString name;
    QString region;
};

// Whom a package is for. With a public key the payload is encrypted to it (a sealed box); without an
// office id the package is for anyone and not encrypted.
struct Recipient {
    QUuid officeId;
    QString name;
    QByteArray publicKey; // Ed25519 key of the office; empty: not encrypted
};

// The complete file: header (signed with `keys`) and compressed payload, sealed to the recipient.
// Fails only when the recipient's key cannot be used for encryption.
Expected<QByteArray> build(const PackagePayload &payload, const Sender &sender, const OfficeKeys &keys,
                           const QDateTime &createdAt, const Recipient &recipient = {});
// The same from an already compressed payload, with a chosen format version: for tests and fixtures
// that need packages a current writer would not make (a newer format, a crafted payload). Format 1
// has no recipient and is never encrypted.
QByteArray buildRaw(const QByteArray &compressedPayload, quint64 inflatedSize, const Sender &sender,
                    const OfficeKeys &keys, const QDateTime &createdAt,
                    quint16 formatVersion = packageformat::currentVersion, const Recipient &recipient = {});
// Writes the file atomically: a cancelled or failed write leaves no half file behind.
Status write(const QString &path, const QByteArray &fileBytes);

QByteArray sha256(const QByteArray &bytes);

} // namespace packagefile
} // namespace imbang::exchange
