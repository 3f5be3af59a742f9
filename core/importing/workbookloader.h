#pragma once

#include "importing/cell.h"
#include "importing/readlimits.h"
#include "importing/spreadsheetreader.h"
#include "util/expected.h"

#include <QList>
#include <QString>

#include <functional>

namespace imbang {

// A spreadsheet file as read: its format and its sheets with their non-empty rows.
struct Workbook {
    SpreadsheetFormat format = SpreadsheetFormat::Csv;
    QList<Sheet> sheets;
    int firstSheetWithData() const; // -1 when every sheet is empty
};

struct LoadOptions {
    int sheet = -1; // read only this sheet's rows (the others are listed by name); -1: every sheet
    ReadLimits limits;
    // Called every few thousand rows with the rows read so far; returning false cancels.
    std::function<bool(int rows)> progress;
};

// Opens any file an agency may send and reads it with the right reader. Before a parser sees the
// file it is checked: empty, not a spreadsheet at all, the old .xls format, password-protected,
// truncated, or an archive that would inflate beyond the limit each get their own message that says
// what to do. Cancelling returns a failure too; the caller knows it cancelled.
class WorkbookLoader {
public:
    static Expected<Workbook> load(const QString &path, const LoadOptions &options = {});
    // Only the checks and the format, without reading rows.
    static Expected<SpreadsheetFormat> detect(const QString &path, const ReadLimits &limits = {});
};

} // namespace imbang
