#pragma once

#include "domain/employee.h"
#include "util/expected.h"

#include <QSqlDatabase>

namespace imbang {

// What a changed rank or post means for the history (riwayat pangkat / riwayat jabatan): a new entry
// from its TMT (a promotion, a new post), or a correction of a wrongly recorded current value.
enum class HistoryChange { None, NewEntry, Correction };

namespace employeehistory {

bool rankChanged(const Employee &before, const Employee &after);
bool postChanged(const Employee &before, const Employee &after); // unit, position or TMT jabatan

// Writes the history entries for a change from `before` to `after`: first the entries of what was
// recorded before (AWAL) when the person has no history yet, then one entry per changed part.
Status record(const QSqlDatabase &db, const Employee &before, const Employee &after, HistoryChange change);
// The first entries of a person just added.
Status recordInitial(const QSqlDatabase &db, const Employee &employee);

// The history as it is now, to put it back exactly when a change is undone.
struct Snapshot {
    qint64 employeeId = 0;
    qint64 lastRankEntry = 0;
    qint64 lastPositionEntry = 0;
};
Snapshot snapshot(const QSqlDatabase &db, qint64 employeeId);
Status restore(const QSqlDatabase &db, const Snapshot &snapshot); // removes entries written after it

} // namespace employeehistory
} // namespace imbang
