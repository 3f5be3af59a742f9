#pragma once

#include "util/expected.h"

#include <QList>
#include <QString>

#include <functional>

namespace imbang {

// The table of contents of a zip file (xlsx and ods are zip files), read from its central
// directory without inflating anything. The import checks it before handing the file to a parser:
// a truncated file has no directory, an encrypted entry cannot be read, and the declared sizes say
// how much memory inflating would take, so a zip bomb is refused before it is opened.
struct ZipEntry {
    QString name;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint16 method = 0; // 0 stored, 8 deflated
    bool encrypted = false;
    quint64 localHeaderOffset = 0;
};

class ZipDirectory {
public:
    // Reads the directory of the zip file `path`; fails when the file is not a complete zip.
    static Expected<ZipDirectory> read(const QString &path);

    const QList<ZipEntry> &entries() const { return m_entries; }
    const ZipEntry *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }
    quint64 totalUncompressedSize() const;
    bool anyEncrypted() const;

    // The first `maxBytes` of an entry, inflated; enough to look at how a part is written without
    // inflating all of it. Empty when the entry cannot be read.
    static QByteArray readPrefix(const QString &path, const ZipEntry &entry, qsizetype maxBytes);
    // Inflates an entry piece by piece into `consumer` (which returns false to stop), never more
    // than the entry's declared size: a part is streamed without holding all of it in memory.
    static Status inflate(const QString &path, const ZipEntry &entry,
                          const std::function<bool(const char *data, qsizetype size)> &consumer);

private:
    QList<ZipEntry> m_entries;
};

} // namespace imbang
