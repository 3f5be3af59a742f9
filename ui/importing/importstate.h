#pragma once

#include "importing/columnmapping.h"
#include "importing/importanalyzer.h"
#include "importing/importcommitter.h"
#include "importing/importpreview.h"
#include "importing/workbookloader.h"

#include <QString>

namespace imbang {

// What the import wizard's pages share: the file, the sheet, the mapping, the officer's choices,
// the preview and, at the end, what was written.
struct ImportState {
    QString path;
    Workbook book;
    int sheet = -1;
    ColumnMapping mapping;
    AnalyzeOptions options;
    ImportPreview preview;
    CommitResult result;
    bool committed = false;
    // Performance predicates in the same sheet ("SKP 2024" columns), imported after the staff list: what
    // happened, one line for the result page; empty when the sheet has none.
    QString ratingsOutcome;

    const Sheet &currentSheet() const { return book.sheets.at(sheet); }
};

} // namespace imbang
