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

// Decree drafts (SK mutasi): the number pattern ({nomor} the sequence of the year, {tahun} the year), the
// paper ("F4" 215 x 330 mm, or "A4"), margins in millimetres, and the font of the printed decree.
inline const SettingKey<QString> decreeNumberPattern{"decree/number_pattern", QStringLiteral("800/{nomor}/BKD/{tahun}")};
inline const SettingKey<QString> decreePaper{"decree/paper", QStringLiteral("F4")};
inline const SettingKey<double> decreeMarginTopMm{"decree/margin_top_mm", 20.0};
inline const SettingKey<double> decreeMarginRightMm{"decree/margin_right_mm", 20.0};
inline const SettingKey<double> decreeMarginBottomMm{"decree/margin_bottom_mm", 20.0};
inline const SettingKey<double> decreeMarginLeftMm{"decree/margin_left_mm", 25.0};
inline const SettingKey<QString> decreeFontFamily{"decree/font_family", QStringLiteral("Arial")};
inline const SettingKey<double> decreeFontSizePt{"decree/font_size_pt", 11.0};

} // namespace imbang::settingkeys

// Rebalancing planner (core/planner). Road distance = great-circle distance x this factor.
namespace imbang::settingkeys {
inline const SettingKey<double> plannerRoadFactor{"planner/road_factor", 1.3};
// Extra cost of a move, in road-kilometre equivalents: across a kabupaten/kota border (governor and BKN
// pertek needed), into another position of the same family, into another family (only when allowed).
inline const SettingKey<double> plannerBorderPenaltyKm{"planner/border_penalty_km", 100.0};
inline const SettingKey<double> plannerPositionChangePenaltyKm{"planner/position_change_penalty_km", 25.0};
inline const SettingKey<bool> plannerAllowPositionChange{"planner/allow_position_change", true};
inline const SettingKey<bool> plannerAllowCrossFamily{"planner/allow_cross_family", false};
inline const SettingKey<double> plannerCrossFamilyPenaltyKm{"planner/cross_family_penalty_km", 200.0};
// An own request (transfer_request) to the target's region lowers the cost by this much, so requests are
// honoured first where they fit.
inline const SettingKey<double> plannerRequestBonusKm{"planner/request_bonus_km", 1000.0};
// Limits: at most this many moves (0: no limit) and road kilometres per move.
inline const SettingKey<int> plannerMaxMoves{"planner/max_moves", 0};
inline const SettingKey<double> plannerMaxKm{"planner/max_km", 250.0};
// Arcs kept per unit and position: the nearest targets of each surplus post and the nearest origins of
// each shortage post (keeps province-scale plans small; the optimum is exact on the kept arcs).
inline const SettingKey<int> plannerNearest{"planner/nearest_posts", 40};
} // namespace imbang::settingkeys

// Accounts and sessions (core/access): the shortest password accepted, the idle minutes after which
// the program locks and asks for the password again (0: never), and whether whoever drafted or
// proposed a transfer is kept from approving it.
namespace imbang::settingkeys {
inline const SettingKey<int> passwordMinimumLength{"access/password_minimum_length", 10};
inline const SettingKey<int> idleLockMinutes{"access/idle_lock_minutes", 10};
inline const SettingKey<bool> separationOfDuties{"access/separation_of_duties", true};
} // namespace imbang::settingkeys

namespace imbang::settingkeys {
// Performance ratings: the lowest SKP score of Sangat Baik, Baik, Butuh Perbaikan and Kurang (older years
// hold a numeric score); see performance::ScoreMapping.
inline const SettingKey<QString> performanceScoreMapping{"competence/score_mapping", QStringLiteral("91;76;61;51")};
} // namespace imbang::settingkeys
