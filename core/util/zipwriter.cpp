#include "zipwriter.h"

#include <zlib.h>

namespace imbang {
namespace {

void put16(QByteArray &out, quint32 value) {
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value) {
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

QByteArray deflateRaw(const QByteArray &data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

constexpr quint32 dosTime = 0;                        // 00:00:00
constexpr quint32 dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint32 utf8Names = 1 << 11;

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress) {
    const QByteArray fileName = name.toUtf8();
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    QByteArray packed = compress ? deflateRaw(data) : data;
    const bool deflated = compress && !packed.isEmpty();
    if (!deflated)
        packed = data;
    const quint32 method = deflated ? 8 : 0;
    const quint32 offset = quint32(m_entries.size());

    put32(m_entries, 0x04034b50);
    put16(m_entries, 20);
    put16(m_entries, utf8Names);
    put16(m_entries, method);
    put16(m_entries, dosTime);
    put16(m_entries, dosDate);
    put32(m_entries, crc);
    put32(m_entries, quint32(packed.size()));
    put32(m_entries, quint32(data.size()));
    put16(m_entries, quint32(fileName.size()));
    put16(m_entries, 0);
    m_entries += fileName;
    m_entries += packed;

    put32(m_directory, 0x02014b50);
    put16(m_directory, 20);
    put16(m_directory, 20);
    put16(m_directory, utf8Names);
    put16(m_directory, method);
    put16(m_directory, dosTime);
    put16(m_directory, dosDate);
    put32(m_directory, crc);
    put32(m_directory, quint32(packed.size()));
    put32(m_directory, quint32(data.size()));
    put16(m_directory, quint32(fileName.size()));
    put16(m_directory, 0); // extra
    put16(m_directory, 0); // comment
    put16(m_directory, 0); // disk
    put16(m_directory, 0); // internal attributes
    put32(m_directory, 0); // external attributes
    put32(m_directory, offset);
    m_directory += fileName;
    ++m_count;
}

QByteArray ZipWriter::archive() const {
    QByteArray out = m_entries + m_directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, m_count);
    put16(out, m_count);
    put32(out, quint32(m_directory.size()));
    put32(out, quint32(m_entries.size()));
    put16(out, 0);
    return out;
}

} // namespace imbang
