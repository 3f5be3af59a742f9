#include "unitmatcher.h"

#include "importing/namematching.h"

#include <QSet>

#include <algorithm>

namespace imbang {

UnitMatcher::UnitMatcher(const QList<Unit> &units) : m_units(units) {
    QSet<QString> regions;
    for (const Unit &u : units)
        if (!u.region.isEmpty())
            regions.insert(namematching::normalize(u.region));
    m_regions = QStringList(regions.cbegin(), regions.cend());
    // Longest first, so "kabupaten tanjung jabung barat" is removed whole.
    std::sort(m_regions.begin(), m_regions.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units.at(i);
        m_indexById.insert(u.id, i);
        m_byCode.insert(u.code.trimmed().toLower(), u.id);
        m_byExact.insert(u.name.simplified().toLower(), u.id);
        const QString n = namematching::normalize(u.name);
        m_normalized << n;
        m_byNormalized[n] << u.id;
        const QString stripped = namematching::withoutRegion(n, m_regions);
        if (stripped != n)
            m_byWithoutRegion[stripped] << u.id;
    }
}

const Unit *UnitMatcher::unit(qint64 id) const {
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_units.at(*it);
}

UnitMatcher::Match UnitMatcher::match(const QString &code, const QString &name) {
    if (!code.trimmed().isEmpty())
        if (auto it = m_byCode.constFind(code.trimmed().toLower()); it != m_byCode.cend())
            return {*it, How::Code, {}};
    if (name.trimmed().isEmpty())
        return {};
    const QString key = name.simplified().toLower();
    if (auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    Match m = matchName(name);
    m_cache.insert(key, m);
    return m;
}

UnitMatcher::Match UnitMatcher::matchName(const QString &name) {
    if (auto it = m_byExact.constFind(name.simplified().toLower()); it != m_byExact.cend())
        return {*it, How::Exact, {}};
    const QString n = namematching::normalize(name);
    if (auto it = m_byNormalized.constFind(n); it != m_byNormalized.cend() && it->size() == 1)
        return {it->first(), How::Normalized, {}};
    // Written without the region ("SMA Negeri 3") or with it while the unit is not: unique only.
    const QString stripped = namematching::withoutRegion(n, m_regions);
    if (auto it = m_byWithoutRegion.constFind(stripped); it != m_byWithoutRegion.cend() && it->size() == 1)
        return {it->first(), How::WithoutRegion, {}};
    if (auto it = m_byNormalized.constFind(stripped); it != m_byNormalized.cend() && it->size() == 1)
        return {it->first(), How::WithoutRegion, {}};
    // Unmatched: the three closest units.
    QList<QPair<double, qint64>> scored;
    for (int i = 0; i < m_units.size(); ++i) {
        const double s = namematching::similarity(n, m_normalized.at(i));
        if (s >= 0.5)
            scored.append({s, m_units.at(i).id});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    Match m;
    for (int i = 0; i < scored.size() && i < 3; ++i)
        m.candidates << scored.at(i).second;
    return m;
}

} // namespace imbang
