#include "valueparser.h"

#include "domain/nip.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace imbang::valueparser {
namespace {

// Indonesian and English month names and the abbreviations agencies use.
int monthFromName(const QString &word) {
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const names[][6] = {
            {"januari", "jan", "january", nullptr, nullptr, nullptr},
            {"februari", "feb", "pebruari", "peb", "february", nullptr},
            {"maret", "mar", "march", nullptr, nullptr, nullptr},
            {"april", "apr", nullptr, nullptr, nullptr, nullptr},
            {"mei", "may", nullptr, nullptr, nullptr, nullptr},
            {"juni", "jun", "june", nullptr, nullptr, nullptr},
            {"juli", "jul", "july", nullptr, nullptr, nullptr},
            {"agustus", "agu", "ags", "agt", "agst", "august"},
            {"september", "sep", "sept", "sep", nullptr, nullptr},
            {"oktober", "okt", "oct", "october", nullptr, nullptr},
            {"november", "nov", "nop", "nopember", nullptr, nullptr},
            {"desember", "des", "dec", "december", nullptr, nullptr},
        };
        for (int i = 0; i < 12; ++i)
            for (const char *n : names[i])
                if (n)
                    m.insert(QString::fromLatin1(n), i + 1);
        m.insert(QStringLiteral("aug"), 8);
        return m;
    }();
    return months.value(word.toLower().remove(QLatin1Char('.')), 0);
}

QDate fromParts(int year, int month, int day) {
    if (year < 1900 || year > 2100)
        return {};
    return QDate(year, month, day);
}

QString badDate(const QString &text) {
    return QCoreApplication::translate(
               "ValueParser", "\"%1\" is not a date Imbang understands. Write it as dd-mm-yyyy (for example "
                              "07-12-1998) or as a date cell of the spreadsheet.")
        .arg(text);
}

} // namespace

QString cleanText(const Cell &cell) {
    if (cell.kind != Cell::Kind::Text)
        return cell.displayText();
    QString s = cell.text.simplified();
    if (s.startsWith(QLatin1Char('\'')))
        s = s.mid(1).trimmed();
    if (s.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 || s == QLatin1String("-") ||
        s == QLatin1String("(null)"))
        return {};
    return s;
}

NipValue parseNip(const Cell &cell) {
    // Translated only when needed: this runs for every row.
    const auto numberMessage = [](const QString &value) {
        return QCoreApplication::translate(
                   "ValueParser", "The NIP %1 was stored as a number, so the spreadsheet kept only its first 15 "
                                  "digits and the real NIP is lost. Format the NIP column as Text in Excel, type the "
                                  "NIPs again (or start each with an apostrophe ') and send the file again.")
            .arg(value);
    };
    if (cell.kind == Cell::Kind::Number)
        return {{}, numberMessage(cell.displayText())};
    const QString text = cleanText(cell);
    static const QRegularExpression scientific(QStringLiteral("^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$"));
    if (text.contains(QLatin1Char('E'), Qt::CaseInsensitive) && scientific.match(text).hasMatch())
        return {{}, numberMessage(text)};
    if (text.isEmpty())
        return {{}, QCoreApplication::translate("ValueParser", "The NIP is empty. Every row needs the employee's NIP.")};
    return {nip::normalize(text), {}};
}

