#include "workloadexport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace imbang::workloadexport {
namespace {

// Rounded to two decimals as shown, so JSON, CSV and the screen agree to the digit.
double round2(double value) {
    const double r = std::round(value * 100.0) / 100.0;
    return r == 0 ? 0.0 : r; // no "-0.00"
}

QStringList rowKeys() {
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("need"), QStringLiteral("in_post"),
            QStringLiteral("gap"), QStringLiteral("surplus"), QStringLiteral("shortage"), QStringLiteral("ej"),
            QStringLiteral("grade"), QStringLiteral("retiring_5y"), QStringLiteral("gap_5y")};
}

QStringList rowCells(const QString &code, const QString &name, const WorkloadFigures &f,
                     const GradeThresholds &thresholds) {
    return {code,
            name,
            number2(f.need),
            QString::number(f.inPost),
            number2(f.gap()),
            number2(f.surplus),
            number2(f.shortage),
            efficiencyText(f),
            gradeLetter(f.grade(thresholds)),
            QString::number(f.retiringTotal()),
            number2(f.projectedGap(outlookYears - 1))};
}

QJsonObject figuresJson(const WorkloadFigures &f, const GradeThresholds &thresholds) {
    const auto ej = f.efficiencyValue();
    return {{QStringLiteral("need"), round2(f.need)},
            {QStringLiteral("in_post"), f.inPost},
            {QStringLiteral("gap"), round2(f.gap())},
            {QStringLiteral("surplus"), round2(f.surplus)},
            {QStringLiteral("shortage"), round2(f.shortage)},
            {QStringLiteral("ej"), ej ? QJsonValue(round2(*ej)) : QJsonValue()},
            {QStringLiteral("grade"), gradeLetter(f.grade(thresholds))},
            {QStringLiteral("retiring_5y"), f.retiringTotal()},
            {QStringLiteral("gap_5y"), round2(f.projectedGap(outlookYears - 1))}};
}

} // namespace

QString groupingCode(WorkloadGrouping grouping) {
    switch (grouping) {
    case WorkloadGrouping::Unit: return QStringLiteral("unit");
    case WorkloadGrouping::Position: return QStringLiteral("position");
    case WorkloadGrouping::Region: return QStringLiteral("region");
    }
    return {};
}

std::optional<WorkloadGrouping> groupingFromCode(const QString &code) {
    for (WorkloadGrouping g : {WorkloadGrouping::Unit, WorkloadGrouping::Position, WorkloadGrouping::Region})
        if (groupingCode(g) == code.trimmed().toLower())
            return g;
    return std::nullopt;
}

QString number2(double value) { return QString::number(round2(value), 'f', 2); }

QString efficiencyText(const WorkloadFigures &figures) {
    const auto ej = figures.efficiencyValue();
    return ej ? number2(*ej) : QStringLiteral("-");
}

TextTable breakdownTable(const WorkloadSummary &s, bool withTotal) {
    TextTable t;
    t.keys = rowKeys();
    t.headers = QStringList{
        QCoreApplication::translate("WorkloadExport", "Code"),
        s.grouping == WorkloadGrouping::Position ? QCoreApplication::translate("WorkloadExport", "Position")
        : s.grouping == WorkloadGrouping::Region ? QCoreApplication::translate("WorkloadExport", "Region")
                                                 : QCoreApplication::translate("WorkloadExport", "Unit"),
        QCoreApplication::translate("WorkloadExport", "Need"),
        QCoreApplication::translate("WorkloadExport", "In post"),
        QCoreApplication::translate("WorkloadExport", "Gap"),
        QCoreApplication::translate("WorkloadExport", "Surplus"),
        QCoreApplication::translate("WorkloadExport", "Shortage"),
        QCoreApplication::translate("WorkloadExport", "EJ"),
        QCoreApplication::translate("WorkloadExport", "Grade"),
        QCoreApplication::translate("WorkloadExport", "Retiring in 5 years"),
        QCoreApplication::translate("WorkloadExport", "Gap in 5 years")};
    for (const WorkloadRow &row : s.rows)
        t.rows << rowCells(row.code, row.name, row.figures, s.thresholds);
    if (withTotal)
        t.rows << rowCells(QString(), QCoreApplication::translate("WorkloadExport", "Total"), s.total, s.thresholds);
    return t;
}

