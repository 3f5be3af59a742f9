#include "plannercharts.h"

#include "workload/workloadcharts.h"
#include "workload/workloadpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace imbang::plannercharts {
namespace {

QChart *newChart(const QString &title) {
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet *newSet(const QString &label, const QColor &colour) {
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(workloadpalette::outline());
    return set;
}

QValueAxis *valueAxis(int top, const QString &title) {
    // Whole people and posts: ticks on whole numbers (a fixed tick count printed "0 0 1 1 2" for small plans).
    int step = 1; // 1, 2, 5, 10, 20, 50, ...: at most 8 ticks
    for (int scale = 1; top / step > 8; scale *= 10)
        for (int base : {1, 2, 5})
            if (top / (step = base * scale) <= 8)
                break;
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1, (top / step + 1) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

QList<PlanGroup> shownGroups(const PlanResult &r) {
    QList<PlanGroup> groups = r.groups;
    std::stable_sort(groups.begin(), groups.end(), [](const PlanGroup &a, const PlanGroup &b) {
        return a.shortageBefore + a.surplusBefore > b.shortageBefore + b.surplusBefore;
    });
    if (groups.size() > maxGroups)
        groups.resize(maxGroups);
    return groups;
}

} // namespace

QFont gapLabelFont() {
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QStringList gapLabels(const PlanResult &result) {
    // Qt Charts cuts an axis label wider than about 170 pixels at its end, where school names differ
    // ("... 140/II", "... 141/II"): shorten in the middle to a width that always fits instead.
    const QFontMetrics metrics(gapLabelFont());
    const auto shorten = [&metrics](QString name) {
        name.replace(QLatin1String("Kabupaten "), QLatin1String("Kab. "));
        return metrics.elidedText(name, Qt::ElideMiddle, gapLabelWidth);
    };
    QStringList labels;
    for (const PlanGroup &g : shownGroups(result)) {
        // Categories must differ: two long names may shorten alike.
        QString label = shorten(g.name);
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(metrics.elidedText(g.name, Qt::ElideMiddle, gapLabelWidth - 30)).arg(n);
        labels << label;
    }
    return labels;
}

QChart *gaps(const PlanResult &result, bool after) {
    QChart *chart = newChart(after ? QCoreApplication::translate("PlannerCharts", "Shortage and surplus after")
                                   : QCoreApplication::translate("PlannerCharts", "Shortage and surplus before"));
    // Horizontal bars: unit names read left of their bars, at full size, instead of slanted and cut.
    // The largest groups go on top (a horizontal chart draws its first category at the bottom).
    QList<PlanGroup> groups = shownGroups(result);
    QStringList labels = gapLabels(result);
    std::reverse(groups.begin(), groups.end());
    std::reverse(labels.begin(), labels.end());
    auto *series = new QHorizontalBarSeries;
    QBarSet *shortage = newSet(QCoreApplication::translate("PlannerCharts", "Shortage"), workloadpalette::shortage());
    QBarSet *surplus = newSet(QCoreApplication::translate("PlannerCharts", "Surplus"), workloadpalette::surplus());
    QStringList tips;
    int top = 1;
    for (const PlanGroup &g : groups) {
        const int lacking = after ? g.shortageAfter : g.shortageBefore;
        const int extra = after ? g.surplusAfter : g.surplusBefore;
        shortage->append(lacking);
        surplus->append(extra);
        tips << QCoreApplication::translate("PlannerCharts", "%1\nshortage %2, surplus %3")
                    .arg(g.name)
                    .arg(lacking)
                    .arg(extra);
        // The same scale before and after: the larger of the two.
        top = std::max({top, g.shortageBefore, g.surplusBefore, g.shortageAfter, g.surplusAfter});
    }
    // A shortened name shows in full, with its figures, under the mouse.
    for (QBarSet *set : {shortage, surplus})
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool entered, int index) {
            if (entered && index >= 0 && index < tips.size())
                QToolTip::showText(QCursor::pos(), tips.at(index));
            else
                QToolTip::hideText();
        });
    series->append(shortage);
    series->append(surplus);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(gapLabelFont());
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(top, QCoreApplication::translate("PlannerCharts", "People"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

QChart *grades(const PlanResult &result, bool after) {
    QChart *chart = newChart(after ? QCoreApplication::translate("PlannerCharts", "Grades (EJ) of the posts after")
                                   : QCoreApplication::translate("PlannerCharts", "Grades (EJ) of the posts before"));
    const std::array<int, 5> &counts = after ? result.gradesAfter : result.gradesBefore;
    auto *series = new QStackedBarSeries;
    QStringList letters;
    int top = 1;
    for (int g = 0; g < 5; ++g) {
        QBarSet *set = newSet(QStringLiteral("%1 %2").arg(gradeLetter(Grade(g)), gradeName(Grade(g))),
                              workloadpalette::grade(Grade(g)));
        for (int c = 0; c < 5; ++c)
            set->append(c == g ? counts[std::size_t(g)] : 0);
        series->append(set);
        letters << gradeLetter(Grade(g));
        top = std::max({top, result.gradesBefore[std::size_t(g)], result.gradesAfter[std::size_t(g)]});
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    // The grade names in a column beside the bars: under a narrow chart they were cut to "A …".
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    auto *categories = new QBarCategoryAxis;
    categories->append(letters);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(top, QCoreApplication::translate("PlannerCharts", "Posts"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

} // namespace imbang::plannercharts
