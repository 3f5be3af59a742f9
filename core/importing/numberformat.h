#pragma once

#include <QString>

// Which spreadsheet number formats show a number as a date: xlsx stores dates as serial numbers
// and only the cell's format says that 45123 is a date.
namespace imbang::numberformat {

bool isBuiltInDateFormat(int id); // Excel's built-in numFmtId 14-22, 27-36, 45-47, 50-58
bool isDateFormat(const QString &code); // "dd/mm/yyyy", "[$-421]d mmmm yyyy", ... but not "0.00"

} // namespace imbang::numberformat
