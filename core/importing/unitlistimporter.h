#pragma once

#include "importing/cell.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace imbang {

struct UnitImportResult {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    struct RowProblem {
        int row = 0;
        QString message;
    };
    QList<RowProblem> rejected;
};

// Loads a unit list (code, name, kind, parent code, region, latitude, longitude) such as
// shared/samples/units.csv, upserting by code in one transaction, so that the employees of agency
// files can then be matched to their units. Headers are recognised in Indonesian and English.
class UnitListImporter {
public:
    static Expected<UnitImportResult> import(const QSqlDatabase &db, const Sheet &sheet, bool dryRun = false);
};

} // namespace imbang
