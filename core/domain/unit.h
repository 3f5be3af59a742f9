#pragma once

#include "domain/codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace imbang {

// An organisational unit: an agency (OPD/dinas) or one of its sub-units (school, puskesmas, bidang).
struct Unit {
    qint64 id = 0;
    QUuid uuid;
    QString code;        // office code such as "01.02" or "05.10.001"; unique
    QString name;
    UnitKind kind = UnitKind::Opd;
    qint64 parentId = 0; // 0 for a top-level agency
    QString region;      // kabupaten/kota, e.g. "Kabupaten Bungo"
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDate closedOn;      // invalid while the unit is open
    QDateTime modifiedAt;
    QString originOffice;

    bool isOpen() const { return !closedOn.isValid(); }
    friend bool operator==(const Unit &, const Unit &) = default;
};

} // namespace imbang
