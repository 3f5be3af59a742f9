#include "workloadsnapshot.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace imbang {

const WorkloadSnapshot::UnitNode *WorkloadSnapshot::unit(qint64 id) const {
    const auto it = m_unitIndex.constFind(id);
    return it == m_unitIndex.cend() ? nullptr : &m_units[std::size_t(*it)];
}

const WorkloadSnapshot::PositionInfo *WorkloadSnapshot::position(qint64 id) const {
    const auto it = m_positionIndex.constFind(id);
    return it == m_positionIndex.cend() ? nullptr : &m_positions[std::size_t(*it)];
}

QStringList WorkloadSnapshot::positionFamilies() const {
    QSet<QString> families;
    for (const PositionInfo &p : m_positions)
        if (!p.family.isEmpty())
            families.insert(p.family);
    QStringList list(families.cbegin(), families.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool WorkloadSnapshot::passes(const Post &post, const WorkloadFilter &filter) const {
    const PositionInfo &p = m_positions[std::size_t(post.position)];
    if (filter.teachersOnly && !p.teacher)
        return false;
    if (!filter.positionFamily.isEmpty() && p.family.compare(filter.positionFamily, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

std::vector<int> WorkloadSnapshot::roots() const {
    std::vector<int> roots;
    for (int i = 0; i < int(m_units.size()); ++i)
        if (m_units[std::size_t(i)].parentId == 0 || !m_unitIndex.contains(m_units[std::size_t(i)].parentId))
            roots.push_back(i);
    return roots;
}

template <typename F>
void WorkloadSnapshot::forEachPost(int unitIndex, const WorkloadFilter &filter, F &&f) const {
    if (unitIndex < 0) {
        for (const Post &p : m_posts)
            if (passes(p, filter))
                f(p);
        return;
    }
    // Iterative walk: unit trees are shallow, but a malformed one must not overflow the stack. The engine
    // has already broken parent cycles.
    std::vector<int> stack{unitIndex};
    while (!stack.empty()) {
        const UnitNode &u = m_units[std::size_t(stack.back())];
        stack.pop_back();
        for (int p : u.posts)
            if (passes(m_posts[std::size_t(p)], filter))
                f(m_posts[std::size_t(p)]);
        stack.insert(stack.end(), u.children.begin(), u.children.end());
    }
}

QList<WorkloadRow> WorkloadSnapshot::breakdown(qint64 unitId, WorkloadGrouping grouping,
                                               const WorkloadFilter &filter) const {
    const int root = unitId == 0 ? -1 : m_unitIndex.value(unitId, -2);
    if (root == -2)
        return {};
    QList<WorkloadRow> rows;
    switch (grouping) {
    case WorkloadGrouping::Unit: {
        if (root >= 0) {
            const UnitNode &self = m_units[std::size_t(root)];
            WorkloadRow own{self.id, self.code, self.name, !self.children.empty(), false, {}};
            for (int p : self.posts)
                if (passes(m_posts[std::size_t(p)], filter))
                    own.figures.add(m_posts[std::size_t(p)].figures);
            if (own.figures.posts > 0)
                rows << own;
        }
        const std::vector<int> children = root >= 0 ? m_units[std::size_t(root)].children : roots();
        for (int c : children) {
            const UnitNode &child = m_units[std::size_t(c)];
            WorkloadRow row{child.id, child.code, child.name, false, !child.children.empty(), {}};
            forEachPost(c, filter, [&row](const Post &p) { row.figures.add(p.figures); });
            if (row.figures.posts > 0)
                rows << row;
        }
        break;
    }
    case WorkloadGrouping::Position: {
        QMap<QString, WorkloadRow> byName; // ordered by name
        forEachPost(root, filter, [&](const Post &p) {
            const PositionInfo &info = m_positions[std::size_t(p.position)];
            const QString key = info.name.toCaseFolded() + QChar(0) + QString::number(info.id);
            auto it = byName.find(key);
            if (it == byName.end())
                it = byName.insert(key, WorkloadRow{info.id, info.code, info.name, false, false, {}});
            it->figures.add(p.figures);
        });
        rows = byName.values();
        break;
    }
    case WorkloadGrouping::Region: {
        QMap<QString, WorkloadRow> byRegion;
        forEachPost(root, filter, [&](const Post &p) {
            const QString &region = m_units[std::size_t(p.unit)].region;
            const QString name = region.isEmpty()
                                     ? QCoreApplication::translate("WorkloadSnapshot", "(no region)")
                                     : region;
            auto it = byRegion.find(name);
            if (it == byRegion.end())
                it = byRegion.insert(name, WorkloadRow{0, QString(), name, false, false, {}});
            it->figures.add(p.figures);
        });
        rows = byRegion.values();
        break;
    }
    }
    return rows;
}

WorkloadFigures WorkloadSnapshot::total(qint64 unitId, const WorkloadFilter &filter) const {
    WorkloadFigures total;
    const int root = unitId == 0 ? -1 : m_unitIndex.value(unitId, -2);
    if (root == -2)
        return total;
    forEachPost(root, filter, [&total](const Post &p) { total.add(p.figures); });
    return total;
}

WorkloadFigures WorkloadSnapshot::post(qint64 unitId, qint64 positionId) const {
    const UnitNode *u = unit(unitId);
    if (!u)
        return {};
    for (int p : u->posts)
        if (m_positions[std::size_t(m_posts[std::size_t(p)].position)].id == positionId)
            return m_posts[std::size_t(p)].figures;
    return {};
}

QList<RetirementYear> WorkloadSnapshot::outlook(const WorkloadFigures &f) const {
    QList<RetirementYear> years;
    for (int i = 0; i < outlookYears; ++i)
        years << RetirementYear{firstOutlookYear() + i, f.retirements[std::size_t(i)], f.projectedStaff(i), f.need,
                                f.projectedGap(i), f.projectedShortage[std::size_t(i)]};
    return years;
}

WorkloadSummary WorkloadSnapshot::summarize(qint64 unitId, WorkloadGrouping grouping,
                                            const WorkloadFilter &filter) const {
    WorkloadSummary s;
    s.unitId = unitId;
    if (const UnitNode *u = unit(unitId)) {
        s.unitCode = u->code;
        s.unitName = u->name;
    } else {
        s.unitId = 0;
    }
    s.grouping = grouping;
    s.filter = filter;
    s.today = m_today;
    s.wkeHours = m_settings.wkeHours;
    s.thresholds = m_settings.thresholds;
    s.rows = breakdown(s.unitId, grouping, filter);
    s.total = total(s.unitId, filter);
    s.outlook = outlook(s.total);
    for (const WorkloadRow &row : s.rows)
        ++s.gradeCounts[std::size_t(row.figures.grade(s.thresholds))];
    return s;
}

} // namespace imbang
