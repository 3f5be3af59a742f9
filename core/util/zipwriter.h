#pragma once

#include <QByteArray>
#include <QString>

namespace imbang {

// Writes a zip archive in memory, entries in the order added, each stored or deflated (zlib). Entry
// times are fixed (1 January 1980), so the same entries give the same bytes: a reprinted decree's ODT
// is identical to the first one. Enough for OpenDocument files, whose first entry "mimetype" must be
// stored uncompressed; no ZIP64 (entries and archive below 4 GB).
class ZipWriter {
public:
    void add(const QString &name, const QByteArray &data, bool compress = true);
    // The finished archive.
    QByteArray archive() const;

private:
    QByteArray m_entries;   // local headers and data
    QByteArray m_directory; // central directory records
    quint16 m_count = 0;
};

} // namespace imbang
