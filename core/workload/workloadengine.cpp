#include "workloadengine.h"

#include "domain/codes.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

#include <algorithm>

namespace imbang {
namespace {

quint64 postKey(int unit, int position) { return (quint64(quint32(unit)) << 32) | quint32(position); }

struct PostCounts {
    double need = 0;
    QString source;
    int inPost = 0;
    std::array<int, outlookYears> retirements{};
};

} // namespace

Expected<WorkloadSnapshot> WorkloadEngine::compute(const QSqlDatabase &db, const QDate &today) {
    WorkloadSnapshot s;
    s.m_today = today;
    s.m_settings = WorkloadSettings::load(db);
    const auto fail = [](const QString &error) { return Expected<WorkloadSnapshot>::failure(error); };

    auto units = sql::run(db, QStringLiteral("SELECT id, parent_id, code, name, region, kind FROM unit ORDER BY code"));
    if (!units)
        return fail(units.error());
    while (units->next()) {
        WorkloadSnapshot::UnitNode u;
        u.id = units->value(0).toLongLong();
        u.parentId = units->value(1).toLongLong();
        u.code = units->value(2).toString();
        u.name = units->value(3).toString();
        u.region = units->value(4).toString();
        u.kind = codes::unitKindFromCode(units->value(5).toString()).value_or(UnitKind::Other);
        s.m_unitIndex.insert(u.id, int(s.m_units.size()));
        s.m_units.push_back(std::move(u));
    }
    // Children in code order (units come sorted). A parent chain that loops back is cut where it closes,
    // so every walk over the tree ends.
    for (int i = 0; i < int(s.m_units.size()); ++i) {
        WorkloadSnapshot::UnitNode &u = s.m_units[std::size_t(i)];
        const int parent = s.m_unitIndex.value(u.parentId, -1);
        if (parent < 0) {
            u.parentId = 0;
            continue;
        }
        bool loops = false;
        for (int a = parent, steps = 0; a >= 0 && steps <= int(s.m_units.size()); ++steps) {
            if (a == i) {
                loops = true;
                break;
            }
            a = s.m_unitIndex.value(s.m_units[std::size_t(a)].parentId, -1);
        }
        if (loops)
            u.parentId = 0;
        else
            s.m_units[std::size_t(parent)].children.push_back(i);
    }

    auto positions = sql::run(db, QStringLiteral("SELECT id, code, name, family, kind, level, teacher, bup_override "
                                                 "FROM position ORDER BY name"));
    if (!positions)
        return fail(positions.error());
    int minimumBup = 200;
    while (positions->next()) {
        WorkloadSnapshot::PositionInfo p;
        p.id = positions->value(0).toLongLong();
        p.code = positions->value(1).toString();
        p.name = positions->value(2).toString();
        p.family = positions->value(3).toString();
        p.teacher = positions->value(6).toBool();
        const PositionKind kind =
            codes::positionKindFromCode(positions->value(4).toString()).value_or(PositionKind::Pelaksana);
        const PositionLevel level =
            codes::positionLevelFromCode(positions->value(5).toString()).value_or(PositionLevel::None);
        p.retirementAge = positions->value(7).isNull() ? s.m_settings.retirement.ageFor(kind, level, p.teacher)
                                                       : positions->value(7).toInt();
        minimumBup = std::min(minimumBup, p.retirementAge);
        s.m_positionIndex.insert(p.id, int(s.m_positions.size()));
        s.m_positions.push_back(std::move(p));
    }

    QHash<quint64, PostCounts> counts;
    counts.reserve(40000);
    const auto slot = [&](qint64 unitId, qint64 positionId) -> PostCounts * {
        const int u = s.m_unitIndex.value(unitId, -1), p = s.m_positionIndex.value(positionId, -1);
        return u < 0 || p < 0 ? nullptr : &counts[postKey(u, p)];
    };

    auto needs = sql::run(db, QStringLiteral("SELECT unit_id, position_id, need, source FROM staffing_need"));
    if (!needs)
        return fail(needs.error());
    while (needs->next())
        if (PostCounts *c = slot(needs->value(0).toLongLong(), needs->value(1).toLongLong())) {
            c->need = needs->value(2).toDouble();
            c->source = needs->value(3).toString();
        }

    // Both employee queries read only the covering index employee_workload.
    auto staff = sql::run(db, QStringLiteral("SELECT unit_id, position_id, count(*) FROM employee "
                                             "WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 "
                                             "GROUP BY unit_id, position_id"));
    if (!staff)
        return fail(staff.error());
    while (staff->next())
        if (PostCounts *c = slot(staff->value(0).toLongLong(), staff->value(1).toLongLong()))
            c->inPost = staff->value(2).toInt();

    // Pension starts the month after the BUP birthday, so someone born in December retires in the year after
    // birth year + BUP: "k" is the birth year shifted that way, and retirement year = k + BUP. Only those
    // whose k can reach a retirement year inside the outlook are read.
    const int firstYear = today.year();
    const int lastYear = firstYear + outlookYears - 1;
    if (!s.m_positions.empty()) {
        const int maxKey = lastYear - minimumBup;
        auto old = sql::run(db,
                            QStringLiteral("SELECT unit_id, position_id, CAST(substr(birth_date, 1, 4) AS INTEGER) + "
                                           "(substr(birth_date, 6, 2) = '12') AS k, count(*) FROM employee "
                                           "WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 "
                                           "AND birth_date >= '1000' AND birth_date < ? GROUP BY unit_id, position_id, k"),
                            {QStringLiteral("%1-12-01").arg(maxKey, 4, 10, QLatin1Char('0'))});
        if (!old)
            return fail(old.error());
        while (old->next()) {
            const qint64 positionId = old->value(1).toLongLong();
            PostCounts *c = slot(old->value(0).toLongLong(), positionId);
            if (!c)
                continue;
            const int bup = s.m_positions[std::size_t(s.m_positionIndex.value(positionId))].retirementAge;
            // Past the retirement date but still active: counted in this year, as the pension is overdue.
            const int index = std::max(0, old->value(2).toInt() + bup - firstYear);
            if (index < outlookYears)
                c->retirements[std::size_t(index)] += old->value(3).toInt();
        }
    }

    s.m_posts.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        WorkloadSnapshot::Post post;
        post.unit = int(it.key() >> 32);
        post.position = int(it.key() & 0xffffffffu);
        post.needSource = it->source;
        post.figures = WorkloadFigures::forPost(it->need, it->inPost, it->retirements);
        s.m_posts.push_back(std::move(post));
    }
    // A stable order (unit code, then position name) so that every listing is the same from run to run.
    std::sort(s.m_posts.begin(), s.m_posts.end(), [](const auto &a, const auto &b) {
        return a.unit != b.unit ? a.unit < b.unit : a.position < b.position;
    });
    for (int i = 0; i < int(s.m_posts.size()); ++i)
        s.m_units[std::size_t(s.m_posts[std::size_t(i)].unit)].posts.push_back(i);
    return s;
}

} // namespace imbang
