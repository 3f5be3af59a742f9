#include "rebalanceplanner.h"

#include "competence/competencerepository.h"
#include "competence/qualificationcheck.h"

#include "domain/codes.h"
#include "domain/employeefacts.h"
#include "planner/flownetwork.h"
#include "planner/geodistance.h"
#include "records/employeerepository.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "transfers/transferrules.h"
#include "util/clock.h"
#include "util/indonesianformat.h"
#include "workload/sqlitereader.h"
#include "workload/workloadengine.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace imbang {
namespace {

constexpr double epsilon = 1e-9;

std::uint64_t postKey(qint64 unitId, qint64 positionId) {
    return (std::uint64_t(unitId) << 32) | std::uint32_t(positionId);
}

int peopleNeeded(double need) { return int(std::ceil(need - epsilon)); }

// A unit as the planner sees it: where it is (inherited from its parent when not recorded), its agency
// (top-level ancestor) and region, and whether it is in the scope.
struct UnitData {
    double lat = 0, lon = 0;
    bool located = false;
    bool open = true;
    int agency = 0;
    QString region;
    QString regionKey; // lower case
    int regionId = 0;  // the same, as a number for the inner loops
    bool inScope = true;
    bool excluded = false;
    QString group;
};

struct Candidate {
    qint64 id = 0;
    QString name;
    QString nip;
    QDate positionTmt;
    int monthsInPost = 0;
    bool pppk = false;
    QStringList requestRegions; // lower case
    QString education;
    int ratingRank = 0;         // the last two years' predicates, higher is better (ties: best rated first)
    QString ratingText;         // "2025: Baik, 2024: Sangat Baik"
    bool used = false;
};

struct PostState {
    int unit = 0;     // snapshot index
    int position = 0; // snapshot index
    qint64 unitId = 0, positionId = 0;
    double need = 0;
    bool needRecorded = false;
    bool inScope = false;
    int inPost = 0;
    int effective = 0; // with open transfers counted as done
    int keep = 0;
    int supply = 0;
    int demand = 0;
    int after = 0;
    std::vector<Candidate> candidates;
    int node = -1;
};

enum class ArcKind { Pool, General, Request, Pppk };
struct ArcMeta {
    ArcKind kind = ArcKind::Pool;
    int from = -1;   // post index (supply)
    int to = -1;     // post index (demand)
    int region = -1; // request arcs: index of the region asked for
    double km = 0;
};

// A possible move from one surplus post: the shortage post, road km and cost in hectometres.
struct Pair {
    int to = 0;
    double km = 0;
    std::int64_t cost = 0;
};

QString kmText(double km) { return indonesian::decimal(km, 1); }

} // namespace

Expected<PlanResult> RebalancePlanner::plan(const QSqlDatabase &db, const PlanRequest &request) {
    return plan(db, request, PlannerSettings::load(db));
}

