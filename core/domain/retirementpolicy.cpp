#include "retirementpolicy.h"

namespace imbang {
namespace {
const QString teacherKey = QStringLiteral("GURU");
}

RetirementPolicy::RetirementPolicy() {
    using codes::toCode;
    m_ages[toCode(PositionKind::Jpt)] = 60;
    m_ages[toCode(PositionKind::Administrator)] = 58;
    m_ages[toCode(PositionKind::Pengawas)] = 58;
    m_ages[toCode(PositionKind::Pelaksana)] = 58;
    m_ages[toCode(PositionLevel::AhliPertama)] = 58;
    m_ages[toCode(PositionLevel::AhliMuda)] = 58;
    m_ages[toCode(PositionLevel::AhliMadya)] = 60;
    m_ages[toCode(PositionLevel::AhliUtama)] = 65;
    m_ages[toCode(PositionLevel::Pemula)] = 58;
    m_ages[toCode(PositionLevel::Terampil)] = 58;
    m_ages[toCode(PositionLevel::Mahir)] = 58;
    m_ages[toCode(PositionLevel::Penyelia)] = 58;
    m_ages[teacherKey] = 60;
}

int RetirementPolicy::ageFor(const Position &position) const {
    if (position.bupOverride)
        return *position.bupOverride;
    return ageFor(position.kind, position.level, position.teacher);
}

int RetirementPolicy::ageFor(PositionKind kind, PositionLevel level, bool teacher) const {
    if (teacher)
        return m_ages.value(teacherKey, 60);
    if (kind == PositionKind::Functional && level != PositionLevel::None)
        return m_ages.value(codes::toCode(level), 58);
    return m_ages.value(codes::toCode(kind), 58);
}

QDate RetirementPolicy::retirementDate(const QDate &birthDate, int bup) const {
    if (!birthDate.isValid() || bup <= 0)
        return {};
    const QDate birthday = birthDate.addYears(bup);
    const QDate nextMonth = birthday.addMonths(1);
    return QDate(nextMonth.year(), nextMonth.month(), 1);
}

QString RetirementPolicy::toSettingText() const {
    QStringList parts;
    for (auto it = m_ages.cbegin(); it != m_ages.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(';'));
}

RetirementPolicy RetirementPolicy::fromSettingText(const QString &text) {
    RetirementPolicy policy;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        bool ok = false;
        const int age = part.mid(eq + 1).trimmed().toInt(&ok);
        if (ok && age > 0 && age < 100)
            policy.m_ages[part.left(eq).trimmed().toUpper()] = age;
    }
    return policy;
}

} // namespace imbang
