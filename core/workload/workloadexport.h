#pragma once

#include "output/texttable.h"
#include "workload/workloadsnapshot.h"

#include <QJsonObject>

#include <optional>

// The workload figures as text tables and JSON, for `imbang-cli workload` and for exports. Numbers are
// machine-readable (a point for decimals, two decimals, like the dashboard shows them).
namespace imbang::workloadexport {

QString groupingCode(WorkloadGrouping grouping); // "unit", "position", "region"
std::optional<WorkloadGrouping> groupingFromCode(const QString &code);

TextTable breakdownTable(const WorkloadSummary &summary, bool withTotal = true);
TextTable outlookTable(const WorkloadSummary &summary);
TextTable gradeTable(const WorkloadSummary &summary);
QJsonObject toJson(const WorkloadSummary &summary);

QString number2(double value);                 // "1.50"
QString efficiencyText(const WorkloadFigures &figures); // "0.85", "-" when nobody is in post

} // namespace imbang::workloadexport