Expected<PlanResult> RebalancePlanner::plan(const QSqlDatabase &db, const PlanRequest &request,
                                            const PlannerSettings &baseSettings, FlowNetwork *networkOut) {
    PlannerSettings settings = baseSettings;
    if (request.maxMoves)
        settings.maxMoves = *request.maxMoves;
    if (request.maxKm)
        settings.maxKm = *request.maxKm;
    const QDate today = Clock::today();
    const QDate tmt = request.tmt.isValid() ? request.tmt : today;

    Expected<WorkloadSnapshot> computed = WorkloadEngine::compute(db, today);
    if (!computed)
        return Expected<PlanResult>::failure(computed.error());
    const WorkloadSnapshot &snapshot = *computed;
    const auto &units = snapshot.units();
    const auto &positions = snapshot.positions();
    PlanResult result;

    // Units: index by id, coordinates and closing dates, inherited region and place, scope and exclusions.
    QHash<qint64, int> unitIndex;
    for (std::size_t i = 0; i < units.size(); ++i)
        unitIndex.insert(units[i].id, int(i));
    std::vector<UnitData> unitData(units.size());
    {
        SqliteReader q(db, QStringLiteral("SELECT id, latitude, longitude, closed_on FROM unit"));
        while (q.next()) {
            const int u = unitIndex.value(q.int64(0), -1);
            if (u < 0)
                continue;
            UnitData &d = unitData[std::size_t(u)];
            d.located = !q.isNull(1) && !q.isNull(2);
            d.lat = q.real(1);
            d.lon = q.real(2);
            d.open = q.isNull(3) || q.text(3).isEmpty();
        }
        if (!q.error().isEmpty())
            return Expected<PlanResult>::failure(q.error());
    }
    // Parents come before children when walking from the roots.
    std::vector<int> order;
    order.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i)
        if (!unitIndex.contains(units[i].parentId))
            order.push_back(int(i));
    for (std::size_t k = 0; k < order.size(); ++k)
        for (int c : units[std::size_t(order[k])].children)
            order.push_back(c);
    const QString scopeRegion = request.region.simplified().toLower();
    const int scopeUnit = request.unitId ? unitIndex.value(request.unitId, -1) : -1;
    if (request.unitId && scopeUnit < 0)
        return Expected<PlanResult>::failure(
            QCoreApplication::translate("Planner", "The unit chosen as the scope no longer exists."));
    std::vector<char> underScopeUnit(units.size(), scopeUnit < 0 ? 1 : 0);
    std::vector<int> scopeChild(units.size(), -1); // the child of the scope unit a unit lies under
    QHash<QString, int> regionIds;
    for (int u : order) {
        const auto &node = units[std::size_t(u)];
        UnitData &d = unitData[std::size_t(u)];
        const int parent = unitIndex.value(node.parentId, -1);
        d.region = node.region;
        d.agency = u;
        if (parent >= 0) {
            const UnitData &p = unitData[std::size_t(parent)];
            if (d.region.isEmpty())
                d.region = p.region;
            if (!d.located && p.located) {
                d.lat = p.lat;
                d.lon = p.lon;
                d.located = true;
            }
            d.agency = p.agency;
            d.excluded = p.excluded;
            if (scopeUnit >= 0) {
                underScopeUnit[std::size_t(u)] = underScopeUnit[std::size_t(parent)];
                scopeChild[std::size_t(u)] = parent == scopeUnit ? u : scopeChild[std::size_t(parent)];
            }
        }
        if (u == scopeUnit)
            underScopeUnit[std::size_t(u)] = 1;
        if (request.excludedUnits.contains(node.id))
            d.excluded = true;
        d.regionKey = d.region.simplified().toLower();
        if (!regionIds.contains(d.regionKey))
            regionIds.insert(d.regionKey, int(regionIds.size()));
        d.regionId = regionIds.value(d.regionKey);
        d.inScope = underScopeUnit[std::size_t(u)] && (scopeRegion.isEmpty() || d.regionKey == scopeRegion);
        if (scopeUnit >= 0)
            d.group = scopeChild[std::size_t(u)] >= 0 ? units[std::size_t(scopeChild[std::size_t(u)])].name
                                                      : node.name;
        else if (!scopeRegion.isEmpty())
            d.group = units[std::size_t(d.agency)].name;
        else
            d.group = d.region.isEmpty() ? QCoreApplication::translate("Planner", "(no region)") : d.region;
    }
    QSet<QString> families;
    for (const QString &f : request.families)
        families.insert(f.simplified().toLower());
    auto familyOk = [&](int position) {
        return families.isEmpty() || families.contains(positions[std::size_t(position)].family.simplified().toLower());
    };

    // Posts in scope, with the open transfers counted as already done, and the minimums.
    std::vector<PostState> posts;
    std::unordered_map<std::uint64_t, int> postIndex;
    posts.reserve(snapshot.posts().size());
    for (const auto &p : snapshot.posts()) {
        PostState s;
        s.unit = p.unit;
        s.position = p.position;
        s.unitId = units[std::size_t(p.unit)].id;
        s.positionId = positions[std::size_t(p.position)].id;
        s.need = p.figures.need;
        s.needRecorded = !p.needSource.isEmpty();
        s.inPost = s.effective = s.after = p.figures.inPost;
        s.inScope = unitData[std::size_t(p.unit)].inScope && familyOk(p.position);
        postIndex.emplace(postKey(s.unitId, s.positionId), int(posts.size()));
        posts.push_back(std::move(s));
    }
    auto findPost = [&](qint64 unitId, qint64 positionId) {
        const auto it = postIndex.find(postKey(unitId, positionId));
        return it == postIndex.end() ? -1 : it->second;
    };
    QHash<qint64, QStringList> openTransfers;
    {
        SqliteReader q(db, QStringLiteral("SELECT employee_id, number, from_unit_id, from_position_id, to_unit_id, "
                                          "to_position_id FROM transfer WHERE status NOT IN ('SELESAI', 'DITOLAK', "
                                          "'DIBATALKAN')"));
        while (q.next()) {
            openTransfers[q.int64(0)] << q.text(1);
            if (const int from = findPost(q.int64(2), q.int64(3)); from >= 0)
                --posts[std::size_t(from)].effective;
            if (const int to = findPost(q.int64(4), q.int64(5)); to >= 0)
                ++posts[std::size_t(to)].effective;
        }
    }
    const int minimumPercent = Settings(db).get(settingkeys::originMinimumPercent);
    QHash<std::uint64_t, int> explicitMinimum;
    {
        SqliteReader q(db, QStringLiteral("SELECT unit_id, position_id, minimum FROM staffing_minimum"));
        while (q.next())
            explicitMinimum.insert(postKey(q.int64(0), q.int64(1)), int(q.int64(2)));
    }
    for (PostState &s : posts) {
        const auto minimum = explicitMinimum.constFind(postKey(s.unitId, s.positionId));
        const int ruleMinimum = minimum != explicitMinimum.constEnd()
                                    ? *minimum
                                    : int(std::ceil(s.need * minimumPercent / 100.0 - epsilon));
        s.keep = std::max(peopleNeeded(s.need), ruleMinimum);
    }

    // Pinned moves come first: they change the figures the rest is planned on.
    const EmployeeRepository employees(db);
    QSet<qint64> pinnedIds;
    QList<ProposedMove> pinnedMoves;
    for (const PinnedMove &pin : request.pinned) {
        const std::optional<Employee> e = employees.byId(pin.employeeId);
        const WorkloadSnapshot::UnitNode *toUnit = snapshot.unit(pin.toUnitId);
        const WorkloadSnapshot::PositionInfo *toPosition = snapshot.position(pin.toPositionId);
        if (!e || !e->active || !toUnit || !toPosition || pinnedIds.contains(pin.employeeId)) {
            result.notes << QCoreApplication::translate("Planner", "A pinned move was left out: the person or the "
                                                                   "target no longer exists, or is pinned twice.");
            continue;
        }
        pinnedIds.insert(e->id);
        ProposedMove m;
        m.employeeId = e->id;
        m.employeeName = e->fullName();
        m.nip = e->nip;
        m.fromUnitId = e->unitId;
        m.fromPositionId = e->positionId;
        m.toUnitId = pin.toUnitId;
        m.toPositionId = pin.toPositionId;
        m.pinned = true;
        m.monthsInPost = YearsMonths::between(e->positionTmt, tmt).totalMonths();
        const int fromU = unitIndex.value(e->unitId, -1);
        const int toU = unitIndex.value(pin.toUnitId, -1);
        if (fromU >= 0) {
            m.fromUnitName = units[std::size_t(fromU)].name;
            m.fromRegion = unitData[std::size_t(fromU)].region;
        }
        if (const auto *p = snapshot.position(e->positionId))
            m.fromPositionName = p->name;
        m.toUnitName = toUnit->name;
        m.toPositionName = toPosition->name;
        m.toRegion = unitData[std::size_t(toU)].region;
        m.crossesRegion = m.fromRegion.compare(m.toRegion, Qt::CaseInsensitive) != 0;
        m.positionChange = m.fromPositionId != m.toPositionId;
        if (fromU >= 0 && unitData[std::size_t(fromU)].located && unitData[std::size_t(toU)].located)
            m.distanceKm = geo::greatCircleKm(unitData[std::size_t(fromU)].lat, unitData[std::size_t(fromU)].lon,
                                              unitData[std::size_t(toU)].lat, unitData[std::size_t(toU)].lon) *
                           settings.roadFactor;
        m.why = QCoreApplication::translate("Planner", "Pinned by the officer.");
        if (const int from = findPost(m.fromUnitId, m.fromPositionId); from >= 0)
            --posts[std::size_t(from)].effective;
        if (const int to = findPost(m.toUnitId, m.toPositionId); to >= 0)
            ++posts[std::size_t(to)].effective;
        pinnedMoves << m;
    }

    // Who may move: active people in posts with more than they keep, who pass the transfer rules.
    QSet<qint64> held;
    {
        SqliteReader q(db, QStringLiteral("SELECT employee_id FROM planner_hold"));
        while (q.next())
            held.insert(q.int64(0));
    }
    QHash<qint64, QStringList> requests;
    {
        SqliteReader q(db, QStringLiteral("SELECT employee_id, region FROM transfer_request"));
        while (q.next())
            requests[q.int64(0)] << q.text(1).simplified().toLower();
    }
    // The performance predicates of the two years before the TMT's year: only people rated at least Baik
    // in both may be proposed (the transfer rule), and the better rated go first among equals.
    QHash<qint64, QHash<int, PerformancePredicate>> ratings;
    {
        SqliteReader q(db, QStringLiteral("SELECT employee_id, year, predicate FROM performance_rating WHERE year IN (%1, %2)")
                               .arg(tmt.year() - 1)
                               .arg(tmt.year() - 2));
        while (q.next())
            if (const auto p = performance::fromCode(q.text(2)))
                ratings[q.int64(0)].insert(int(q.int64(1)), *p);
    }
    const QHash<qint64, PositionRequirement> requirements = CompetenceRepository(db).allRequirements();
    const RuleSettings ruleSettings = RuleSettings::fromDatabase(db);
    const RetirementPolicy policy;
    {
        SqliteReader q(db, QStringLiteral("SELECT id, unit_id, position_id, status, birth_date, position_tmt, name, "
                                          "title_front, title_back, nip, education FROM employee NOT INDEXED WHERE active = 1 AND unit_id "
                                          "IS NOT NULL AND position_id IS NOT NULL"));
        while (q.next()) {
            const int p = findPost(q.int64(1), q.int64(2));
            if (p < 0)
                continue;
            PostState &s = posts[std::size_t(p)];
            if (!s.inScope || !s.needRecorded || s.effective <= s.keep || unitData[std::size_t(s.unit)].excluded)
                continue;
            const qint64 id = q.int64(0);
            if (held.contains(id) || request.excludedEmployees.contains(id) || pinnedIds.contains(id))
                continue;
            RuleFacts f;
            f.tmt = tmt;
            f.status = codes::statusFromCode(q.text(3)).value_or(EmploymentStatus::Pns);
            f.positionTmt = QDate::fromString(q.text(5), Qt::ISODate);
            const QDate birth = QDate::fromString(q.text(4), Qt::ISODate);
            if (birth.isValid())
                f.retirementDate = policy.retirementDate(birth, positions[std::size_t(s.position)].retirementAge);
            f.otherOpenTransfers = openTransfers.value(id);
            const auto allowed = [](const RuleResult &r) {
                return r.severity == RuleSeverity::Passed || r.severity == RuleSeverity::Note;
            };
            const QHash<int, PerformancePredicate> rated = ratings.value(id);
            int ratingRank = 0;
            QStringList ratingParts;
            for (int year = tmt.year() - 1; year >= tmt.year() - 2; --year) {
                const auto it = rated.constFind(year);
                f.lastRatings.append({year, it == rated.cend() ? std::nullopt : std::optional(*it)});
                if (it != rated.cend()) {
                    ratingRank += 4 - int(*it); // Sangat Baik 4 ... Sangat Kurang 0
                    ratingParts << QCoreApplication::translate("Planner", "%1: %2").arg(year).arg(performance::displayName(*it));
                }
            }
            if (!allowed(TransferRules::openTransfer(f)) || !allowed(TransferRules::timeInPost(f, ruleSettings)) ||
                !allowed(TransferRules::retirement(f, ruleSettings)) || !allowed(TransferRules::performance(f)))
                continue;
            Candidate c;
            c.id = id;
            const QString front = q.text(7), back = q.text(8);
            c.name = q.text(6);
            if (!front.isEmpty())
                c.name = front + QLatin1Char(' ') + c.name;
            if (!back.isEmpty())
                c.name += QStringLiteral(", ") + back;
            c.nip = q.text(9);
            c.positionTmt = f.positionTmt;
            c.monthsInPost = YearsMonths::between(f.positionTmt, tmt).totalMonths();
            c.pppk = f.status == EmploymentStatus::Pppk;
            c.requestRegions = requests.value(id);
            c.education = q.text(10);
            c.ratingRank = ratingRank;
            c.ratingText = ratingParts.join(QStringLiteral(", "));
            s.candidates.push_back(std::move(c));
        }
        if (!q.error().isEmpty())
            return Expected<PlanResult>::failure(q.error());
    }

    // Supply and demand per post.
    std::vector<int> supplyPosts;
    std::vector<int> demandPosts;
    for (std::size_t i = 0; i < posts.size(); ++i) {
        PostState &s = posts[i];
        const UnitData &u = unitData[std::size_t(s.unit)];
        if (!s.inScope || u.excluded)
            continue;
        result.candidates += int(s.candidates.size());
        s.supply = std::min(std::max(0, s.effective - s.keep), int(s.candidates.size()));
        if (s.supply > 0)
            supplyPosts.push_back(int(i));
        if (s.needRecorded && u.open)
            s.demand = std::max(0, peopleNeeded(s.need) - s.effective);
        if (s.demand > 0)
            demandPosts.push_back(int(i));
    }
    result.supplyPosts = int(supplyPosts.size());
    result.demandPosts = int(demandPosts.size());

    // Which shortage posts each surplus post may send to, at what cost. Province scale gives millions of
    // (surplus, shortage) pairs of one position or family, so they are not stored: one pass keeps the
    // nearest targets of each surplus post and, in a bounded heap per shortage post, its nearest origins.
    QHash<int, std::vector<int>> demandByPosition;
    QHash<QString, std::vector<int>> demandByFamily;
    for (int d : demandPosts) {
        demandByPosition[posts[std::size_t(d)].position].push_back(d);
        demandByFamily[positions[std::size_t(posts[std::size_t(d)].position)].family.simplified().toLower()].push_back(d);
    }
    std::vector<geo::Point> points(units.size());
    for (std::size_t u = 0; u < units.size(); ++u)
        points[u] = geo::Point::of(unitData[u].lat, unitData[u].lon);
    const auto forEachTarget = [&](int from, const auto &visit) {
        const PostState &origin = posts[std::size_t(from)];
        const UnitData &a = unitData[std::size_t(origin.unit)];
        const geo::Point &pa = points[std::size_t(origin.unit)];
        const auto consider = [&](int to, bool positionChange, bool crossFamily) {
            const int toUnit = posts[std::size_t(to)].unit;
            const UnitData &b = unitData[std::size_t(toUnit)];
            const double km =
                a.located && b.located ? geo::Point::km(pa, points[std::size_t(toUnit)]) * settings.roadFactor : 0.0;
            if (km > settings.maxKm + epsilon)
                return;
            double costKm = km;
            if (a.regionId != b.regionId)
                costKm += settings.borderPenaltyKm;
            if (positionChange)
                costKm += settings.positionChangePenaltyKm;
            if (crossFamily)
                costKm += settings.crossFamilyPenaltyKm;
            visit(Pair{to, km, std::llround(costKm * 10)});
        };
        const int position = origin.position;
        const auto &info = positions[std::size_t(position)];
        for (int to : demandByPosition.value(position))
            consider(to, false, false);
        if (info.teacher) // a teacher's post is the subject taught: teachers never change position
            return;
        const QString family = info.family.simplified().toLower();
        const auto otherPosition = [&](int to) {
            const int p = posts[std::size_t(to)].position;
            return p != position && !positions[std::size_t(p)].teacher;
        };
        if (settings.allowPositionChange && !family.isEmpty())
            for (int to : demandByFamily.value(family))
                if (otherPosition(to))
                    consider(to, true, false);
        if (settings.allowCrossFamily)
            for (auto it = demandByFamily.cbegin(); it != demandByFamily.cend(); ++it)
                if (it.key() != family || family.isEmpty())
                    for (int to : it.value())
                        if (otherPosition(to))
                            consider(to, true, true);
    };
    const std::size_t nearest = std::size_t(std::max(1, settings.nearest));
    const auto cheaper = [](const Pair &x, const Pair &y) { return x.cost != y.cost ? x.cost < y.cost : x.to < y.to; };
    std::vector<std::vector<Pair>> kept(supplyPosts.size());
    QHash<int, std::vector<std::pair<Pair, int>>> originHeaps; // per shortage post: (pair, supply slot)
    const auto heapLess = [&](const std::pair<Pair, int> &x, const std::pair<Pair, int> &y) {
        return x.first.cost != y.first.cost ? x.first.cost < y.first.cost : x.second < y.second;
    };
    for (std::size_t k = 0; k < supplyPosts.size(); ++k) {
        std::vector<Pair> targets;
        forEachTarget(supplyPosts[k], [&](const Pair &pair) {
            targets.push_back(pair);
            std::vector<std::pair<Pair, int>> &heap = originHeaps[pair.to];
            const std::pair<Pair, int> entry{pair, int(k)};
            if (heap.size() < nearest) {
                heap.push_back(entry);
                std::push_heap(heap.begin(), heap.end(), heapLess);
            } else if (heapLess(entry, heap.front())) {
                std::pop_heap(heap.begin(), heap.end(), heapLess);
                heap.back() = entry;
                std::push_heap(heap.begin(), heap.end(), heapLess);
            }
        });
        if (targets.size() > nearest) {
            std::nth_element(targets.begin(), targets.begin() + std::ptrdiff_t(nearest), targets.end(), cheaper);
            targets.resize(nearest);
        }
        kept[k] = std::move(targets);
    }
    for (auto it = originHeaps.cbegin(); it != originHeaps.cend(); ++it)
        for (const auto &[pair, slot] : it.value())
            kept[std::size_t(slot)].push_back(pair);
    for (std::vector<Pair> &list : kept) {
        std::sort(list.begin(), list.end(), cheaper);
        list.erase(std::unique(list.begin(), list.end(), [](const Pair &x, const Pair &y) { return x.to == y.to; }),
                   list.end());
    }

    // The network.
    FlowNetwork network;
    std::vector<ArcMeta> meta;
    QStringList regionKeys; // request regions, by index
    const auto arc = [&](int from, int to, std::int64_t cost, int capacity, ArcMeta m) {
        network.addArc(from, to, cost, capacity);
        meta.push_back(m);
    };
    for (int d : demandPosts)
        posts[std::size_t(d)].node = network.addNode(0, posts[std::size_t(d)].demand);
    const std::int64_t bonus = std::llround(settings.requestBonusKm * 10);
    for (std::size_t k = 0; k < supplyPosts.size(); ++k) {
        const int from = supplyPosts[k];
        PostState &s = posts[std::size_t(from)];
        s.node = network.addNode(s.supply, 0);
        int pns = 0, pppk = 0;
        QMap<QString, int> requested;
        for (const Candidate &c : s.candidates) {
            if (c.pppk) {
                ++pppk;
                continue;
            }
            ++pns;
            for (const QString &r : c.requestRegions)
                ++requested[r];
        }
        const int agency = unitData[std::size_t(s.unit)].agency;
        if (pns > 0) {
            const int pool = network.addNode(0, 0);
            arc(s.node, pool, 0, pns, {ArcKind::Pool, from, -1, -1, 0});
            for (const Pair &pair : kept[k])
                arc(pool, posts[std::size_t(pair.to)].node, pair.cost, -1,
                    {ArcKind::General, from, pair.to, -1, pair.km});
            for (auto r = requested.cbegin(); r != requested.cend(); ++r) {
                // Every shortage in the region asked for, not only the nearest ones.
                const int node = network.addNode(0, 0);
                qsizetype region = regionKeys.indexOf(r.key());
                if (region < 0) {
                    region = regionKeys.size();
                    regionKeys << r.key();
                }
                arc(pool, node, 0, r.value(), {ArcKind::Pool, from, -1, -1, 0});
                forEachTarget(from, [&](const Pair &pair) {
                    if (unitData[std::size_t(posts[std::size_t(pair.to)].unit)].regionKey == r.key())
                        arc(node, posts[std::size_t(pair.to)].node, pair.cost - bonus, -1,
                            {ArcKind::Request, from, pair.to, int(region), pair.km});
                });
            }
        }
        if (pppk > 0) {
            // PPPK move only within the agency that appointed them (TransferRules::pppkBetweenAgencies).
            const int pool = network.addNode(0, 0);
            arc(s.node, pool, 0, pppk, {ArcKind::Pool, from, -1, -1, 0});
            forEachTarget(from, [&](const Pair &pair) {
                if (unitData[std::size_t(posts[std::size_t(pair.to)].unit)].agency == agency)
                    arc(pool, posts[std::size_t(pair.to)].node, pair.cost, -1,
                        {ArcKind::Pppk, from, pair.to, -1, pair.km});
            });
        }
    }
    const int limit = settings.maxMoves > 0 ? std::max(0, settings.maxMoves - int(pinnedMoves.size())) : -1;
    const FlowNetwork::Solution solution = network.solve(limit);
    if (!solution.solved)
        return Expected<PlanResult>::failure(
            QCoreApplication::translate("Planner", "The planner found no solution. Please report this problem."));
    result.nodes = network.nodeCount();
    result.arcs = int(network.arcs().size());
    result.flow = solution.flow;
    result.cost = solution.cost;

    // Persons: per surplus post, requesters for their region first, then the longest in post to the nearest.
    for (int from : supplyPosts)
        std::stable_sort(posts[std::size_t(from)].candidates.begin(), posts[std::size_t(from)].candidates.end(),
                         [](const Candidate &a, const Candidate &b) {
                             // Career development: the longest in post first, then the best rated.
                             if (a.positionTmt != b.positionTmt)
                                 return a.positionTmt < b.positionTmt;
                             return a.ratingRank != b.ratingRank ? a.ratingRank > b.ratingRank : a.id < b.id;
                         });
    struct Flow {
        std::size_t arc;
        int units;
    };
    std::vector<Flow> flows;
    for (std::size_t k = 0; k < meta.size(); ++k)
        if (meta[k].kind != ArcKind::Pool && solution.arcFlow[k] > 0)
            flows.push_back({k, solution.arcFlow[k]});
    auto rank = [](ArcKind kind) { return kind == ArcKind::Request ? 0 : kind == ArcKind::Pppk ? 1 : 2; };
    std::stable_sort(flows.begin(), flows.end(), [&](const Flow &a, const Flow &b) {
        const ArcMeta &x = meta[a.arc], &y = meta[b.arc];
        if (x.from != y.from)
            return x.from < y.from;
        if (rank(x.kind) != rank(y.kind))
            return rank(x.kind) < rank(y.kind);
        return x.km != y.km ? x.km < y.km : a.arc < b.arc;
    });
    QList<ProposedMove> moves = pinnedMoves;
    QHash<qint64, QList<Competence>> competencesOf; // read once per candidate, only for targets with a requirement
    for (const Flow &flow : flows) {
        const ArcMeta &m = meta[flow.arc];
        PostState &from = posts[std::size_t(m.from)];
        const PostState &to = posts[std::size_t(m.to)];
        // Only people who meet what the target position expects (education, certification) are proposed.
        const PositionRequirement requirement = requirements.value(to.positionId);
        const auto qualified = [&](const Candidate &c) {
            if (requirement.isEmpty())
                return true;
            auto it = competencesOf.constFind(c.id);
            if (it == competencesOf.cend())
                it = competencesOf.insert(c.id, CompetenceRepository(db).competences(c.id));
            return QualificationCheck::gaps(c.education, *it, requirement).isEmpty();
        };
        for (int n = 0; n < flow.units; ++n) {
            Candidate *chosen = nullptr;
            bool asked = false;
            for (Candidate &c : from.candidates) {
                if (c.used || c.pppk != (m.kind == ArcKind::Pppk) || !qualified(c))
                    continue;
                if (m.kind == ArcKind::Request && !c.requestRegions.contains(regionKeys.at(m.region))) {
                    continue;
                }
                chosen = &c;
                asked = m.kind == ArcKind::Request;
                break;
            }
            if (!chosen) // someone asked for two regions and is already placed: any other PNS will do
                for (Candidate &c : from.candidates)
                    if (!c.used && !c.pppk && qualified(c)) {
                        chosen = &c;
                        break;
                    }
            if (!chosen)
                continue;
            chosen->used = true;
            const UnitData &a = unitData[std::size_t(from.unit)], &b = unitData[std::size_t(to.unit)];
            ProposedMove mv;
            mv.employeeId = chosen->id;
            mv.employeeName = chosen->name;
            mv.nip = chosen->nip;
            mv.fromUnitId = from.unitId;
            mv.fromPositionId = from.positionId;
            mv.toUnitId = to.unitId;
            mv.toPositionId = to.positionId;
            mv.fromUnitName = units[std::size_t(from.unit)].name;
            mv.toUnitName = units[std::size_t(to.unit)].name;
            mv.fromPositionName = positions[std::size_t(from.position)].name;
            mv.toPositionName = positions[std::size_t(to.position)].name;
            mv.fromRegion = a.region;
            mv.toRegion = b.region;
            mv.distanceKm = m.km;
            mv.monthsInPost = chosen->monthsInPost;
            mv.crossesRegion = a.regionKey != b.regionKey;
            mv.positionChange = from.positionId != to.positionId;
            mv.ownRequest = asked;
            const QString inPost = YearsMonths::between(chosen->positionTmt, tmt).text();
            QStringList why;
            if (asked)
                why << QCoreApplication::translate("Planner", "Asked to move to %1 (own request); fills a shortage "
                                                              "at %2, %3 km by road.")
                           .arg(b.region, mv.toUnitName, kmText(mv.distanceKm));
            else
                why << QCoreApplication::translate("Planner", "%1 has more %2 than needed; in post for %3, "
                                                              "performance %4 (career development: the longest in post, "
                                                              "then the best rated, of those who may move go first); "
                                                              "fills a shortage at %5, %6 km by road.")
                           .arg(mv.fromUnitName, mv.fromPositionName, inPost, chosen->ratingText, mv.toUnitName,
                                kmText(mv.distanceKm));
            if (mv.positionChange)
                why << QCoreApplication::translate("Planner", "Changes position to %1 (same family).")
                           .arg(mv.toPositionName);
            if (mv.crossesRegion)
                why << QCoreApplication::translate("Planner", "Crosses into %1: needs the governor's decision and "
                                                              "BKN's technical approval (pertek).")
                           .arg(b.region);
            mv.why = why.join(QLatin1Char(' '));
            moves << mv;
        }
    }

    // Figures after the plan, on the workload engine's numbers.
    for (const ProposedMove &m : std::as_const(moves)) {
        if (const int p = findPost(m.fromUnitId, m.fromPositionId); p >= 0)
            --posts[std::size_t(p)].after;
        if (const int p = findPost(m.toUnitId, m.toPositionId); p >= 0)
            ++posts[std::size_t(p)].after;
        result.totals.distanceKm += m.distanceKm;
        result.totals.pinned += m.pinned ? 1 : 0;
        result.totals.ownRequests += m.ownRequest ? 1 : 0;
        result.totals.crossRegion += m.crossesRegion ? 1 : 0;
    }
    result.totals.moved = int(moves.size());
    const GradeThresholds &thresholds = snapshot.settings().thresholds;
    QMap<QString, PlanGroup> groups;
    for (const PostState &s : posts) {
        if (!s.inScope)
            continue;
        result.posts << PostOutcome{s.unitId, s.positionId, s.need, s.inPost, s.after};
        if (!s.needRecorded)
            continue;
        const int needed = peopleNeeded(s.need);
        PlanGroup &g = groups[unitData[std::size_t(s.unit)].group];
        g.name = unitData[std::size_t(s.unit)].group;
        const int shortBefore = std::max(0, needed - s.inPost), shortAfter = std::max(0, needed - s.after);
        const int surplusBefore = std::max(0, s.inPost - needed), surplusAfter = std::max(0, s.after - needed);
        g.shortageBefore += shortBefore;
        g.shortageAfter += shortAfter;
        g.surplusBefore += surplusBefore;
        g.surplusAfter += surplusAfter;
        result.totals.shortageBefore += shortBefore;
        result.totals.shortageAfter += shortAfter;
        result.totals.surplusBefore += surplusBefore;
        result.totals.surplusAfter += surplusAfter;
        ++result.gradesBefore[std::size_t(gradeOf(efficiency(s.need, s.inPost), thresholds))];
        ++result.gradesAfter[std::size_t(gradeOf(efficiency(s.need, s.after), thresholds))];
    }
    result.groups = groups.values();
    result.moves = moves;
    if (networkOut)
        *networkOut = std::move(network);
    return result;
}

} // namespace imbang
