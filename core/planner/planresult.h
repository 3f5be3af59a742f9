#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace imbang {

// One proposed move, with the reason this person was chosen.
struct ProposedMove {
    qint64 employeeId = 0;
    QString employeeName;
    QString nip;
    qint64 fromUnitId = 0, fromPositionId = 0, toUnitId = 0, toPositionId = 0;
    QString fromUnitName, fromPositionName, toUnitName, toPositionName;
    QString fromRegion, toRegion;
    double distanceKm = 0; // by road (great circle x road factor)
    int monthsInPost = 0;
    bool crossesRegion = false;
    bool positionChange = false;
    bool ownRequest = false;
    bool pinned = false;
    QString why; // translated
};

// Need and people of one post in scope before and after the plan (pending transfers not included, so the
// figures are the workload engine's).
struct PostOutcome {
    qint64 unitId = 0;
    qint64 positionId = 0;
    double need = 0;
    int before = 0;
    int after = 0;
    double gapBefore() const { return before - need; }
    double gapAfter() const { return after - need; }
};

// Shortage and surplus of a group of units (a region, an agency or a sub-unit), in people, for the charts.
struct PlanGroup {
    QString name;
    int shortageBefore = 0, shortageAfter = 0;
    int surplusBefore = 0, surplusAfter = 0;
};

struct PlanTotals {
    int shortageBefore = 0; // people missing, each post's need rounded up
    int shortageAfter = 0;
    int surplusBefore = 0;  // people above need in posts with a recorded need
    int surplusAfter = 0;
    int moved = 0;
    int pinned = 0;
    int ownRequests = 0;
    int crossRegion = 0;
    double distanceKm = 0;
    int shortageCovered() const { return shortageBefore - shortageAfter; }
};

struct PlanResult {
    QList<ProposedMove> moves;
    PlanTotals totals;
    QList<PostOutcome> posts;
    QList<PlanGroup> groups;
    std::array<int, 5> gradesBefore{}; // posts per EJ grade A..E
    std::array<int, 5> gradesAfter{};
    // The solver's figures, for tests and benchmarks.
    int candidates = 0;
    int supplyPosts = 0, demandPosts = 0;
    int nodes = 0, arcs = 0;
    int flow = 0;
    std::int64_t cost = 0; // in hectometres (100 m) of road-equivalent, request bonus included
    QStringList notes; // translated remarks, e.g. a pin that could not be applied
};

} // namespace imbang
