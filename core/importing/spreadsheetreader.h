#pragma once

#include "importing/cell.h"
#include "util/expected.h"

#include <QString>

#include <memory>

namespace imbang {

// Where a reader delivers what it reads, sheet by sheet and row by row, so that no reader builds a
// document model of its own.
class RowSink {
public:
    virtual ~RowSink() = default;
    // The workbook has a sheet of this index and name (called for every sheet before its rows);
    // returns whether its rows are wanted (false: the reader may skip them).
    virtual bool beginSheet(int index, const QString &name) = 0;
    // The serial-date system of the workbook (1900 or 1904), before any row.
    virtual void setDateOrigin(const QDate &origin) { Q_UNUSED(origin) }
    // One non-empty row of sheet `sheet`, in order within the sheet. Returns false to stop reading
    // (cancelled, or a limit was reached).
    virtual bool addRow(int sheet, SourceRow &&row) = 0;
};

// The formats the import understands, found from the file's first bytes, not its name.
enum class SpreadsheetFormat { Xlsx, Ods, Csv };

// Reads one spreadsheet file into a RowSink. One implementation per format: CsvReader, OrcusReader
// (xlsx and ods through liborcus), XlsxFallbackReader (xlsx that liborcus cannot read).
class SpreadsheetReader {
public:
    virtual ~SpreadsheetReader() = default;
    // Reads the file; a failure message says what is wrong with the file and how to fix it.
    // Stopping because the sink returned false is not a failure.
    virtual Status read(RowSink &sink) = 0;
};

} // namespace imbang
