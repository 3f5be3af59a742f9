#include "efficiencygrade.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace imbang {

QString GradeThresholds::toSettingText() const {
    return QStringList{QString::number(a, 'f', 2), QString::number(b, 'f', 2), QString::number(c, 'f', 2),
                       QString::number(d, 'f', 2)}
        .join(QLatin1Char(';'));
}

GradeThresholds GradeThresholds::fromSettingText(const QString &text) {
    GradeThresholds t;
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 4)
        return t;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return t;
    }
    // Only a descending set of thresholds makes sense; anything else keeps the defaults.
    if (!(values[0] >= values[1] && values[1] >= values[2] && values[2] >= values[3] && values[3] >= 0))
        return t;
    return {values[0], values[1], values[2], values[3]};
}

std::optional<double> efficiency(double need, int staff) {
    if (staff <= 0)
        return std::nullopt;
    return need / staff;
}

Grade gradeOf(std::optional<double> ej, const GradeThresholds &t) {
    if (!ej)
        return Grade::A;
    // Compare at two decimals, as the figures are shown: 0.895 counts as 0.90.
    const double v = std::round(*ej * 100.0) / 100.0;
    if (v > t.a)
        return Grade::A;
    if (v >= t.b)
        return Grade::B;
    if (v >= t.c)
        return Grade::C;
    if (v >= t.d)
        return Grade::D;
    return Grade::E;
}

QString gradeLetter(Grade grade) {
    return QString(QChar(u'A' + int(grade)));
}

QString gradeName(Grade grade) {
    switch (grade) {
    case Grade::A: return QCoreApplication::translate("Grade", "Very good");
    case Grade::B: return QCoreApplication::translate("Grade", "Good");
    case Grade::C: return QCoreApplication::translate("Grade", "Fair");
    case Grade::D: return QCoreApplication::translate("Grade", "Moderate");
    case Grade::E: return QCoreApplication::translate("Grade", "Poor");
    }
    return {};
}

} // namespace imbang
