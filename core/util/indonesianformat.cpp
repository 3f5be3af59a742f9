#include "indonesianformat.h"

#include <array>
#include <cmath>

namespace imbang::indonesian {

QString monthName(int month) {
    // Fixed Indonesian names by design: these are not translations of the UI but the language of
    // the documents.
    static const std::array<const char *, 12> names{"Januari", "Februari", "Maret",     "April",
                                                    "Mei",     "Juni",     "Juli",      "Agustus",
                                                    "September", "Oktober", "November", "Desember"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(names[std::size_t(month - 1)]);
}

QString longDate(const QDate &date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString shortDate(const QDate &date) {
    if (!date.isValid())
        return {};
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

namespace {
QString groupThousands(QString digits) {
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, QLatin1Char('.'));
    return digits;
}
} // namespace

QString number(qint64 value) {
    const bool negative = value < 0;
    const QString digits = QString::number(negative ? -value : value);
    return (negative ? QStringLiteral("-") : QString()) + groupThousands(digits);
}

QString decimal(double value, int decimals) {
    const QString fixed = QString::number(std::fabs(value), 'f', decimals);
    const qsizetype dot = fixed.indexOf(QLatin1Char('.'));
    QString result = groupThousands(dot < 0 ? fixed : fixed.left(dot));
    if (dot >= 0)
        result += QLatin1Char(',') + fixed.mid(dot + 1);
    const bool isZero = fixed.count(QLatin1Char('0')) + (dot >= 0 ? 1 : 0) == fixed.size();
    return (value < 0 && !isZero ? QStringLiteral("-") : QString()) + result;
}

} // namespace imbang::indonesian
