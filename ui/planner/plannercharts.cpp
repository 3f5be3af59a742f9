#include "plannercharts.h"

#include "workload/workloadcharts.h"
#include "workload/workloadpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
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
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, top * 1.1));
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

QChart *gaps(const PlanResult &result, bool after) {
    QChart *chart = newChart(after ? QCoreApplication::translate("PlannerCharts", "Shortage and surplus after")
                                   : QCoreApplication::translate("PlannerCharts", "Shortage and surplus before"));
    const QList<PlanGroup> groups = shownGroups(result);
    auto *series = new QBarSeries;
    QBarSet *shortage = newSet(QCoreApplication::translate("PlannerCharts", "Shortage"), workloadpalette::shortage());
    QBarSet *surplus = newSet(QCoreApplication::translate("PlannerCharts", "Surplus"), workloadpalette::surplus());
    QStringList labels;
    int top = 1;
    for (const PlanGroup &g : groups) {
        shortage->append(after ? g.shortageAfter : g.shortageBefore);
        surplus->append(after ? g.surplusAfter : g.surplusBefore);
        labels << workloadcharts::shortLabel(g.name);
        // The same scale before and after: the larger of the two.
        top = std::max({top, g.shortageBefore, g.surplusBefore, g.shortageAfter, g.surplusAfter});
    }
    series->append(shortage);
    series->append(surplus);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categories->setLabelsFont(small);
    categories->setLabelsAngle(-40);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(top, QCoreApplication::translate("PlannerCharts", "People"));
    chart->addAxis(values, Qt::AlignLeft);
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
