#pragma once

#include "domain/codes.h"
#include "domain/rank.h"
#include "importing/cell.h"

#include <QDate>
#include <QString>

#include <optional>

// Turns the cell values agencies write into typed values. Each function returns the value, or an
// empty result and a translated message saying what is wrong and how to fix it in the sheet.
namespace imbang::valueparser {

// Trimmed text with inner runs of spaces collapsed; a leading apostrophe, "null", "NULL", "-" become
// empty. Numbers are written without a trailing ".0".
QString cleanText(const Cell &cell);

struct NipValue {
    QString nip;     // 18 digits when `message` is empty
    QString message; // why the value cannot be used
};
// A NIP must arrive as text. A number cell (or text in E notation, as Excel exports it) has lost its
// last digits: it is refused with a message asking to format the column as text, never guessed.
NipValue parseNip(const Cell &cell);

struct DateValue {
    QDate date;
    QString message;
};
// Date cells; serial numbers of the workbook's date system (`origin` is serial day 0); text as
// dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, "1 Agustus 2025", "01 Agu 2025", "1-Okt-2025".
DateValue parseDate(const Cell &cell, const QDate &origin);

// L/P, Laki-laki/Perempuan, Pria/Wanita, M/F, Male/Female, 1/2.
std::optional<Gender> parseGender(const QString &text);
// PNS, CPNS, PPPK and SIASN's codes ("P" PNS, "C" CPNS).
std::optional<EmploymentStatus> parseStatus(const QString &text);

struct NameParts {
    QString name;
    QString titleFront;
    QString titleBack;
};
// Splits academic titles typed into the name where that is unambiguous: known titles before the
// name ("Dr.", "dr.", "Drs.", "Ir.", "H.", "Hj.", "Prof.") and comma-separated titles after it
// ("Budi, S.Pd., M.Pd."). Anything uncertain stays in the name.
NameParts splitTitles(const QString &name);

} // namespace imbang::valueparser
