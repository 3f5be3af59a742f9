#pragma once

#include "domain/codes.h"
#include "domain/rank.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace imbang {

// A civil servant (PNS/CPNS) or contract employee (PPPK) as the office records them.
struct Employee {
    qint64 id = 0;
    QUuid uuid;
    QString nip; // 18 digits, no spaces: NIP for PNS/CPNS, NI PPPK for PPPK
    QString name;
    QString titleFront; // gelar depan, e.g. "Dr."
    QString titleBack;  // gelar belakang, e.g. "S.Pd., M.Pd."
    Gender gender = Gender::Male;
    QString birthPlace;
    QDate birthDate;
    EmploymentStatus status = EmploymentStatus::Pns;
    Rank rank;
    QDate rankTmt;
    qint64 positionId = 0;
    qint64 unitId = 0;
    QDate positionTmt; // TMT jabatan: when the current post began
    QDate cpnsTmt;
    QString education;
    bool active = true;
    std::optional<InactiveReason> inactiveReason;
    QDate inactiveDate;
    QDateTime modifiedAt;
    QString originOffice;

    // "Dr. Budi Santoso, S.Pd., M.Pd."
    QString fullName() const;
    friend bool operator==(const Employee &, const Employee &) = default;
};

} // namespace imbang
