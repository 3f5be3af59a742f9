#pragma once

#include <QDate>
#include <QString>

// Indonesian formatting of dates and numbers for documents and screens, independent of the
// machine's locale: decrees must read "29 November 2026" even on an English Windows.
namespace imbang::indonesian {

QString monthName(int month);                 // 1 -> "Januari"
QString longDate(const QDate &date);          // "29 November 2026"; empty for an invalid date
QString shortDate(const QDate &date);         // "29-11-2026"
QString number(qint64 value);                 // 12345 -> "12.345"
QString decimal(double value, int decimals);  // 1234.5 -> "1.234,50"

} // namespace imbang::indonesian
