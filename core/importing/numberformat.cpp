#include "numberformat.h"

namespace imbang::numberformat {

bool isBuiltInDateFormat(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormat(const QString &code) {
    // Ignore quoted text, escaped characters and [..] sections (colours, locales, elapsed time),
    // then look for the date letters.
    bool quoted = false;
    int bracket = 0;
    bool day = false, month = false, year = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            if (c == QLatin1Char('d'))
                day = true;
            else if (c == QLatin1Char('m'))
                month = true;
            else if (c == QLatin1Char('y'))
                year = true;
        }
    }
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    return day || year || (month && !code.contains(QLatin1Char('h'), Qt::CaseInsensitive));
}

} // namespace imbang::numberformat