TextTable outlookTable(const WorkloadSummary &s) {
    TextTable t;
    t.keys = QStringList{QStringLiteral("year"), QStringLiteral("retiring"), QStringLiteral("staff"),
                         QStringLiteral("need"), QStringLiteral("gap"), QStringLiteral("shortage")};
    t.headers = QStringList{QCoreApplication::translate("WorkloadExport", "Year"),
                            QCoreApplication::translate("WorkloadExport", "Retiring"),
                            QCoreApplication::translate("WorkloadExport", "Staff at year end"),
                            QCoreApplication::translate("WorkloadExport", "Need"),
                            QCoreApplication::translate("WorkloadExport", "Projected gap"),
                            QCoreApplication::translate("WorkloadExport", "Projected shortage")};
    for (const RetirementYear &y : s.outlook)
        t.rows << QStringList{QString::number(y.year), QString::number(y.retiring), QString::number(y.staff),
                              number2(y.need), number2(y.gap), number2(y.shortage)};
    return t;
}

TextTable gradeTable(const WorkloadSummary &s) {
    TextTable t;
    t.keys = QStringList{QStringLiteral("grade"), QStringLiteral("name"), QStringLiteral("rows")};
    t.headers = QStringList{QCoreApplication::translate("WorkloadExport", "Grade"),
                            QCoreApplication::translate("WorkloadExport", "Meaning"),
                            QCoreApplication::translate("WorkloadExport", "Rows")};
    for (int g = 0; g < 5; ++g)
        t.rows << QStringList{gradeLetter(Grade(g)), gradeName(Grade(g)),
                              QString::number(s.gradeCounts[std::size_t(g)])};
    return t;
}

QJsonObject toJson(const WorkloadSummary &s) {
    QJsonArray rows;
    for (const WorkloadRow &row : s.rows) {
        QJsonObject o = figuresJson(row.figures, s.thresholds);
        o.insert(QStringLiteral("id"), row.id);
        o.insert(QStringLiteral("code"), row.code);
        o.insert(QStringLiteral("name"), row.name);
        o.insert(QStringLiteral("own_posts"), row.ownPosts);
        rows.append(o);
    }
    QJsonArray outlook;
    for (const RetirementYear &y : s.outlook)
        outlook.append(QJsonObject{{QStringLiteral("year"), y.year},
                                   {QStringLiteral("retiring"), y.retiring},
                                   {QStringLiteral("staff"), y.staff},
                                   {QStringLiteral("need"), round2(y.need)},
                                   {QStringLiteral("gap"), round2(y.gap)},
                                   {QStringLiteral("shortage"), round2(y.shortage)}});
    QJsonObject grades;
    for (int g = 0; g < 5; ++g)
        grades.insert(gradeLetter(Grade(g)), s.gradeCounts[std::size_t(g)]);
    return {{QStringLiteral("unit_code"), s.unitCode},
            {QStringLiteral("unit_name"), s.unitName},
            {QStringLiteral("by"), groupingCode(s.grouping)},
            {QStringLiteral("family"), s.filter.positionFamily},
            {QStringLiteral("teachers_only"), s.filter.teachersOnly},
            {QStringLiteral("date"), s.today.toString(Qt::ISODate)},
            {QStringLiteral("wke_hours"), s.wkeHours},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), figuresJson(s.total, s.thresholds)},
            {QStringLiteral("grades"), grades},
            {QStringLiteral("outlook"), outlook}};
}

} // namespace imbang::workloadexport
