#pragma once

#include "domain/codes.h"
#include "workload/workloadfigures.h"
#include "workload/workloadsettings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace imbang {

enum class WorkloadGrouping { Unit, Position, Region };

// Which posts count: all, or only positions of one family (rumpun) and/or only teachers.
struct WorkloadFilter {
    QString positionFamily; // empty: every family
    bool teachersOnly = false;
    friend bool operator==(const WorkloadFilter &, const WorkloadFilter &) = default;
};

// One line of a breakdown: a sub-unit with everything below it, a position across units, or a region.
struct WorkloadRow {
    qint64 id = 0;          // unit id (Unit), position id (Position), 0 (Region)
    QString code;           // unit code, position code (may be empty), empty for a region
    QString name;
    bool ownPosts = false;  // the selected unit's own posts, listed beside its sub-units
    bool hasSubUnits = false;
    WorkloadFigures figures;
};

// One year of the retirement outlook.
struct RetirementYear {
    int year = 0;
    int retiring = 0;
    int staff = 0;       // left at the end of the year if nobody is hired or moved
    double need = 0;
    double gap = 0;      // staff - need
    double shortage = 0; // summed per post (zero or below)
};

// Everything a workload view shows for one selected unit: the dashboard, the report and
// `imbang-cli workload` all print this.
struct WorkloadSummary {
    qint64 unitId = 0; // 0: the whole office
    QString unitCode;
    QString unitName;
    WorkloadGrouping grouping = WorkloadGrouping::Unit;
    WorkloadFilter filter;
    QDate today;
    double wkeHours = 0;
    GradeThresholds thresholds;
    QList<WorkloadRow> rows;
    WorkloadFigures total;
    QList<RetirementYear> outlook;
    std::array<int, 5> gradeCounts{}; // rows per grade A..E
};

// The result of one recompute: every (unit, position) with its need, staff in post and retirements,
// plus the unit tree, held in memory so that switching the selected unit costs no database query.
class WorkloadSnapshot {
public:
    struct UnitNode {
        qint64 id = 0;
        qint64 parentId = 0;
        QString code;
        QString name;
        QString region;
        UnitKind kind = UnitKind::Other;
        std::vector<int> children; // indices into units, ordered by code
        std::vector<int> posts;    // indices into posts
    };
    struct PositionInfo {
        qint64 id = 0;
        QString code;
        QString name;
        QString family;
        bool teacher = false;
        int retirementAge = 0;
    };
    struct Post {
        int unit = 0;     // index into units
        int position = 0; // index into positions
        QString needSource;
        WorkloadFigures figures;
    };

    const QDate &today() const { return m_today; }
    int firstOutlookYear() const { return m_today.year(); }
    const WorkloadSettings &settings() const { return m_settings; }

    const std::vector<UnitNode> &units() const { return m_units; }
    const std::vector<PositionInfo> &positions() const { return m_positions; }
    const std::vector<Post> &posts() const { return m_posts; }
    const UnitNode *unit(qint64 id) const;
    const PositionInfo *position(qint64 id) const;
    QStringList positionFamilies() const;

    WorkloadSummary summarize(qint64 unitId, WorkloadGrouping grouping, const WorkloadFilter &filter = {}) const;
    QList<WorkloadRow> breakdown(qint64 unitId, WorkloadGrouping grouping, const WorkloadFilter &filter = {}) const;
    WorkloadFigures total(qint64 unitId, const WorkloadFilter &filter = {}) const;
    QList<RetirementYear> outlook(const WorkloadFigures &figures) const;
    // The figures of one post; zeros when the unit has no such post.
    WorkloadFigures post(qint64 unitId, qint64 positionId) const;

private:
    friend class WorkloadEngine;

    bool passes(const Post &post, const WorkloadFilter &filter) const;
    // Calls f(post) for every post in the unit's subtree (the whole office for index -1).
    template <typename F>
    void forEachPost(int unitIndex, const WorkloadFilter &filter, F &&f) const;
    std::vector<int> roots() const;

    QDate m_today;
    WorkloadSettings m_settings;
    std::vector<UnitNode> m_units;
    std::vector<PositionInfo> m_positions;
    std::vector<Post> m_posts;
    QHash<qint64, int> m_unitIndex;
    QHash<qint64, int> m_positionIndex;
};

} // namespace imbang
