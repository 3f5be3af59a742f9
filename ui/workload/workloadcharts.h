#pragma once

#include "workload/workloadsnapshot.h"

#include <QList>

class QBarSet;
class QChart;
class QColor;

namespace imbang {

// Builds the four dashboard charts from a summary. Each call returns a new QChart for the caller to own
// (QChartView::setChart takes it). Bar charts show at most maxBars rows, chosen as the title says, so that
// the labels stay readable; the tables beside them list every row.
namespace workloadcharts {

inline constexpr int maxBars = 12;

struct BarChart {
    QChart *chart = nullptr;
    QList<int> rows; // breakdown row of each category, in category order
};

BarChart needVsStaff(const WorkloadSummary &summary);
BarChart gap(const WorkloadSummary &summary);
QChart *grades(const WorkloadSummary &summary);
QChart *outlook(const WorkloadSummary &summary);

// A chart with the look every Imbang chart shares (bold title, legend below, no animation, so exports are
// identical), and a bar set in a colour with the outline that keeps bars apart in black-and-white print.
QChart *newChart(const QString &title);
QBarSet *newSet(const QString &label, const QColor &colour);

// A category label short enough for an axis: "SD Negeri 7/I Kota Jambi" stays, longer names are cut.
QString shortLabel(const QString &name);

} // namespace workloadcharts
} // namespace imbang
