#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace imbang {

// A move the officer fixed: it stays in every re-plan and is counted before the rest is planned.
struct PinnedMove {
    qint64 employeeId = 0;
    qint64 toUnitId = 0;
    qint64 toPositionId = 0;
    friend bool operator==(const PinnedMove &, const PinnedMove &) = default;
};

// What to plan: a scope (one unit with its sub-units, one kabupaten/kota, or everything), position
// families, limits that override the settings, and the officer's pins and exclusions.
struct PlanRequest {
    qint64 unitId = 0;        // 0: no unit restriction
    QString region;           // empty: no region restriction
    QStringList families;     // empty: every family
    QDate tmt;                // rules are judged on this date; invalid: today
    std::optional<int> maxMoves; // 0: no limit
    std::optional<double> maxKm;
    QSet<qint64> excludedEmployees;
    QSet<qint64> excludedUnits; // with their sub-units: neither give nor receive
    QList<PinnedMove> pinned;
};

} // namespace imbang
