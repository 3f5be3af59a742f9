#pragma once

#include "domain/employee.h"
#include "records/employeehistory.h"
#include "util/expected.h"

#include <QSqlDatabase>

namespace imbang {

// Changes to employee records as the officer makes them: each one validated, written in one
// transaction with its audit-trail entry (who, when, before, after), then announced on the
// ChangeBus. The GUI's undo commands and the CLI both go through these.
namespace employeechanges {

// "Ubah jabatan Budi Santoso": what changed between two versions of a record, for the audit trail
// and the Edit menu's undo text.
QString describe(const Employee &before, const Employee &after);

Expected<qint64> add(const QSqlDatabase &db, Employee employee);
// `history` says whether a changed rank or post is a new entry in the history or a correction.
Status save(const QSqlDatabase &db, const Employee &after, HistoryChange history = HistoryChange::None);
// Only to undo an addition: records are otherwise deactivated, never deleted.
Status remove(const QSqlDatabase &db, qint64 id);

} // namespace employeechanges
} // namespace imbang
