#pragma once

#include "output/texttable.h"
#include "planner/planresult.h"

#include <QJsonObject>

namespace imbang::planexport {

// The moves as rows (who, from, to, distance, why), for the CLI, CSV and the GUI's export.
TextTable movesTable(const PlanResult &result);
// Shortage and surplus before and after, in people, the distance and the people moved.
TextTable totalsTable(const PlanResult &result);
// Everything: totals, moves, groups and the solver's figures.
QJsonObject toJson(const PlanResult &result);

} // namespace imbang::planexport
