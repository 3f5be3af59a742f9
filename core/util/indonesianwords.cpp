#include "indonesianwords.h"

#include <QStringList>

#include <array>

namespace imbang::indonesian {
namespace {

const std::array<const char *, 10> units{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                                         "sembilan"};

// Below one thousand; 0 gives an empty string so that "seribu" and "dua ratus" need no trimming.
QString belowThousand(int value) {
    QStringList words;
    const int hundreds = value / 100;
    const int rest = value % 100;
    if (hundreds == 1)
        words << QStringLiteral("seratus");
    else if (hundreds > 1)
        words << QString::fromLatin1(units[std::size_t(hundreds)]) + QStringLiteral(" ratus");
    if (rest == 10)
        words << QStringLiteral("sepuluh");
    else if (rest == 11)
        words << QStringLiteral("sebelas");
    else if (rest > 11 && rest < 20)
        words << QString::fromLatin1(units[std::size_t(rest - 10)]) + QStringLiteral(" belas");
    else if (rest >= 20) {
        words << QString::fromLatin1(units[std::size_t(rest / 10)]) + QStringLiteral(" puluh");
        if (rest % 10)
            words << QString::fromLatin1(units[std::size_t(rest % 10)]);
    } else if (rest > 0)
        words << QString::fromLatin1(units[std::size_t(rest)]);
    return words.join(QLatin1Char(' '));
}

} // namespace

QString spelledNumber(qint64 value) {
    if (value == 0)
        return QStringLiteral("nol");
    if (value < 0)
        return QStringLiteral("minus ") + spelledNumber(-value);
    struct Scale {
        qint64 size;
        const char *name;
    };
    static const std::array<Scale, 4> scales{{{1000000000000LL, "triliun"},
                                               {1000000000LL, "miliar"},
                                               {1000000LL, "juta"},
                                               {1000LL, "ribu"}}};
    QStringList words;
    qint64 rest = value;
    for (const Scale &scale : scales) {
        const qint64 count = rest / scale.size;
        rest %= scale.size;
        if (count == 0)
            continue;
        if (count == 1 && scale.size == 1000) // "seribu", but "satu juta"
            words << QStringLiteral("seribu");
        else
            words << spelledNumber(count) + QLatin1Char(' ') + QString::fromLatin1(scale.name);
    }
    if (rest > 0)
        words << belowThousand(int(rest));
    return words.join(QLatin1Char(' '));
}

QString ordinal(qint64 value) {
    if (value < 1)
        return {};
    // "kesatu" (not "pertama") is the form of decree clauses; the others are "ke" + the number.
    return QStringLiteral("ke") + spelledNumber(value);
}

QString clauseLabel(int number) {
    return ordinal(number).toUpper();
}

} // namespace imbang::indonesian
