#pragma once

#include "competence/personfit.h"
#include "transfers/transfer.h"
#include "workload/efficiencygrade.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace imbang {

// Need, staff and EJ grade before and after, for one unit as a whole or one position in it.
struct StaffingEffect {
    qint64 unitId = 0;
    qint64 positionId = 0; // 0 for the unit as a whole
    QString unitName;
    QString positionName;
    double need = 0;
    int staffBefore = 0;
    int staffAfter = 0;
    std::optional<double> efficiencyBefore; // EJ = need / staff; none without staff
    std::optional<double> efficiencyAfter;
    Grade gradeBefore = Grade::A;
    Grade gradeAfter = Grade::A;
    double gapBefore() const { return staffBefore - need; }
    double gapAfter() const { return staffAfter - need; }
};

// The person moved: their last predicates and how they fit the target position.
struct PersonEffect {
    qint64 employeeId = 0;
    QString name;
    QString targetPositionName;
    PersonFit fit;
};

struct TransferEffect {
    QList<StaffingEffect> units;     // every unit that gains or loses someone
    QList<StaffingEffect> positions; // every (unit, position) that gains or loses someone
    QList<PersonEffect> people;      // everyone moved, in the order of the transfers
};

// What approving transfers would do to the units involved, before anything changes: the unit's
// total need and staff and its EJ grade, and the same for each position touched. Built on the shared
// staffing::levelOf, efficiency() and gradeOf() of the workload base, with the office's grade thresholds.
class EffectPreview {
public:
    // Completed transfers are already in the staff figures and are left out.
    static TransferEffect compute(const QSqlDatabase &db, const QList<Transfer> &transfers);
};

} // namespace imbang
