#pragma once

#include "util/expected.h"
#include "workload/abktask.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace imbang {

// A unit's position that has ABK tasks for a year, with its total workload.
struct AbkPost {
    qint64 unitId = 0;
    qint64 positionId = 0;
    int year = 0;
    int tasks = 0;
    double workloadMinutes = 0;
};

// ABK tasks in the database, and the need they give. A post's need (source "ABK") comes from its latest
// year's tasks: required staff = yearly workload / WKE.
class AbkRepository {
public:
    explicit AbkRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<AbkTask> tasks(qint64 unitId, qint64 positionId, int year) const; // in the order entered
    QList<int> years(qint64 unitId, qint64 positionId) const;               // newest first
    std::optional<int> latestYear(qint64 unitId, qint64 positionId) const;
    QList<AbkPost> posts() const; // every (unit, position, year) with tasks

    // Replaces the tasks of (unit, position, year) in one transaction and writes the post's need from its
    // latest year. An empty list removes that year; when no year is left, a need that came from ABK is
    // removed too (a need entered directly stays). The caller notifies ChangeBus after its own commit.
    Status replaceTasks(qint64 unitId, qint64 positionId, int year, const QList<AbkTask> &tasks, double wkeHours);
    // Writes the ABK need of every post whose need comes from ABK again, e.g. after the WKE setting
    // changed; needs entered directly stay. Returns how many posts were looked at.
    Expected<int> recomputeNeeds(double wkeHours);

    static QString source() { return QStringLiteral("ABK"); }

private:
    // keepOtherSources: leave a need entered directly (or from the teacher rules) as it is.
    Status writeNeed(qint64 unitId, qint64 positionId, double wkeHours, bool keepOtherSources);

    QSqlDatabase m_db;
};

} // namespace imbang
