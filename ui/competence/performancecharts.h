#pragma once

#include "competence/performanceoverview.h"

#include <QColor>

class QChart;

namespace imbang::performancecharts {

// Colour of a predicate in charts and the printed report (Okabe-Ito, as the workload charts), and the
// grey of "not rated".
QColor colour(PerformancePredicate predicate);
QColor unratedColour();

// Ratings per unit as horizontal stacked bars (one segment per predicate, then "not rated"), the units
// with the most staff when there are too many for readable labels; the table beside it lists them all.
// The caller owns the chart (QChartView::setChart takes it).
QChart *distribution(const PerformanceOverview &overview);

} // namespace imbang::performancecharts
