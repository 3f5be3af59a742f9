#pragma once

#include "output/texttable.h"
#include "util/expected.h"

#include <QString>

namespace imbang::spreadsheetexport {

// An .xlsx file (libxlsxwriter): header row bold, frozen and with filter buttons, text as text (an 18-digit NIP stays
// exactly as it is), Date columns as real date cells, Number columns as numbers. Cells are never
// written as formulas, so "=HYPERLINK(...)" in a name stays plain text.
Status writeXlsx(const TextTable &table, const QString &path, const QString &sheetName);

// A .csv file the way Indonesian Excel opens it: UTF-8 with BOM, ";" separator, and any cell that
// a spreadsheet would run as a formula (= + - @ tab CR) prefixed with an apostrophe.
Status writeCsv(const TextTable &table, const QString &path);

} // namespace imbang::spreadsheetexport
