#pragma once

#include "importing/cell.h"
#include "importing/columnmapping.h"
#include "importing/importpreview.h"
#include "util/expected.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace imbang {

struct AnalyzeOptions {
    QDate today;                         // invalid: Clock::today()
    bool createMissingPositions = true;  // positions not in the catalogue are added (with a warning)
    // The officer's choice for unit names that matched nothing, keyed by unitKey(name):
    // a unit id, or createUnit to add a new unit of that name.
    QHash<QString, qint64> unitChoices;
    // Decisions on discrepancies, by sheet row index, kept when the preview is built again.
    QHash<int, DiscrepancyDecision> decisions;
    // Every few thousand rows: rows done, rows in all; returning false cancels.
    std::function<bool(int, int)> progress;
    // Threads that check the rows of a large sheet (the result does not depend on it).
    int threads = 2;

    static constexpr qint64 createUnit = -1;
    static QString unitKey(const QString &name) { return name.simplified().toLower(); }
};

// Turns a sheet and its column mapping into an ImportPreview: every data row parsed, validated,
// matched to its unit and position and compared with the database, without writing anything.
class ImportAnalyzer {
public:
    // Whether the mapping can be used at all: a header row, a NIP column, data below the header.
    static Status checkMapping(const Sheet &sheet, const ColumnMapping &mapping);
    static Expected<ImportPreview> analyze(const QSqlDatabase &db, const Sheet &sheet, const ColumnMapping &mapping,
                                           const AnalyzeOptions &options = {});
};

} // namespace imbang
