#include "workloadcharts.h"

#include "util/indonesianformat.h"
#include "workloadpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace imbang::workloadcharts {
namespace {

QFont smallFont() {
    QFont f;
    f.setPointSizeF(7.5);
    return f;
}

// Category names must be unique on an axis; repeated names get a counter.
QStringList uniqueLabels(const QStringList &names) {
    QStringList labels;
    QSet<QString> seen;
    for (const QString &name : names) {
        QString label = shortLabel(name);
        for (int n = 2; seen.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(shortLabel(name)).arg(n);
        seen.insert(label);
        labels << label;
    }
    return labels;
}

QString rowName(const WorkloadRow &row) {
    return row.ownPosts ? QCoreApplication::translate("WorkloadCharts", "%1 (own posts)").arg(row.name) : row.name;
}

QValueAxis *valueAxis(double low, double high, const QString &title) {
    auto *axis = new QValueAxis;
    axis->setRange(low, high);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setLabelsFont(smallFont());
    QFont tf = smallFont();
    axis->setTitleFont(tf);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart *newChart(const QString &title) {
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation); // instant switching, and identical exports
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QBarSet *newSet(const QString &label, const QColor &colour) {
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(workloadpalette::outline()); // outlines keep bars apart in black-and-white print
    return set;
}

QString shortLabel(const QString &name) {
    constexpr int limit = 34;
    if (name.size() <= limit)
        return name;
    // The usual abbreviation first; then keep both ends, as names differ at the end ("... Jabung Barat",
    // "... Jabung Timur", "SD Negeri 140/I ...").
    QString text = name;
    text.replace(QLatin1String("Kabupaten "), QLatin1String("Kab. "));
    if (text.size() <= limit)
        return text;
    const int head = limit / 2 - 1, tail = limit - head - 1;
    return text.left(head).trimmed() + QChar(0x2026) + text.right(tail).trimmed();
}

BarChart needVsStaff(const WorkloadSummary &s) {
    QList<int> order(s.rows.size());
    std::iota(order.begin(), order.end(), 0);
    // The largest needs, the biggest at the top (a horizontal chart draws its first category at the bottom).
    std::stable_sort(order.begin(), order.end(),
                     [&s](int a, int b) { return s.rows.at(a).figures.need > s.rows.at(b).figures.need; });
    const bool cut = order.size() > maxBars;
    if (cut)
        order = order.mid(0, maxBars);
    std::reverse(order.begin(), order.end());

    BarChart result;
    result.chart = newChart(cut ? QCoreApplication::translate("WorkloadCharts", "Need and staff in post: the %1 "
                                                                                "largest of %2")
                                      .arg(maxBars)
                                      .arg(s.rows.size())
                                : QCoreApplication::translate("WorkloadCharts", "Need and staff in post"));
    auto *series = new QHorizontalBarSeries;
    QBarSet *need = newSet(QCoreApplication::translate("WorkloadCharts", "Need"), workloadpalette::need());
    QBarSet *staff = newSet(QCoreApplication::translate("WorkloadCharts", "In post"), workloadpalette::staff());
    QStringList names;
    double top = 1;
    for (int r : order) {
        const WorkloadFigures &f = s.rows.at(r).figures;
        need->append(f.need);
        staff->append(f.inPost);
        names << rowName(s.rows.at(r));
        top = std::max({top, f.need, double(f.inPost)});
    }
    series->append(need);
    series->append(staff);
    series->setBarWidth(0.8);
    result.chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(names));
    categories->setLabelsFont(smallFont());
    result.chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(0, top * 1.05, QCoreApplication::translate("WorkloadCharts", "People"));
    result.chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    result.rows = order;
    return result;
}

BarChart gap(const WorkloadSummary &s) {
    QList<int> order(s.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&s](int a, int b) { return s.rows.at(a).figures.gap() > s.rows.at(b).figures.gap(); });
    const bool cut = order.size() > maxBars;
    if (cut) // the largest surpluses and the largest shortages
        order = order.mid(0, maxBars / 2) + order.mid(order.size() - maxBars / 2);
    BarChart result;
    result.chart = newChart(cut ? QCoreApplication::translate("WorkloadCharts", "Surplus and shortage: the %1 "
                                                                                "largest each way of %2")
                                      .arg(maxBars / 2)
                                      .arg(s.rows.size())
                                : QCoreApplication::translate("WorkloadCharts", "Surplus and shortage"));
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *surplus = newSet(QCoreApplication::translate("WorkloadCharts", "Surplus"), workloadpalette::surplus());
    QBarSet *shortage = newSet(QCoreApplication::translate("WorkloadCharts", "Shortage"), workloadpalette::shortage());
    QStringList names;
    double extent = 1;
    for (int r : order) {
        const double g = std::round(s.rows.at(r).figures.gap() * 100) / 100;
        surplus->append(std::max(g, 0.0));
        shortage->append(std::min(g, 0.0));
        names << rowName(s.rows.at(r));
        extent = std::max(extent, std::abs(g));
    }
    series->append(surplus);
    series->append(shortage);
    series->setBarWidth(0.75);
    result.chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(names));
    categories->setLabelsFont(smallFont());
    result.chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // Symmetric around zero so that the length of a bar reads the same on both sides.
    QValueAxis *values =
        valueAxis(-extent * 1.05, extent * 1.05, QCoreApplication::translate("WorkloadCharts", "People (staff - need)"));
    values->setTickCount(9); // finer steps keep the nice range close to the data
    values->applyNiceNumbers();
    result.chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    result.rows = order;
    return result;
}

