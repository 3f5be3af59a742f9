#pragma once

#include "importing/cell.h"
#include "importing/importfield.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace imbang {

// Which row of a sheet holds the column headers and which employee field each column fills.
struct ColumnMapping {
    int headerRowIndex = -1;   // index into Sheet::rows; -1: not found
    QStringList headers;       // header texts as in the file
    QList<ImportField> fields; // one per column

    int columnOf(ImportField field) const; // first column mapped to it, -1 if none
    bool has(ImportField field) const { return columnOf(field) >= 0; }
    // Identifies a layout: the same headers in the same order give the same signature, so the
    // mapping an officer corrected once is used again for the next file of that agency.
    QString signature() const;
    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

// Finds the header row below any title block and maps the columns from their header texts; a
// mapping remembered for the same header signature wins over the automatic one.
class HeaderDetector {
public:
    // The header is the row among the first 30 that names most known fields (at least two, one of
    // them NIP or name). Returns a mapping with headerRowIndex -1 when there is none.
    static ColumnMapping detect(const Sheet &sheet);
    // Automatic field for each header; a field is given to its first column only.
    static QList<ImportField> autoFields(const QStringList &headers);
};

// Mappings remembered per header signature in the office database (table import_mapping).
class MappingStore {
public:
    explicit MappingStore(QSqlDatabase db) : m_db(std::move(db)) {}
    std::optional<QList<ImportField>> find(const QString &signature, int columnCount) const;
    Status remember(const ColumnMapping &mapping);
    // Replaces the automatic fields by the remembered ones for the same signature; true if it did.
    bool apply(ColumnMapping &mapping) const;

private:
    QSqlDatabase m_db;
};

} // namespace imbang
