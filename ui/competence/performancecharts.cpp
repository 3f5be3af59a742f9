#include "performancecharts.h"

#include "workload/workloadcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace imbang::performancecharts {

QColor colour(PerformancePredicate predicate) {
    switch (predicate) {
    case PerformancePredicate::VeryGood: return QColor(0x00, 0x9E, 0x73); // bluish green
    case PerformancePredicate::Good: return QColor(0x56, 0xB4, 0xE9);     // sky blue
    case PerformancePredicate::NeedsImprovement: return QColor(0xF0, 0xE4, 0x42); // yellow
    case PerformancePredicate::Poor: return QColor(0xE6, 0x9F, 0x00);     // orange
    case PerformancePredicate::VeryPoor: return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return unratedColour();
}

QColor unratedColour() { return QColor(0xBB, 0xBB, 0xBB); }

QChart *distribution(const PerformanceOverview &overview) {
    QList<RatingDistribution> rows = overview.rows;
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.staff > b.staff; });
    const qsizetype shown = std::min<qsizetype>(rows.size(), workloadcharts::maxBars);
    const bool cut = shown < rows.size();
    rows = rows.mid(0, shown);
    std::reverse(rows.begin(), rows.end()); // a horizontal chart draws its first category at the bottom

    QChart *chart = workloadcharts::newChart(cut ? QCoreApplication::translate("PerformanceCharts",
                                                      "Performance ratings %1: the %2 largest of %3 units")
                              .arg(overview.year)
                              .arg(shown)
                              .arg(overview.rows.size())
                        : QCoreApplication::translate("PerformanceCharts", "Performance ratings %1 per unit")
                              .arg(overview.year));
    auto *series = new QHorizontalStackedBarSeries;
    auto addSet = [&](const QString &label, const QColor &colour, auto value) {
        QBarSet *set = workloadcharts::newSet(label, colour);
        for (const auto &row : std::as_const(rows))
            set->append(value(row));
        series->append(set);
    };
    for (const PerformancePredicate p : performance::all())
        addSet(performance::displayName(p), colour(p), [p](const RatingDistribution &r) { return r.count(p); });
    addSet(QCoreApplication::translate("PerformanceCharts", "Not rated"), unratedColour(),
           [](const RatingDistribution &r) { return r.unrated; });
    series->setBarWidth(0.75);
    chart->addSeries(series);

    QFont small;
    small.setPointSizeF(7.5);
    auto *categories = new QBarCategoryAxis;
    QStringList labels;
    for (const auto &row : std::as_const(rows)) {
        QString label = workloadcharts::shortLabel(row.unitName);
        while (labels.contains(label)) // labels of a category axis must be unique
            label += QLatin1Char(' ');
        labels << label;
    }
    categories->append(labels);
    categories->setLabelsFont(small);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    int top = 1;
    for (const auto &row : std::as_const(rows))
        top = std::max(top, row.staff);
    auto *values = new QValueAxis;
    values->setRange(0, top);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(QCoreApplication::translate("PerformanceCharts", "People"));
    values->setLabelsFont(small);
    values->setTitleFont(small);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

} // namespace imbang::performancecharts
