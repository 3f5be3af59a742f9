#pragma once

#include "importing/cell.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace imbang {

struct RatingImportResult {
    int written = 0;    // ratings added or replaced
    int people = 0;     // distinct employees rated
    QStringList problems; // one line per bad row: "Baris 7: ..." (nothing is written when there are any)
};

// Imports performance predicates from an agency sheet, in either layout agencies use:
//  - one row per person and year: NIP, TAHUN, PREDIKAT (or NILAI, a numeric SKP score) [, DOKUMEN];
//  - one row per person, a column per year: NIP, "SKP 2024", "Predikat 2025", "2023", ...
// The header row is found below a title block. Predicates are read as agencies write them; numeric
// scores are mapped by the office's score mapping. Any bad row (unknown NIP, unreadable predicate)
// is listed and nothing is written: the officer fixes the sheet and imports it again.
class RatingImporter {
public:
    static Expected<RatingImportResult> import(const QSqlDatabase &db, const Sheet &sheet);
};

} // namespace imbang