DateValue parseDate(const Cell &cell, const QDate &origin) {
    switch (cell.kind) {
    case Cell::Kind::Empty: return {};
    case Cell::Kind::Date: return {cell.date(), {}};
    case Cell::Kind::Bool: return {{}, badDate(cell.displayText())};
    case Cell::Kind::Number: {
        // A serial number of the workbook's date system; 1 to 2958465 is 1900-01-01 to 9999-12-31.
        const double serial = cell.number;
        if (serial >= 1 && serial <= 2958465 && serial == std::floor(serial)) {
            const QDate d = origin.addDays(qint64(serial));
            if (d.year() >= 1900 && d.year() <= 2100)
                return {d, {}};
        }
        // yyyymmdd typed as a number
        const qint64 n = qint64(serial);
        if (double(n) == serial && n >= 19000101 && n <= 21001231) {
            const QDate d(int(n / 10000), int(n / 100 % 100), int(n % 100));
            if (d.isValid())
                return {d, {}};
        }
        return {{}, badDate(cell.displayText())};
    }
    case Cell::Kind::Text: break;
    }
    const QString text = cleanText(cell);
    if (text.isEmpty())
        return {};
    // Split into runs of digits and of letters; separators are - / . , space and T.
    // Numeric: d-m-yyyy, d/m/yyyy, d.m.yyyy, yyyy-m-d (a time after the date is ignored);
    // named: "1 Agustus 2025", "01 Agu 2025", "1-Okt-2025"; compact: yyyymmdd.
    QStringList parts;
    QString current;
    bool digits = false;
    for (QChar c : text) {
        const bool isDigit = c.isDigit();
        const bool isLetter = c.isLetter();
        if ((isDigit || isLetter) && (current.isEmpty() || digits == isDigit)) {
            current += c;
            digits = isDigit;
        } else {
            if (!current.isEmpty())
                parts << current;
            current = isDigit || isLetter ? QString(c) : QString();
            digits = isDigit;
        }
        if (parts.size() > 6)
            break;
    }
    if (!current.isEmpty())
        parts << current;
    const auto number = [](const QString &p, int &value) {
        bool ok = false;
        value = p.toInt(&ok);
        return ok;
    };
    int a = 0, b = 0, c = 0;
    if (parts.size() >= 3 && number(parts.at(0), a) && number(parts.at(2), c)) {
        QDate d;
        if (number(parts.at(1), b)) {
            if (parts.at(0).size() == 4)
                d = fromParts(a, b, c);
            else if (parts.at(2).size() == 4)
                d = fromParts(c, b, a);
        } else if (parts.at(2).size() == 4) {
            const int month = monthFromName(parts.at(1));
            d = month ? fromParts(c, month, a) : QDate();
        }
        // Only a time may follow the date.
        if (d.isValid() && (parts.size() == 3 || (parts.size() >= 4 && text.contains(QLatin1Char(':')))))
            return {d, {}};
    } else if (parts.size() == 1 && parts.at(0).size() == 8 && number(parts.at(0), a)) {
        const QDate d = fromParts(a / 10000, a / 100 % 100, a % 100);
        if (d.isValid())
            return {d, {}};
    }
    return {{}, badDate(text)};
}

std::optional<Gender> parseGender(const QString &text) {
    const QString t = text.simplified().toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (t == QLatin1String("l") || t == QLatin1String("lakilaki") || t == QLatin1String("laki") ||
        t == QLatin1String("pria") || t == QLatin1String("m") || t == QLatin1String("male") || t == QLatin1String("1") ||
        t == QLatin1String("lk"))
        return Gender::Male;
    if (t == QLatin1String("p") || t == QLatin1String("perempuan") || t == QLatin1String("wanita") ||
        t == QLatin1String("f") || t == QLatin1String("female") || t == QLatin1String("2") || t == QLatin1String("pr"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<EmploymentStatus> parseStatus(const QString &text) {
    const QString t = text.simplified().toUpper();
    if (t == QLatin1String("PNS") || t == QLatin1String("P") || t == QLatin1String("PEGAWAI NEGERI SIPIL"))
        return EmploymentStatus::Pns;
    if (t == QLatin1String("CPNS") || t == QLatin1String("C") || t == QLatin1String("CALON PEGAWAI NEGERI SIPIL"))
        return EmploymentStatus::Cpns;
    if (t == QLatin1String("PPPK") || t == QLatin1String("P3K"))
        return EmploymentStatus::Pppk;
    return std::nullopt;
}

NameParts splitTitles(const QString &input) {
    NameParts parts;
    QString name = input.simplified();
    // Titles after the name: every comma-separated piece after the first must look like a title
    // ("S.Pd.", "M.Si", "Ns.", "A.Md.Kep"): short, with a dot, no spaces.
    const QStringList pieces = name.split(QLatin1Char(','));
    if (pieces.size() > 1) {
        bool allTitles = true;
        QStringList titles;
        for (int i = 1; i < pieces.size(); ++i) {
            const QString p = pieces.at(i).trimmed();
            if (p.isEmpty() || p.size() > 12 || !p.contains(QLatin1Char('.')) || p.contains(QLatin1Char(' '))) {
                allTitles = false;
                break;
            }
            titles << p;
        }
        if (allTitles) {
            name = pieces.first().trimmed();
            parts.titleBack = titles.join(QStringLiteral(", "));
        }
    }
    // Titles before the name: only from a fixed list, so that initials ("M. Yusuf") stay.
    static const QStringList front{QStringLiteral("Prof."), QStringLiteral("Dr."), QStringLiteral("dr."),
                                   QStringLiteral("drg."), QStringLiteral("Drs."), QStringLiteral("Dra."),
                                   QStringLiteral("Ir."), QStringLiteral("H."), QStringLiteral("Hj."),
                                   QStringLiteral("Ns."), QStringLiteral("apt.")};
    QStringList found;
    for (bool more = true; more;) {
        more = false;
        for (const QString &t : front)
            if (name.startsWith(t + QLatin1Char(' '))) {
                found << t;
                name = name.mid(t.size()).trimmed();
                more = true;
                break;
            }
    }
    parts.titleFront = found.join(QLatin1Char(' '));
    parts.name = name;
    return parts;
}

} // namespace imbang::valueparser
