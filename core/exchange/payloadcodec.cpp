#include "payloadcodec.h"

#include "exchange/boundedtextiarchive.h"

#include <QCoreApplication>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/iostreams/device/array.hpp>
#include <boost/iostreams/device/back_inserter.hpp>
#include <boost/iostreams/filter/aggregate.hpp>
#include <boost/iostreams/operations.hpp>
#include <boost/iostreams/filter/zlib.hpp>
#include <boost/iostreams/filtering_stream.hpp>

#include <sstream>
#include <string>

namespace imbang::exchange::payloadcodec {
namespace {

QString damaged(const QString &detail) {
    return QCoreApplication::translate("Exchange", "The contents of the package cannot be read; the file is "
                                                   "damaged or was not made by Imbang (%1). Ask the sending "
                                                   "office to send it again.")
        .arg(detail);
}

// Counts the bytes passing to the compressor (the inflated size for the header). Boost's own
// counter filter counts in an int, which a province-size package could overflow.
class ByteCounter : public boost::iostreams::multichar_output_filter {
public:
    explicit ByteCounter(std::uint64_t *count) : m_count(count) {}
    template <typename Sink>
    std::streamsize write(Sink &sink, const char *s, std::streamsize n) {
        *m_count += std::uint64_t(n);
        return boost::iostreams::write(sink, s, n);
    }

private:
    std::uint64_t *m_count;
};

QString tooLarge() {
    return QCoreApplication::translate("Exchange", "The package is larger than Imbang accepts (more records or "
                                                   "longer texts than any office has). It was not imported.");
}

} // namespace

Encoded encode(const PackagePayload &payload) {
    namespace io = boost::iostreams;
    // The archive streams straight into the compressor: no copy of the whole text is ever held.
    std::string compressed;
    compressed.reserve(std::size_t(payload.recordCount()) * 96 + 4096);
    Encoded encoded;
    {
        io::filtering_ostream out;
        std::uint64_t inflated = 0;
        out.push(ByteCounter(&inflated));
        // Level 3: most of the size gain of the default level at well under half its time.
        out.push(io::zlib_compressor(io::zlib_params(3), 256 * 1024));
        out.push(io::back_inserter(compressed), 256 * 1024);
        {
            boost::archive::text_oarchive archive(out);
            archive << payload;
        }
        out.reset(); // flushes the filters and finishes the zlib stream
        encoded.inflatedSize = inflated;
    }
    encoded.compressed = QByteArray(compressed.data(), qsizetype(compressed.size()));
    return encoded;
}

Expected<QByteArray> inflate(const QByteArray &compressed, quint64 declaredInflatedSize,
                             const PayloadLimits &limits) {
    using R = Expected<QByteArray>;
    if (declaredInflatedSize > limits.maxInflatedBytes)
        return R::failure(tooLarge());
    try {
        namespace io = boost::iostreams;
        io::filtering_istream in;
        in.push(io::zlib_decompressor());
        in.push(io::array_source(compressed.constData(), std::size_t(compressed.size())));
        QByteArray out;
        out.reserve(qsizetype(std::min<quint64>(declaredInflatedSize, 64ull * 1024 * 1024)));
        char buffer[64 * 1024];
        while (true) {
            in.read(buffer, sizeof buffer);
            const std::streamsize got = in.gcount();
            if (got > 0) {
                // Stop at the declared size: a zip bomb never gets further than the header said.
                if (quint64(out.size()) + quint64(got) > declaredInflatedSize)
                    return R::failure(damaged(QStringLiteral("inflated size")));
                out.append(buffer, qsizetype(got));
            }
            if (!in)
                break;
        }
        if (in.bad())
            return R::failure(damaged(QStringLiteral("zlib")));
        if (quint64(out.size()) != declaredInflatedSize)
            return R::failure(damaged(QStringLiteral("inflated size")));
        return out;
    } catch (const std::bad_alloc &) {
        return R::failure(tooLarge());
    } catch (const std::exception &e) {
        return R::failure(damaged(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return R::failure(damaged(QStringLiteral("?")));
    }
}

Expected<PackagePayload> parse(QByteArray archiveText, const PayloadLimits &limits) {
    using R = Expected<PackagePayload>;
    try {
        const std::uint64_t size = std::uint64_t(archiveText.size());
        std::istringstream in(std::string(archiveText.constData(), std::size_t(archiveText.size())));
        archiveText.clear();
        PackagePayload payload;
        {
            BoundedTextIArchive archive(in, size, limits);
            archive >> payload;
        }
        return payload;
    } catch (const PayloadLimitError &) {
        return R::failure(tooLarge());
    } catch (const NewerVersionError &) {
        return R::failure(QCoreApplication::translate(
            "Exchange", "The package was written by a newer Imbang than this one. Install the newest Imbang "
                        "to import it."));
    } catch (const boost::archive::archive_exception &e) {
        if (e.code == boost::archive::archive_exception::unsupported_class_version ||
            e.code == boost::archive::archive_exception::unsupported_version)
            return R::failure(QCoreApplication::translate(
                "Exchange", "The package was written by a newer Imbang than this one. Install the newest Imbang "
                            "to import it."));
        return R::failure(damaged(QString::fromLocal8Bit(e.what())));
    } catch (const std::bad_alloc &) {
        return R::failure(tooLarge());
    } catch (const std::exception &e) {
        return R::failure(damaged(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return R::failure(damaged(QStringLiteral("?")));
    }
}

Expected<PackagePayload> decode(const QByteArray &compressed, quint64 declaredInflatedSize,
                                const PayloadLimits &limits) {
    auto text = inflate(compressed, declaredInflatedSize, limits);
    if (!text)
        return Expected<PackagePayload>::failure(text.error());
    return parse(std::move(text).value(), limits);
}

} // namespace imbang::exchange::payloadcodec
