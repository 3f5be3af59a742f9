#include "performanceoverview.h"

#include "domain/employee.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace imbang::performanceoverview {
namespace {

struct UnitNode {
    qint64 parentId = 0;
    QString name;
    QString region;
};

int monthsBetween(const QDate &from, const QDate &to) {
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return months;
}

// The units whose staff the overview counts, and for each of them the row unit it is counted under.
class Scope {
public:
    Scope(const QHash<qint64, UnitNode> &units, qint64 unitId, const QString &region) : m_units(units) {
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            const bool inScope = unitId > 0 ? isWithin(it.key(), unitId)
                                             : region.isEmpty() || it->region == region;
            if (inScope)
                m_members.insert(it.key());
        }
        for (const qint64 id : std::as_const(m_members)) {
            const qint64 parent = units.value(id).parentId;
            if (unitId > 0 ? parent == unitId : !m_members.contains(parent))
                m_rowUnits.insert(id);
        }
        if (unitId > 0)
            m_rowUnits.insert(unitId); // staff placed in the unit itself
    }

    // 0 when the unit is outside the scope.
    qint64 rowOf(qint64 unitId) const {
        if (!m_members.contains(unitId))
            return 0;
        qint64 id = unitId;
        while (id != 0 && !m_rowUnits.contains(id))
            id = m_units.value(id).parentId;
        return id;
    }

private:
    bool isWithin(qint64 id, qint64 ancestor) const {
        for (int depth = 0; id != 0 && depth < 64; ++depth) { // depth cap: a damaged file may hold a cycle
            if (id == ancestor)
                return true;
            id = m_units.value(id).parentId;
        }
        return false;
    }

    const QHash<qint64, UnitNode> &m_units;
    QSet<qint64> m_members;
    QSet<qint64> m_rowUnits;
};

Expected<QHash<qint64, UnitNode>> loadUnits(const QSqlDatabase &db) {
    auto query = sql::run(db, QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, region FROM unit"));
    if (!query)
        return Expected<QHash<qint64, UnitNode>>::failure(query.error());
    QHash<qint64, UnitNode> units;
    while (query->next())
        units.insert(query->value(0).toLongLong(),
                     {query->value(1).toLongLong(), query->value(2).toString(), query->value(3).toString()});
    return units;
}

void add(RatingDistribution &row, const std::optional<PerformancePredicate> &rating, bool due) {
    ++row.staff;
    if (rating)
        ++row.counts[std::size_t(*rating)];
    else
        ++row.unrated;
    if (due)
        ++row.dueForRotation;
}

} // namespace

Expected<PerformanceOverview> compute(QSqlDatabase db, qint64 unitId, const QString &region, int year) {
    const auto units = loadUnits(db);
    if (!units)
        return Expected<PerformanceOverview>::failure(units.error());
    const Scope scope(*units, unitId, region);

    PerformanceOverview overview;
    overview.year = year;
    overview.asOf = Clock::today();
    overview.rotationYears = Settings(db).get(settingkeys::rotationYears);
    overview.scopeName = unitId > 0       ? units->value(unitId).name
                         : !region.isEmpty() ? region
                                             : QCoreApplication::translate("PerformanceOverview", "All agencies");
    overview.total.unitName = QCoreApplication::translate("PerformanceOverview", "Total");

    auto query = sql::run(db, QStringLiteral(R"(
        SELECT e.id, e.nip, e.name, e.title_front, e.title_back, e.unit_id, COALESCE(p.name, ''),
               e.position_tmt, r.predicate, e.status
        FROM employee e
        LEFT JOIN position p ON p.id = e.position_id
        LEFT JOIN performance_rating r ON r.employee_id = e.id AND r.year = ?
        WHERE e.active = 1 AND e.unit_id IS NOT NULL)"),
                          {year});
    if (!query)
        return Expected<PerformanceOverview>::failure(query.error());
    QHash<qint64, RatingDistribution> rows;
    const int rotationMonths = overview.rotationYears * 12;
    while (query->next()) {
        const qint64 employeeUnit = query->value(5).toLongLong();
        const qint64 rowUnit = scope.rowOf(employeeUnit);
        if (rowUnit == 0)
            continue;
        const auto rating = performance::fromCode(query->value(8).toString());
        const QDate positionTmt = sql::toDate(query->value(7));
        const int months = positionTmt.isValid() ? monthsBetween(positionTmt, overview.asOf) : 0;
        const bool due = positionTmt.isValid() && months > rotationMonths;

        RatingDistribution &row = rows[rowUnit];
        row.unitId = rowUnit;
        add(row, rating, due);
        add(overview.total, rating, due);
        if (!due)
            continue;
        RotationCandidate candidate;
        candidate.employeeId = query->value(0).toLongLong();
        candidate.nip = query->value(1).toString();
        candidate.status = codes::statusFromCode(query->value(9).toString()).value_or(EmploymentStatus::Pns);
        Employee person; // for the name with titles as everywhere else
        person.name = query->value(2).toString();
        person.titleFront = query->value(3).toString();
        person.titleBack = query->value(4).toString();
        candidate.name = person.fullName();
        candidate.unitName = units->value(employeeUnit).name;
        candidate.positionName = query->value(6).toString();
        candidate.positionTmt = positionTmt;
        candidate.monthsInPost = months;
        candidate.rating = rating;
        overview.dueForRotation.append(candidate);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->unitName = units->value(it.key()).name;
        overview.rows.append(*it);
    }
    std::sort(overview.rows.begin(), overview.rows.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.unitName, b.unitName) < 0;
    });
    std::sort(overview.dueForRotation.begin(), overview.dueForRotation.end(), [](const auto &a, const auto &b) {
        return a.monthsInPost != b.monthsInPost ? a.monthsInPost > b.monthsInPost : a.name < b.name;
    });
    return overview;
}

} // namespace imbang::performanceoverview
