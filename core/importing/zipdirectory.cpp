#include "zipdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>

#include <zlib.h>

namespace imbang {
namespace {

quint16 le16(const uchar *p) { return quint16(p[0] | (p[1] << 8)); }
quint32 le32(const uchar *p) { return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24); }

QString damaged() {
    return QCoreApplication::translate(
        "ZipDirectory", "The file is damaged or incomplete (it may have been cut off while copying or "
                        "downloading). Ask the agency to send it again, or open it in the spreadsheet program "
                        "and save it once more.");
}

} // namespace

Expected<ZipDirectory> ZipDirectory::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ZipDirectory>::failure(
            QCoreApplication::translate("ZipDirectory", "The file %1 cannot be read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    // The end-of-central-directory record is in the last 22 + 65535 bytes.
    const qint64 tailSize = std::min<qint64>(size, 22 + 0xFFFF);
    if (tailSize < 22 || !file.seek(size - tailSize))
        return Expected<ZipDirectory>::failure(damaged());
    const QByteArray tail = file.read(tailSize);
    const auto *t = reinterpret_cast<const uchar *>(tail.constData());
    qint64 eocd = -1;
    for (qint64 i = tail.size() - 22; i >= 0; --i)
        if (t[i] == 0x50 && t[i + 1] == 0x4b && t[i + 2] == 0x05 && t[i + 3] == 0x06) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return Expected<ZipDirectory>::failure(damaged());
    const quint16 count = le16(t + eocd + 10);
    const quint32 dirSize = le32(t + eocd + 12);
    const quint32 dirOffset = le32(t + eocd + 16);
    if (qint64(dirOffset) + qint64(dirSize) > size || !file.seek(dirOffset))
        return Expected<ZipDirectory>::failure(damaged());
    const QByteArray dir = file.read(dirSize);
    if (dir.size() != qint64(dirSize))
        return Expected<ZipDirectory>::failure(damaged());
    const auto *d = reinterpret_cast<const uchar *>(dir.constData());
    ZipDirectory result;
    qint64 pos = 0;
    for (int i = 0; i < count; ++i) {
        if (pos + 46 > dir.size() || le32(d + pos) != 0x02014b50)
            return Expected<ZipDirectory>::failure(damaged());
        ZipEntry entry;
        const quint16 flags = le16(d + pos + 8);
        entry.encrypted = flags & 1;
        entry.method = le16(d + pos + 10);
        entry.compressedSize = le32(d + pos + 20);
        entry.uncompressedSize = le32(d + pos + 24);
        const quint16 nameLength = le16(d + pos + 28);
        const quint16 extraLength = le16(d + pos + 30);
        const quint16 commentLength = le16(d + pos + 32);
        if (pos + 46 + nameLength > dir.size())
            return Expected<ZipDirectory>::failure(damaged());
        entry.name = QString::fromUtf8(dir.constData() + pos + 46, nameLength);
        entry.localHeaderOffset = le32(d + pos + 42);
        if (entry.localHeaderOffset >= quint64(size))
            return Expected<ZipDirectory>::failure(damaged());
        result.m_entries << entry;
        pos += 46 + nameLength + extraLength + commentLength;
    }
    return result;
}

const ZipEntry *ZipDirectory::find(const QString &name) const {
    for (const ZipEntry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

quint64 ZipDirectory::totalUncompressedSize() const {
    quint64 total = 0;
    for (const ZipEntry &e : m_entries)
        total += e.uncompressedSize;
    return total;
}

QByteArray ZipDirectory::readPrefix(const QString &path, const ZipEntry &entry, qsizetype maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(entry.localHeaderOffset)))
        return {};
    const QByteArray header = file.read(30);
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    if (header.size() != 30 || le32(h) != 0x04034b50 || !file.seek(file.pos() + le16(h + 26) + le16(h + 28)))
        return {};
    // Raw deflate data is read in pieces until enough output has been produced.
    if (entry.method == 0)
        return file.read(std::min<qint64>(maxBytes, qint64(entry.compressedSize)));
    if (entry.method != 8)
        return {};
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    QByteArray out(maxBytes, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(maxBytes);
    quint64 remaining = entry.compressedSize;
    int rc = Z_OK;
    while (rc == Z_OK && stream.avail_out > 0 && remaining > 0) {
        QByteArray in = file.read(qint64(std::min<quint64>(remaining, 64 * 1024)));
        if (in.isEmpty())
            break;
        remaining -= quint64(in.size());
        stream.next_in = reinterpret_cast<Bytef *>(in.data());
        stream.avail_in = uInt(in.size());
        while (stream.avail_in > 0 && stream.avail_out > 0 && rc == Z_OK)
            rc = ::inflate(&stream, Z_NO_FLUSH);
    }
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return out;
}

Status ZipDirectory::inflate(const QString &path, const ZipEntry &entry,
                             const std::function<bool(const char *, qsizetype)> &consumer) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(entry.localHeaderOffset)))
        return Status::failure(damaged());
    const QByteArray header = file.read(30);
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    if (header.size() != 30 || le32(h) != 0x04034b50 || !file.seek(file.pos() + le16(h + 26) + le16(h + 28)))
        return Status::failure(damaged());
    quint64 remaining = entry.compressedSize;
    if (entry.method == 0) {
        while (remaining > 0) {
            const QByteArray in = file.read(qint64(std::min<quint64>(remaining, 256 * 1024)));
            if (in.isEmpty())
                return Status::failure(damaged());
            remaining -= quint64(in.size());
            if (!consumer(in.constData(), in.size()))
                return {};
        }
        return {};
    }
    if (entry.method != 8)
        return Status::failure(damaged());
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return Status::failure(damaged());
    const auto cleanup = qScopeGuard([&stream] { inflateEnd(&stream); });
    QByteArray out(256 * 1024, Qt::Uninitialized);
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        QByteArray in = file.read(qint64(std::min<quint64>(remaining, 256 * 1024)));
        if (in.isEmpty())
            return Status::failure(damaged());
        remaining -= quint64(in.size());
        stream.next_in = reinterpret_cast<Bytef *>(in.data());
        stream.avail_in = uInt(in.size());
        while (stream.avail_in > 0 && rc != Z_STREAM_END) {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            rc = ::inflate(&stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END)
                return Status::failure(damaged());
            if (stream.total_out > entry.uncompressedSize) // more than declared: refuse
                return Status::failure(damaged());
            const qsizetype produced = out.size() - qsizetype(stream.avail_out);
            if (produced > 0 && !consumer(out.constData(), produced))
                return {};
        }
        if (remaining == 0 && rc != Z_STREAM_END)
            return Status::failure(damaged());
    }
    return {};
}

bool ZipDirectory::anyEncrypted() const {
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const ZipEntry &e) { return e.encrypted; });
}

} // namespace imbang
