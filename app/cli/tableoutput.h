#pragma once

#include "clicontext.h"
#include "output/texttable.h"

#include <QSqlDatabase>

class QCommandLineParser;

namespace imbang::cli {

// Where a listing command's table goes when --xlsx FILE is given: the sheet's title and the kind
// of export recorded in the export log (a workbook may carry personal data, so it is on the record).
struct XlsxExport {
    QSqlDatabase db;
    QString sheetTitle;
    QString logKind;
};

// Hands a listing command's table to the user: --xlsx FILE writes a workbook and says so, --json or
// --csv print machine-readable text, anything else an aligned table. Returns the exit code.
int deliverTable(Context &ctx, const QCommandLineParser &parser, const TextTable &table, const XlsxExport &xlsx);

} // namespace imbang::cli
