#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace imbang::exchange {

// The fixed header at the start of every .imbang package. All numbers are little-endian; text is
// UTF-8, NUL-padded. The first 28 bytes keep this layout in every format version, so that any Imbang
// can at least say which version a newer package needs.
//
//   offset size  field
//        0    8  magic "IMBANGPK"
//        8    2  format version
//       10    2  header size in bytes (372 in format 1, 486 in format 2), including the signature
//       12   16  the first Imbang version that reads this format, e.g. "0.2.0"
//       28   16  the Imbang version that wrote the package
//       44   16  sender office id (UUID, RFC 4122 byte order)
//       60    8  created at, milliseconds since 1970-01-01 UTC
//       68   96  sender office name
//      164   64  sender region
//      228   32  signer's Ed25519 public key
//      260    8  payload size in bytes (as stored after the header)
//      268    8  payload size after inflating
//      276   32  SHA-256 of the compressed payload before encryption (the content hash)
// Format 1 ends here:
//      308   64  Ed25519 signature over bytes 0..307 (everything above)
//      372       payload: zlib-compressed Boost.Serialization text archive of a PackagePayload
// Format 2 adds the recipient, so that the signature binds the package to the office it is for:
//      308   16  recipient office id (all zero: a package for anyone)
//      324   96  recipient office name
//      420    2  payload encryption: 0 none, 1 libsodium sealed box to the recipient's key
//      422   64  Ed25519 signature over bytes 0..421
//      486       payload: the compressed archive, sealed to the recipient when encrypted
// Sign, then encrypt: the signature covers the recipient and the hash of the plaintext, so the
// recipient cannot pass the package on as if it had been made for a third office, and nobody can
// put another signature on it without seeing its contents. The header stays readable, so a receiver
// can say "this package is for office X" before trying its key.
struct PackageHeader {
    quint16 formatVersion = 0;
    QString requiredAppVersion;
    QString writerAppVersion;
    QUuid senderOffice;
    QDateTime createdAt;
    QString senderName;
    QString senderRegion;
    QByteArray publicKey;
    quint64 payloadSize = 0;
    quint64 inflatedSize = 0;
    QByteArray contentHash;
    QUuid recipientOffice; // format 2; null: for anyone
    QString recipientName;
    quint16 encryption = 0; // packageformat::Encryption
    QByteArray signature;

    bool encrypted() const { return encryption != 0; }
    int size() const; // the header's size in bytes, for its format version
    QByteArray signedPart() const; // the header bytes the signature covers
    QByteArray encode() const;     // signedPart() + signature

    // Reads the header from the start of a file of `fileSize` bytes. Refuses what is not a package,
    // a newer format (naming the Imbang version it needs), and sizes that do not add up.
    static Expected<PackageHeader> decode(const QByteArray &bytes, qint64 fileSize);
};

namespace packageformat {
inline constexpr char magic[] = "IMBANGPK";
inline constexpr int magicSize = 8;
// Format 1: units, positions, employees, staffing needs, tombstones.
// Format 2: the recipient in the header; payloads addressed to an office are encrypted; rank history,
// performance ratings, competences, transfers and their steps (PackagePayload version 2).
// Raise it whenever the payload gains a section or a record class version; a reader refuses a format
// newer than this and reads every older one.
inline constexpr quint16 currentVersion = 2;
inline constexpr int headerSizeV1 = 372;
inline constexpr int headerSizeV2 = 486;
enum Encryption : quint16 { NotEncrypted = 0, SealedBox = 1 };
inline constexpr int nameSize = 96;
inline constexpr int regionSize = 64;
// The Imbang release that introduced each format version, for "needs Imbang X" messages.
QString appVersionFor(quint16 formatVersion);
} // namespace packageformat

} // namespace imbang::exchange
