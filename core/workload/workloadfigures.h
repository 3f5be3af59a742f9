#pragma once

#include "workload/efficiencygrade.h"

#include <array>
#include <optional>

namespace imbang {

// Years the retirement outlook covers: this year and the four after it.
inline constexpr int outlookYears = 5;

// Need, staff and what retirements do to them, for one (unit, position) or summed over many.
// Surplus and shortage are summed per (unit, position) before adding up, so a surplus of teachers in one
// school does not hide the shortage in another: gap = surplus + shortage.
struct WorkloadFigures {
    double need = 0;
    int inPost = 0;
    double surplus = 0;  // sum of positive gaps
    double shortage = 0; // sum of negative gaps (zero or below)
    std::array<int, outlookYears> retirements{};           // people reaching BUP in each outlook year
    std::array<double, outlookYears> projectedShortage{}; // shortage at the end of each year, nobody hired
    int posts = 0; // (unit, position) pairs summed in

    // One (unit, position): derives surplus, shortage and the projection.
    static WorkloadFigures forPost(double need, int inPost, const std::array<int, outlookYears> &retirements);

    double gap() const { return inPost - need; }
    int retiringTotal() const;
    // Staff left at the end of outlook year `index` (0 = this year) if nobody is hired or moved.
    int projectedStaff(int index) const;
    double projectedGap(int index) const { return projectedStaff(index) - need; }
    std::optional<double> efficiencyValue() const { return efficiency(need, inPost); }
    Grade grade(const GradeThresholds &thresholds) const { return gradeOf(efficiencyValue(), thresholds); }

    void add(const WorkloadFigures &other);
};

} // namespace imbang
