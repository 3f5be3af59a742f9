#include "workloadsettings.h"

#include "settings/settingkeys.h"

#include <algorithm>

namespace imbang {

WorkloadSettings WorkloadSettings::load(const QSqlDatabase &db) {
    const Settings settings(db);
    WorkloadSettings s;
    s.wkeHours = settings.get(settingkeys::wkeHours);
    if (s.wkeHours <= 0)
        s.wkeHours = settingkeys::wkeHours.defaultValue;
    s.thresholds = GradeThresholds::fromSettingText(settings.get(settingkeys::gradeThresholds));
    s.teacherRules.weeklyHours = settings.get(settingkeys::teacherWeeklyHours);
    if (s.teacherRules.weeklyHours <= 0)
        s.teacherRules.weeklyHours = settingkeys::teacherWeeklyHours.defaultValue;
    s.teacherRules.minimumClassTeachers = std::max(0, settings.get(settingkeys::minimumClassTeachers));
    s.teacherRules.minimumClassTeachersRemote = std::max(0, settings.get(settingkeys::minimumClassTeachersRemote));
    s.retirement = RetirementPolicy::fromSettingText(settings.get(settingkeys::retirementAges));
    return s;
}

} // namespace imbang
