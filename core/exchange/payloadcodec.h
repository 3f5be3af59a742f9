#pragma once

#include "exchange/packagerecords.h"
#include "exchange/payloadlimits.h"
#include "util/expected.h"

#include <QByteArray>

namespace imbang::exchange {

// Turns a PackagePayload into the stored bytes of a package (Boost.Serialization text archive,
// zlib-compressed) and back. Decoding never throws: damage, a crafted archive, a newer class version
// and every limit in PayloadLimits come back as a translated message.
namespace payloadcodec {

struct Encoded {
    QByteArray compressed;
    quint64 inflatedSize = 0;
};

Encoded encode(const PackagePayload &payload);

// Inflates at most `declaredInflatedSize` bytes (which must be within the limits) and parses them.
Expected<PackagePayload> decode(const QByteArray &compressed, quint64 declaredInflatedSize,
                                const PayloadLimits &limits = {});

// The steps of decode(), for the fuzz target: inflating, and parsing the inflated archive text.
Expected<QByteArray> inflate(const QByteArray &compressed, quint64 declaredInflatedSize, const PayloadLimits &limits);
Expected<PackagePayload> parse(QByteArray archiveText, const PayloadLimits &limits);

} // namespace payloadcodec
} // namespace imbang::exchange
