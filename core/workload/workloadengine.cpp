#include "workloadengine.h"

#include "domain/codes.h"
#include "workload/sqlitereader.h"

#include <QCoreApplication>

#include <algorithm>

namespace imbang {
namespace {

struct PostCounts {
    int unit = 0;     // index into the snapshot's units
    int position = 0; // index into the snapshot's positions
    double need = 0;
    QString source;
    int inPost = 0;
    std::array<int, outlookYears> retirements{};
};

// Posts by (unit id, position id). The queries return rows grouped by unit, so the unit is looked up once
// per run of rows and the post among that unit's few posts; rows naming a unit or position that no longer
// exists are dropped.
class PostTable {
public:
    PostTable(const QHash<qint64, int> &units, const QHash<qint64, int> &positions)
        : m_units(units), m_positions(positions), m_postsOfUnit(std::size_t(units.size())) {
        m_posts.reserve(40000);
    }
    PostCounts *at(qint64 unitId, qint64 positionId) {
        if (unitId != m_lastUnitId) {
            m_lastUnitId = unitId;
            m_lastUnit = m_units.value(unitId, -1);
        }
        const int position = m_positions.value(positionId, -1);
        if (m_lastUnit < 0 || position < 0)
            return nullptr;
        std::vector<int> &mine = m_postsOfUnit[std::size_t(m_lastUnit)];
        for (int p : mine)
            if (m_posts[std::size_t(p)].position == position)
                return &m_posts[std::size_t(p)];
        mine.push_back(int(m_posts.size()));
        m_posts.push_back(PostCounts{m_lastUnit, position, 0, QString(), 0, {}});
        return &m_posts.back();
    }
    const std::vector<PostCounts> &posts() const { return m_posts; }

private:
    const QHash<qint64, int> &m_units;
    const QHash<qint64, int> &m_positions;
    std::vector<std::vector<int>> m_postsOfUnit;
    std::vector<PostCounts> m_posts;
    qint64 m_lastUnitId = -1;
    int m_lastUnit = -1;
};

// The three need sources, shared rather than allocated per row.
QString internedSource(QLatin1StringView text) {
    static const QString known[] = {QStringLiteral("LANGSUNG"), QStringLiteral("ABK"), QStringLiteral("GURU")};
    for (const QString &k : known)
        if (k == text)
            return k;
    return QString(text);
}

} // namespace

Expected<WorkloadSnapshot> WorkloadEngine::compute(const QSqlDatabase &db, const QDate &today) {
    WorkloadSnapshot s;
    s.m_today = today;
    s.m_settings = WorkloadSettings::load(db);
    const auto fail = [](const QString &error) { return Expected<WorkloadSnapshot>::failure(error); };
    // Memory-mapped reads: repeated recomputes then read the pages in place instead of copying them through
    // read() calls. A connection setting; harmless for everything else on this connection.
    { SqliteReader mmap(db, QStringLiteral("PRAGMA mmap_size = 268435456")); mmap.next(); }

    // Read in table order and sorted here: ordering by the code index would visit the table pages at random.
    SqliteReader units(db, QStringLiteral("SELECT id, parent_id, code, name, region, kind FROM unit"));
    while (units.next()) {
        WorkloadSnapshot::UnitNode u;
        u.id = units.int64(0);
        u.parentId = units.int64(1);
        u.code = units.text(2);
        u.name = units.text(3);
        u.region = units.text(4);
        u.kind = codes::unitKindFromCode(units.text(5)).value_or(UnitKind::Other);
        s.m_units.push_back(std::move(u));
    }
    if (!units.error().isEmpty())
        return fail(units.error());
    std::sort(s.m_units.begin(), s.m_units.end(), [](const auto &a, const auto &b) { return a.code < b.code; });
    s.m_unitIndex.reserve(qsizetype(s.m_units.size()));
    for (int i = 0; i < int(s.m_units.size()); ++i)
        s.m_unitIndex.insert(s.m_units[std::size_t(i)].id, i);
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

    SqliteReader positions(db, QStringLiteral("SELECT id, code, name, family, kind, level, teacher, bup_override "
                                              "FROM position ORDER BY name"));
    int minimumBup = 200;
    while (positions.next()) {
        WorkloadSnapshot::PositionInfo p;
        p.id = positions.int64(0);
        p.code = positions.text(1);
        p.name = positions.text(2);
        p.family = positions.text(3);
        p.teacher = positions.int64(6) != 0;
        const PositionKind kind = codes::positionKindFromCode(positions.text(4)).value_or(PositionKind::Pelaksana);
        const PositionLevel level = codes::positionLevelFromCode(positions.text(5)).value_or(PositionLevel::None);
        p.retirementAge = positions.isNull(7) ? s.m_settings.retirement.ageFor(kind, level, p.teacher)
                                              : int(positions.int64(7));
        minimumBup = std::min(minimumBup, p.retirementAge);
        s.m_positionIndex.insert(p.id, int(s.m_positions.size()));
        s.m_positions.push_back(std::move(p));
    }
    if (!positions.error().isEmpty())
        return fail(positions.error());

    PostTable table(s.m_unitIndex, s.m_positionIndex);
    // Covered by the index staffing_need_workload.
    SqliteReader needs(db, QStringLiteral("SELECT unit_id, position_id, need, source FROM staffing_need"));
    while (needs.next())
        if (PostCounts *c = table.at(needs.int64(0), needs.int64(1))) {
            c->need = needs.real(2);
            c->source = internedSource(needs.latin1(3));
        }
    if (!needs.error().isEmpty())
        return fail(needs.error());

    // Both employee queries read only the covering index employee_workload.
    SqliteReader staff(db, QStringLiteral("SELECT unit_id, position_id, count(*) FROM employee "
                                          "WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 "
                                          "GROUP BY unit_id, position_id"));
    while (staff.next())
        if (PostCounts *c = table.at(staff.int64(0), staff.int64(1)))
            c->inPost = int(staff.int64(2));
    if (!staff.error().isEmpty())
        return fail(staff.error());

    // Pension starts the month after the BUP birthday, so someone born in December retires in the year after
    // birth year + BUP: "k" is the birth year shifted that way, and retirement year = k + BUP. Only those
    // whose k can reach a retirement year inside the outlook are read.
    const int firstYear = today.year();
    const int lastYear = firstYear + outlookYears - 1;
    if (!s.m_positions.empty()) {
        const int maxKey = lastYear - minimumBup;
        SqliteReader old(db,
                         QStringLiteral("SELECT unit_id, position_id, CAST(substr(birth_date, 1, 4) AS INTEGER) + "
                                        "(substr(birth_date, 6, 2) = '12') AS k, count(*) FROM employee "
                                        "WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 "
                                        "AND birth_date >= '1000' AND birth_date < ? GROUP BY unit_id, position_id, k"),
                         {QStringLiteral("%1-12-01").arg(maxKey, 4, 10, QLatin1Char('0'))});
        while (old.next()) {
            const int position = s.m_positionIndex.value(old.int64(1), -1);
            if (position < 0)
                continue;
            const int bup = s.m_positions[std::size_t(position)].retirementAge;
            // Past the retirement date but still active: counted in this year, as the pension is overdue.
            const int index = std::max(0, int(old.int64(2)) + bup - firstYear);
            if (index < outlookYears)
                if (PostCounts *c = table.at(old.int64(0), old.int64(1)))
                    c->retirements[std::size_t(index)] += int(old.int64(3));
        }
        if (!old.error().isEmpty())
            return fail(old.error());
    }

    s.m_posts.reserve(table.posts().size());
    for (const PostCounts &c : table.posts())
        s.m_posts.push_back(WorkloadSnapshot::Post{c.unit, c.position, c.source,
                                                   WorkloadFigures::forPost(c.need, c.inPost, c.retirements)});
    // A stable order (unit code, then position name) so that every listing is the same from run to run.
    std::sort(s.m_posts.begin(), s.m_posts.end(), [](const auto &a, const auto &b) {
        return a.unit != b.unit ? a.unit < b.unit : a.position < b.position;
    });
    for (int i = 0; i < int(s.m_posts.size()); ++i)
        s.m_units[std::size_t(s.m_posts[std::size_t(i)].unit)].posts.push_back(i);
    return s;
}

} // namespace imbang
