#include "transferkindderiver.h"

#include "settings/settingkeys.h"
#include "storage/officeinfo.h"
#include "storage/sqlutil.h"

namespace imbang {
namespace {
QString normalised(const QString &text) {
    return text.simplified().toLower();
}
const QString provincePrefix = QStringLiteral("provinsi ");
} // namespace

TransferKindDeriver::TransferKindDeriver(QString officeRegion, QStringList centralRegions,
                                         QHash<QString, QString> regionProvinces)
    : m_officeRegion(normalised(officeRegion)) {
    for (const QString &c : centralRegions)
        if (!c.trimmed().isEmpty())
            m_centralRegions << normalised(c);
    for (auto it = regionProvinces.cbegin(); it != regionProvinces.cend(); ++it)
        m_regionProvinces.insert(normalised(it.key()), normalised(it.value()));
}

TransferKindDeriver TransferKindDeriver::fromDatabase(const QSqlDatabase &db) {
    const Settings settings(db);
    return TransferKindDeriver(
        OfficeInfo::load(db).region,
        settings.get(settingkeys::centralRegions).split(QLatin1Char(';'), Qt::SkipEmptyParts),
        parseRegionProvinces(settings.get(settingkeys::regionProvinces)));
}

QHash<QString, QString> TransferKindDeriver::parseRegionProvinces(const QString &settingText) {
    QHash<QString, QString> map;
    for (const QString &part : settingText.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && !part.mid(eq + 1).trimmed().isEmpty())
            map.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return map;
}

QString TransferKindDeriver::regionKey(const QString &region) const {
    const QString key = normalised(region);
    return key.isEmpty() ? m_officeRegion : key;
}

bool TransferKindDeriver::isCentral(const QString &region) const {
    const QString key = regionKey(region);
    if (key.isEmpty())
        return false;
    for (const QString &central : m_centralRegions)
        if (key == central || key.startsWith(central + QLatin1Char(' ')))
            return true;
    return false;
}

QString TransferKindDeriver::provinceOf(const QString &region) const {
    const QString key = regionKey(region);
    if (key.startsWith(provincePrefix))
        return key;
    if (auto it = m_regionProvinces.constFind(key); it != m_regionProvinces.cend())
        return *it;
    // Not listed: the office's own province.
    if (m_officeRegion.startsWith(provincePrefix))
        return m_officeRegion;
    return m_regionProvinces.value(m_officeRegion);
}

TransferKind TransferKindDeriver::derive(const UnitPlace &from, const UnitPlace &to) const {
    const bool centralFrom = isCentral(from.region);
    const bool centralTo = isCentral(to.region);
    if (centralFrom != centralTo)
        return TransferKind::CentralRegional;
    if (from.agencyId != 0 && from.agencyId == to.agencyId)
        return TransferKind::WithinAgency;
    if (centralFrom || regionKey(from.region) == regionKey(to.region))
        return TransferKind::BetweenAgencies;
    if (provinceOf(from.region) == provinceOf(to.region))
        return TransferKind::BetweenRegencies;
    return TransferKind::BetweenProvinces;
}

UnitPlace TransferKindDeriver::placeOf(const QSqlDatabase &db, qint64 unitId) {
    // Walk up to the top-level ancestor; the depth limit stops on a (corrupt) cycle.
    auto q = sql::run(db,
                      QStringLiteral("WITH RECURSIVE up(id, parent_id, region, depth) AS ("
                                     " SELECT id, parent_id, region, 0 FROM unit WHERE id = ?"
                                     " UNION ALL SELECT u.id, u.parent_id, u.region, up.depth + 1 FROM unit u"
                                     " JOIN up ON u.id = up.parent_id WHERE up.depth < 64)"
                                     " SELECT id, region, depth FROM up ORDER BY depth"),
                      {unitId});
    UnitPlace place;
    if (!q)
        return place;
    while (q->next()) {
        place.agencyId = q->value(0).toLongLong();
        if (place.region.trimmed().isEmpty())
            place.region = q->value(1).toString();
    }
    return place;
}

} // namespace imbang
