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

    // Years of the rating columns a staff list carries beside its other columns ("SKP 2024",
    // "Predikat 2025", "Nilai Kinerja 2023"), so the staff-list import can take them along. Headers
    // with a year that are not about performance ("TMT 2019") do not count. Empty: none.
    static QList<int> ratingColumnYears(const Sheet &sheet);
    // After a staff list is saved: imports the predicates of its rating columns, if it has any, and says
    // in one sentence what happened (empty when it has none). Problems leave the ratings unwritten; the
    // staff list stays saved.
    static QString importWithStaffList(const QSqlDatabase &db, const Sheet &sheet);
};

} // namespace imbang
