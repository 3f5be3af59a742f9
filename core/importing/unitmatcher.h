#pragma once

#include "domain/unit.h"

#include <QHash>
#include <QList>
#include <QString>

namespace imbang {

// Finds the unit an agency row names: by code, then exact name, then normalised name ("SMAN" ->
// "SMA Negeri", "Kab." -> "Kabupaten", case and spacing), then the normalised name without the
// region suffix when that is unique. Otherwise it proposes the closest units. Results are cached
// per written name: a 100,000-row file names a few thousand units.
class UnitMatcher {
public:
    enum class How { None, Code, Exact, Normalized, WithoutRegion };
    struct Match {
        qint64 unitId = 0;
        How how = How::None;
        QList<qint64> candidates; // closest units, best first, when unmatched
    };

    explicit UnitMatcher(const QList<Unit> &units);
    Match match(const QString &code, const QString &name);
    const Unit *unit(qint64 id) const;

private:
    Match matchName(const QString &name);

    QList<Unit> m_units;
    QHash<qint64, int> m_indexById;
    QHash<QString, qint64> m_byCode;
    QHash<QString, qint64> m_byExact;
    QHash<QString, QList<qint64>> m_byNormalized;
    QHash<QString, QList<qint64>> m_byWithoutRegion;
    QList<QString> m_normalized; // per unit
    QStringList m_regions;
    QHash<QString, Match> m_cache;
};

} // namespace imbang
