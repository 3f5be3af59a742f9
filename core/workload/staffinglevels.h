#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace imbang {

// Need against staff in post for one unit and position: the base figure of the workload views,
// the transfer checks and the planner. Gap = staff - need: positive is surplus, negative shortage.
struct StaffingLevel {
    qint64 unitId = 0;
    qint64 positionId = 0;
    double need = 0;  // 0 when no need is recorded
    int inPost = 0;   // active employees in that unit and position
    double gap() const { return inPost - need; }
    friend bool operator==(const StaffingLevel &, const StaffingLevel &) = default;
};

namespace staffing {

// Every (unit, position) that has a need or people, in one query.
QList<StaffingLevel> allLevels(const QSqlDatabase &db);
StaffingLevel levelOf(const QSqlDatabase &db, qint64 unitId, qint64 positionId);

} // namespace staffing
} // namespace imbang