QChart *grades(const WorkloadSummary &s) {
    QChart *chart = newChart(QCoreApplication::translate("WorkloadCharts", "Grades (EJ) of the rows"));
    // One set per grade with a value only in its own column: each grade gets its own colour.
    auto *series = new QStackedBarSeries;
    QStringList letters;
    int top = 1;
    for (int g = 0; g < 5; ++g) {
        QBarSet *set = newSet(QStringLiteral("%1 %2").arg(gradeLetter(Grade(g)), gradeName(Grade(g))),
                              workloadpalette::grade(Grade(g)));
        for (int c = 0; c < 5; ++c)
            set->append(c == g ? s.gradeCounts[std::size_t(g)] : 0);
        series->append(set);
        letters << gradeLetter(Grade(g));
        top = std::max(top, s.gradeCounts[std::size_t(g)]);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(letters);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(0, top * 1.1, QCoreApplication::translate("WorkloadCharts", "Rows"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    QFont legendFont = smallFont();
    chart->legend()->setFont(legendFont);
    return chart;
}

QChart *outlook(const WorkloadSummary &s) {
    QChart *chart = newChart(QCoreApplication::translate("WorkloadCharts", "Retirements and projected gap"));
    auto *bars = new QBarSeries;
    QBarSet *retiring = newSet(QCoreApplication::translate("WorkloadCharts", "Retiring"), workloadpalette::retiring());
    auto *gapLine = new QLineSeries;
    gapLine->setName(QCoreApplication::translate("WorkloadCharts", "Projected gap"));
    QPen gapPen(workloadpalette::projectedGap(), 2.5);
    gapLine->setPen(gapPen);
    gapLine->setPointsVisible(true);
    auto *shortageLine = new QLineSeries;
    shortageLine->setName(QCoreApplication::translate("WorkloadCharts", "Projected shortage"));
    QPen shortagePen(workloadpalette::projectedShortage(), 2.5, Qt::DashLine);
    shortageLine->setPen(shortagePen);
    shortageLine->setPointsVisible(true);
    QStringList years;
    int topBar = 1;
    double low = 0, high = 1;
    for (int i = 0; i < s.outlook.size(); ++i) {
        const RetirementYear &y = s.outlook.at(i);
        retiring->append(y.retiring);
        gapLine->append(i, y.gap);
        shortageLine->append(i, y.shortage);
        years << QString::number(y.year);
        topBar = std::max(topBar, y.retiring);
        low = std::min({low, y.gap, y.shortage});
        high = std::max({high, y.gap, y.shortage});
    }
    bars->append(retiring);
    bars->setBarWidth(0.5);
    chart->addSeries(bars);
    chart->addSeries(gapLine);
    chart->addSeries(shortageLine);
    auto *categories = new QBarCategoryAxis;
    categories->append(years);
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    gapLine->attachAxis(categories);
    shortageLine->attachAxis(categories);
    QValueAxis *people = valueAxis(0, topBar * 1.15, QCoreApplication::translate("WorkloadCharts", "Retiring"));
    chart->addAxis(people, Qt::AlignLeft);
    bars->attachAxis(people);
    const double pad = std::max(1.0, (high - low) * 0.1);
    QValueAxis *gapAxis =
        valueAxis(low - pad, high + pad, QCoreApplication::translate("WorkloadCharts", "Gap (people)"));
    chart->addAxis(gapAxis, Qt::AlignRight);
    gapLine->attachAxis(gapAxis);
    shortageLine->attachAxis(gapAxis);
    return chart;
}

} // namespace imbang::workloadcharts
