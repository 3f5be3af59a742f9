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
//       10    2  header size in bytes (372 in format 1), including the signature
//       12   16  the first Imbang version that reads this format, e.g. "0.2.0"
//       28   16  the Imbang version that wrote the package
//       44   16  sender office id (UUID, RFC 4122 byte order)
//       60    8  created at, milliseconds since 1970-01-01 UTC
//       68   96  sender office name
//      164   64  sender region
//      228   32  signer's Ed25519 public key
//      260    8  payload size in bytes (compressed, as stored after the header)
//      268    8  payload size after inflating
//      276   32  SHA-256 of the stored payload (the content hash)
//      308   64  Ed25519 signature over bytes 0..307 (everything above)
//      372       payload: zlib-compressed Boost.Serialization text archive of a PackagePayload
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
    QByteArray signature;

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
// Raise it whenever the payload gains a section or a record class version; a reader refuses a format
// newer than this and reads every older one.
inline constexpr quint16 currentVersion = 1;
inline constexpr int headerSizeV1 = 372;
inline constexpr int nameSize = 96;
inline constexpr int regionSize = 64;
// The Imbang release that introduced each format version, for "needs Imbang X" messages.
QString appVersionFor(quint16 formatVersion);
} // namespace packageformat

} // namespace imbang::exchange
