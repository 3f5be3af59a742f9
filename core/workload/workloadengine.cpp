#include "workloadengine.h"

#include "domain/codes.h"
#include "workload/sqlitereader.h"

#include <QCoreApplication>

#include <algorithm>

namespace imbang {
namespace {

using Post = WorkloadSnapshot::Post;

// Posts by (unit id, position id), filled in place: need, staff and retirements go straight into each post's
// figures, which are completed at the end. The queries return rows grouped by unit, so the unit is looked up
// once per run of rows and the post among that unit's few posts. Rows naming a unit or position that no
// longer exists are dropped.
class PostTable {
public:
    PostTable(const QHash<qint64, int> &units, const QHash<qint64, int> &positions)
        : m_units(units), m_positions(positions), m_postsOfUnit(std::size_t(units.size())) {
        m_posts.reserve(40000);
    }
    WorkloadFigures *at(qint64 unitId, qint64 positionId, QString **source = nullptr) {
        if (unitId != m_lastUnitId) {
            m_lastUnitId = unitId;
            m_lastUnit = m_units.value(unitId, -1);
        }
        const int position = m_positions.value(positionId, -1);
        if (m_lastUnit < 0 || position < 0)
            return nullptr;
        std::vector<int> &mine = m_postsOfUnit[std::size_t(m_lastUnit)];
        Post *post = nullptr;
        for (int p : mine)
            if (m_posts[std::size_t(p)].position == position)
                post = &m_posts[std::size_t(p)];
        if (!post) {
            mine.push_back(int(m_posts.size()));
            post = &m_posts.emplace_back(Post{m_lastUnit, position, QString(), WorkloadFigures()});
        }
        if (source)
            *source = &post->needSource;
        return &post->figures;
    }
    // Completes each post's figures and hands the posts over.
    std::vector<Post> take() {
        for (Post &p : m_posts)
            p.figures = WorkloadFigures::forPost(p.figures.need, p.figures.inPost, p.figures.retirements);
        return std::move(m_posts);
    }

private:
    const QHash<qint64, int> &m_units;
    const QHash<qint64, int> &m_positions;
    std::vector<std::vector<int>> m_postsOfUnit;
    std::vector<Post> m_posts;
    qint64 m_lastUnitId = -1;
    int m_lastUnit = -1;
};

// "1966-12-05" -> 1967: the birth year, one later for December, as pension starts the month after the BUP
// birthday. 0 for text that is not a date.
int retirementKey(QLatin1StringView date) {
    if (date.size() < 7)
        return 0;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = date.at(i).toLatin1();
        if (c < '0' || c > '9')
            return 0;
        year = year * 10 + (c - '0');
    }
    return year + (date.at(5) == QLatin1Char('1') && date.at(6) == QLatin1Char('2') ? 1 : 0);
}

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
    while (needs.next()) {
        QString *source = nullptr;
        if (WorkloadFigures *f = table.at(needs.int64(0), needs.int64(1), &source)) {
            f->need = needs.real(2);
            *source = internedSource(needs.latin1(3));
        }
    }
    if (!needs.error().isEmpty())
        return fail(needs.error());

    // Both employee queries read only the covering index employee_workload.
    SqliteReader staff(db, QStringLiteral("SELECT unit_id, position_id, count(*) FROM employee "
                                          "WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 "
                                          "GROUP BY unit_id, position_id"));
    while (staff.next())
        if (WorkloadFigures *f = table.at(staff.int64(0), staff.int64(1)))
            f->inPost = int(staff.int64(2));
    if (!staff.error().isEmpty())
        return fail(staff.error());

    // Retirement year = k + BUP, where k is the birth year, one later for those born in December (see
    // retirementKey). Only those whose k can reach a retirement year inside the outlook are read, one row
    // each, in index order; grouping them in SQL would cost a sort.
    const int firstYear = today.year();
    const int lastYear = firstYear + outlookYears - 1;
    if (!s.m_positions.empty()) {
        const int maxKey = lastYear - minimumBup;
        SqliteReader old(db,
                         QStringLiteral("SELECT unit_id, position_id, birth_date FROM employee "
                                        "WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 "
                                        "AND birth_date >= '1000' AND birth_date < ?"),
                         {QStringLiteral("%1-12-01").arg(maxKey, 4, 10, QLatin1Char('0'))});
        while (old.next()) {
            const int key = retirementKey(old.latin1(2));
            const int position = s.m_positionIndex.value(old.int64(1), -1);
            if (key == 0 || position < 0)
                continue;
            // Past the retirement date but still active: counted in this year, as the pension is overdue.
            const int index = std::max(0, key + s.m_positions[std::size_t(position)].retirementAge - firstYear);
            if (index < outlookYears)
                if (WorkloadFigures *f = table.at(old.int64(0), old.int64(1)))
                    ++f->retirements[std::size_t(index)];
        }
        if (!old.error().isEmpty())
            return fail(old.error());
    }

    s.m_posts = table.take();
    // A stable order (unit code, then position name) so that every listing is the same from run to run.
    std::sort(s.m_posts.begin(), s.m_posts.end(), [](const auto &a, const auto &b) {
        return a.unit != b.unit ? a.unit < b.unit : a.position < b.position;
    });
    for (int i = 0; i < int(s.m_posts.size()); ++i)
        s.m_units[std::size_t(s.m_posts[std::size_t(i)].unit)].posts.push_back(i);
    return s;
}

} // namespace imbang
