#pragma once

#include "domain/unit.h"
#include "records/staffingneedrepository.h"
#include "util/expected.h"
#include "util/problem.h"

#include <QDate>
#include <QSqlDatabase>

namespace imbang {

// Changes to the unit hierarchy, each in one transaction with its audit entry and a ChangeBus
// notice. The rules live here so the tree's drag and drop, the dialogs and the CLI all obey them.
namespace unitchanges {

Expected<qint64> add(const QSqlDatabase &db, Unit unit);
Status save(const QSqlDatabase &db, const Unit &after); // rename, recode, kind, region, coordinates
// Moves a unit (with everything below it) under another; 0 makes it a top-level agency.
// Refused when the new parent is the unit itself or one of its descendants.
Status move(const QSqlDatabase &db, qint64 unitId, qint64 newParentId);
// What a merge moved, so that it can be undone exactly.
struct MergeRecord {
    qint64 fromId = 0;
    qint64 intoId = 0;
    QList<qint64> employees; // moved from `from` to `into`
    QList<qint64> subunits;  // re-parented from `from` to `into`
    QList<StaffingNeed> needsFrom, needsInto; // both units' needs before the merge
};

// Moves the people, sub-units and staffing needs of `from` into `into` and closes `from`.
Expected<MergeRecord> merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId, const QDate &date);
// Puts everything a merge moved back where it was and reopens `from`.
Status unmerge(const QSqlDatabase &db, const MergeRecord &record);
// Refused while active employees or open sub-units remain.
Status close(const QSqlDatabase &db, qint64 unitId, const QDate &date);
Status reopen(const QSqlDatabase &db, qint64 unitId);
Status remove(const QSqlDatabase &db, qint64 unitId); // for undoing an addition only

Problems validate(const QSqlDatabase &db, const Unit &unit);

} // namespace unitchanges
} // namespace imbang
