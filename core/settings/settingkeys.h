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

// Import: the most rows one import reads, the most an xlsx/ods may inflate to (MB), and whether
// positions missing from the catalogue are added during an import.
inline const SettingKey<int> importMaxRows{"import/max_rows", 300000};
inline const SettingKey<int> importMaxInflatedMb{"import/max_inflated_mb", 1024};
inline const SettingKey<bool> importCreatePositions{"import/create_missing_positions", true};
// Transfers (mutasi). A transfer closer than this many months to the retirement date is warned about.
inline const SettingKey<int> retirementMarginMonths{"transfers/retirement_margin_months", 12};
// The origin keeps at least this share (percent) of its recorded need in the position, rounded up,
// unless staffing_minimum sets the minimum of that unit and position explicitly.
inline const SettingKey<int> originMinimumPercent{"transfers/origin_minimum_percent", 100};
// Unit regions that stand for the central government ("Pusat", "Instansi Pusat ..."), separated by ";".
inline const SettingKey<QString> centralRegions{"transfers/central_regions",
                                                QStringLiteral("Pusat;Instansi Pusat;Pemerintah Pusat")};
// The province of each kabupaten/kota outside the office's own province: "Kota Pekanbaru=Provinsi Riau;...".
// Regions not listed belong to the office's province.
inline const SettingKey<QString> regionProvinces{"transfers/region_provinces", QString()};

} // namespace imbang::settingkeys

// Accounts and sessions (core/access): the shortest password accepted, the idle minutes after which
// the program locks and asks for the password again (0: never), and whether whoever drafted or
// proposed a transfer is kept from approving it.
namespace imbang::settingkeys {
inline const SettingKey<int> passwordMinimumLength{"access/password_minimum_length", 10};
inline const SettingKey<int> idleLockMinutes{"access/idle_lock_minutes", 10};
inline const SettingKey<bool> separationOfDuties{"access/separation_of_duties", true};
} // namespace imbang::settingkeys
