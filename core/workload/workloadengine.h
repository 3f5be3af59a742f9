#pragma once

#include "util/expected.h"
#include "workload/workloadsnapshot.h"

#include <QDate>
#include <QSqlDatabase>

namespace imbang {

// Reads everything the workload figures need in a handful of queries (units, positions, needs, staff
// counts per unit and position, and the birth dates of those close to retirement, the big ones through
// covering indexes) and aggregates in memory. About 30-50 ms for 100,000 employees and 5,000 units
// (tests/benchmarks/workload.sh).
class WorkloadEngine {
public:
    static Expected<WorkloadSnapshot> compute(const QSqlDatabase &db, const QDate &today);
};

} // namespace imbang
