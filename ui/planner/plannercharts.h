#pragma once

#include "planner/planresult.h"

#include <QFont>
#include <QStringList>

class QChart;

namespace imbang::plannercharts {

// The before and after charts of a plan, drawn in pairs with the same scale so they compare side by side.
// Each call returns a new QChart for the caller to own (QChartView::setChart takes it).
// Shortage and surplus (people) per group (region, agency or sub-unit), at most maxGroups groups: those
// with the largest shortage before the plan.
inline constexpr int maxGroups = 10;
// Horizontal bars, the names left of them, shortened in the middle to gapLabelWidth pixels and made
// unique; the full name shows as a tooltip.
inline constexpr int gapLabelWidth = 160;
QChart *gaps(const PlanResult &result, bool after);
QStringList gapLabels(const PlanResult &result); // the category labels, largest group first
QFont gapLabelFont();
// Posts per EJ grade A..E.
QChart *grades(const PlanResult &result, bool after);

} // namespace imbang::plannercharts
