#pragma once

#include "transfers/transfercodes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace imbang {

// Where a unit sits for the purpose of a transfer: its agency (the top-level ancestor) and its
// region (kabupaten/kota, province, or the central government).
struct UnitPlace {
    qint64 agencyId = 0;
    QString region;
    friend bool operator==(const UnitPlace &, const UnitPlace &) = default;
};

// Derives the kind of a transfer from where the two units sit:
//   same agency                                   -> within one agency
//   same region (one regional government)         -> between agencies
//   different regions of one province             -> between kabupaten/kota (incl. the province)
//   regions of different provinces                -> between provinces
//   one side central ("Pusat ..."), the other not -> central and regional
// A region named "Provinsi X" is its own province; a kabupaten/kota belongs to the province given in
// the setting transfers/region_provinces, else to the office's own province. An empty region is the
// office's region.
class TransferKindDeriver {
public:
    TransferKindDeriver(QString officeRegion, QStringList centralRegions,
                        QHash<QString, QString> regionProvinces);
    // Reads the office region (OfficeInfo) and the two settings.
    static TransferKindDeriver fromDatabase(const QSqlDatabase &db);
    // "Kota Pekanbaru=Provinsi Riau;Kabupaten Kampar=Provinsi Riau" -> map.
    static QHash<QString, QString> parseRegionProvinces(const QString &settingText);

    TransferKind derive(const UnitPlace &from, const UnitPlace &to) const;
    bool isCentral(const QString &region) const;
    QString provinceOf(const QString &region) const; // normalised (lower case); empty: unknown

    // Agency and region of a unit; the region is the unit's own, else its agency's. A unit that does not
    // exist gives agencyId 0.
    static UnitPlace placeOf(const QSqlDatabase &db, qint64 unitId);

private:
    QString regionKey(const QString &region) const; // normalised; empty region -> the office's

    QString m_officeRegion;
    QStringList m_centralRegions;              // normalised
    QHash<QString, QString> m_regionProvinces; // normalised keys and values
};

} // namespace imbang
