#pragma once

#include "settings/settings.h"

#include <QString>

// Every office setting, with its default, in one table. Later features add their keys here.
namespace imbang::settingkeys {

// Retirement ages per position kind/level; see RetirementPolicy::toSettingText().
inline const SettingKey<QString> retirementAges{"records/retirement_ages", QString()};
// Whose name goes into the audit trail until user accounts exist.
inline const SettingKey<QString> operatorName{"office/operator_name", QString()};
// Years in post before a person is due for rotation, and before they may be moved at all.
inline const SettingKey<int> rotationYears{"records/rotation_years", 5};
inline const SettingKey<int> minimumYearsInPost{"records/minimum_years_in_post", 2};

// Workload: effective working time a year (WKE) in hours, and the EJ grade thresholds
// (GradeThresholds::toSettingText()).
inline const SettingKey<double> wkeHours{"workload/wke_hours", 1250.0};
inline const SettingKey<QString> gradeThresholds{"workload/grade_thresholds", QString()};
// Teacher need: weekly teaching hours (JTM) one teacher covers, and the least number of class teachers
// a school has whatever its class groups (fewer for schools flagged remote).
inline const SettingKey<double> teacherWeeklyHours{"workload/teacher_weekly_hours", 24.0};
inline const SettingKey<int> minimumClassTeachers{"workload/minimum_class_teachers", 6};
inline const SettingKey<int> minimumClassTeachersRemote{"workload/minimum_class_teachers_remote", 4};

} // namespace imbang::settingkeys
