#pragma once

#include "output/texttable.h"
#include "util/expected.h"

#include <QString>

namespace imbang::output {

// Writes a table to an .xlsx file with libxlsxwriter: a bold header row that stays in view and has
// filter buttons, and columns wide enough for their text. Every cell is text, so NIPs keep all 18
// digits and nothing is read as a formula. Shared strings, as Excel and LibreOffice write them.
Status writeXlsx(const TextTable &table, const QString &path, const QString &sheetName);

} // namespace imbang::output
