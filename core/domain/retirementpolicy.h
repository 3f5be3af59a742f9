#pragma once

#include "domain/codes.h"
#include "domain/position.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace imbang {

// Retirement ages (BUP) per position kind and level, PP 11/2017 and UU 20/2023 by default; an office
// can change them in the settings. Pension starts on the first day of the month after the birthday
// on which the person reaches the BUP.
class RetirementPolicy {
public:
    RetirementPolicy(); // the statutory defaults

    int ageFor(const Position &position) const;
    int ageFor(PositionKind kind, PositionLevel level, bool teacher) const;
    QDate retirementDate(const QDate &birthDate, int bup) const;

    // Settings storage: "JPT=60;ADMINISTRATOR=58;...;AHLI_UTAMA=65;GURU=60".
    QString toSettingText() const;
    static RetirementPolicy fromSettingText(const QString &text); // missing keys keep their default

    void setAge(const QString &key, int age) { m_ages[key] = age; }
    int age(const QString &key) const { return m_ages.value(key); }
    QStringList keys() const { return m_ages.keys(); }

    friend bool operator==(const RetirementPolicy &, const RetirementPolicy &) = default;

private:
    QMap<QString, int> m_ages; // key: position kind code, level code, or "GURU"
};

} // namespace imbang
