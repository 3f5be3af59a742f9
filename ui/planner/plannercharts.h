#pragma once

#include "planner/planresult.h"

class QChart;

namespace imbang::plannercharts {

// The before and after charts of a plan, drawn in pairs with the same scale so they compare side by side.
// Each call returns a new QChart for the caller to own (QChartView::setChart takes it).
// Shortage and surplus (people) per group (region, agency or sub-unit), at most maxGroups groups: those
// with the largest shortage before the plan.
inline constexpr int maxGroups = 10;
QChart *gaps(const PlanResult &result, bool after);
// Posts per EJ grade A..E.
QChart *grades(const PlanResult &result, bool after);

} // namespace imbang::plannercharts
