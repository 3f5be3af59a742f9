#include "effectpreview.h"

#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "workload/staffinglevels.h"

#include <QHash>
#include <QSet>
#include <map>

namespace imbang {
namespace {

// Completed transfers are in the staff figures already; rejected and cancelled ones never will be.
bool isPending(const Transfer &t) {
    return t.status != TransferStatus::Completed && t.status != TransferStatus::Rejected &&
           t.status != TransferStatus::Cancelled;
}

void grade(StaffingEffect &e, const GradeThresholds &thresholds) {
    e.efficiencyBefore = efficiency(e.need, e.staffBefore);
    e.efficiencyAfter = efficiency(e.need, e.staffAfter);
    e.gradeBefore = gradeOf(e.efficiencyBefore, thresholds);
    e.gradeAfter = gradeOf(e.efficiencyAfter, thresholds);
}

// Every position of a unit that has a need or people in post.
QSet<qint64> positionsOf(const QSqlDatabase &db, qint64 unitId) {
    QSet<qint64> ids;
    for (const StaffingNeed &n : StaffingNeedRepository(db).forUnit(unitId))
        ids.insert(n.positionId);
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT DISTINCT position_id FROM employee WHERE unit_id = ? AND active = 1 "
                                "AND position_id IS NOT NULL"),
                 {unitId});
    if (q)
        while (q->next())
            ids.insert(q->value(0).toLongLong());
    return ids;
}

} // namespace

TransferEffect EffectPreview::compute(const QSqlDatabase &db, const QList<Transfer> &transfers) {
    const GradeThresholds thresholds =
        GradeThresholds::fromSettingText(Settings(db).get(settingkeys::gradeThresholds));
    // Net change per unit and per (unit, position), in the order the units first appear.
    std::map<qint64, int> unitDelta;
    std::map<std::pair<qint64, qint64>, int> positionDelta;
    QList<qint64> unitOrder;
    QList<std::pair<qint64, qint64>> positionOrder;
    const auto add = [&](qint64 unit, qint64 position, int delta) {
        if (!unit)
            return;
        if (!unitDelta.count(unit))
            unitOrder << unit;
        unitDelta[unit] += delta;
        if (!position)
            return;
        const std::pair key{unit, position};
        if (!positionDelta.count(key))
            positionOrder << key;
        positionDelta[key] += delta;
    };
    for (const Transfer &t : transfers) {
        if (!isPending(t))
            continue;
        add(t.fromUnitId, t.fromPositionId, -1);
        add(t.toUnitId, t.toPositionId, +1);
    }

    const UnitRepository units(db);
    const PositionRepository positions(db);
    TransferEffect effect;
    for (qint64 unitId : unitOrder) {
        StaffingEffect e;
        e.unitId = unitId;
        e.unitName = units.byId(unitId).value_or(Unit()).name;
        for (qint64 positionId : positionsOf(db, unitId)) {
            const StaffingLevel level = staffing::levelOf(db, unitId, positionId);
            e.need += level.need;
            e.staffBefore += level.inPost;
        }
        e.staffAfter = e.staffBefore + unitDelta[unitId];
        grade(e, thresholds);
        effect.units << e;
    }
    for (const auto &key : positionOrder) {
        const StaffingLevel level = staffing::levelOf(db, key.first, key.second);
        StaffingEffect e;
        e.unitId = key.first;
        e.positionId = key.second;
        e.unitName = units.byId(key.first).value_or(Unit()).name;
        e.positionName = positions.byId(key.second).value_or(Position()).name;
        e.need = level.need;
        e.staffBefore = level.inPost;
        e.staffAfter = level.inPost + positionDelta[key];
        grade(e, thresholds);
        effect.positions << e;
    }
    const EmployeeRepository employees(db);
    for (const Transfer &t : transfers) {
        if (!isPending(t))
            continue;
        const Employee person = employees.byId(t.employeeId).value_or(Employee());
        effect.people << PersonEffect{t.employeeId, person.fullName(),
                                      positions.byId(t.toPositionId).value_or(Position()).name,
                                      PersonFit::of(db, t.employeeId, person.education, t.toPositionId, t.tmt)};
    }
    return effect;
}

} // namespace imbang
