#pragma once

#include "domain/retirementpolicy.h"
#include "workload/efficiencygrade.h"
#include "workload/teacherneed.h"

#include <QSqlDatabase>

namespace imbang {

// The settings the workload figures depend on, read together so one recompute uses one consistent set.
struct WorkloadSettings {
    double wkeHours = 1250;
    GradeThresholds thresholds;
    TeacherNeedRules teacherRules;
    RetirementPolicy retirement;

    static WorkloadSettings load(const QSqlDatabase &db);
};

} // namespace imbang
