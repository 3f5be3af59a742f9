#pragma once

#include "domain/employee.h"
#include "importing/cell.h"
#include "importing/columnmapping.h"
#include "util/problem.h"

#include <QHash>
#include <QList>
#include <QString>

namespace imbang {

// A finding about one cell of a row; column -1 for the row as a whole.
struct CellMessage {
    int column = -1;
    Problem::Severity severity = Problem::Severity::Error;
    QString message;
    bool isError() const { return severity == Problem::Severity::Error; }
};

enum class RowAction { None, Insert, Update };
enum class RowStatus { New, Update, Unchanged, Warning, Discrepancy, Error };

// What to do when a known NIP arrives with another unit or position: fix the record (a data
// correction), or leave the record as it is and keep the change for the transfer workflow
// (Transfer and Undecided both land in import_discrepancy; see ImportBatchRepository).
enum class DiscrepancyDecision { Undecided, Correction, Transfer };

struct PreviewRow {
    int sheetRowIndex = -1; // index into Sheet::rows
    int sourceRow = 0;      // row number the agency sees
    Employee employee;      // what will be written (existing id and uuid for updates)
    RowAction action = RowAction::None;
    QList<CellMessage> messages;

    // A known employee whose unit or position differs from the file.
    bool discrepancy = false;
    qint64 fileUnitId = 0;
    qint64 filePositionId = 0;
    DiscrepancyDecision decision = DiscrepancyDecision::Undecided;

    QString unitText;        // the unit as written, when it is to be created
    QString newPositionName; // the position as written, when it is to be added to the catalogue

    bool hasErrors() const;
    bool hasWarnings() const;
    RowStatus status() const;
    QString messageFor(int column) const; // all messages of a cell, one per line
};

struct ImportCounts {
    int total = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int warnings = 0;
    int discrepancies = 0;
};

// Everything the import would do, before anything is written: one row per data row of the sheet.
struct ImportPreview {
    QString sheetName;
    ColumnMapping mapping;
    QList<PreviewRow> rows;
    QHash<qint64, Employee> before;   // existing records of the rows to update, for undo
    QStringList newPositions;         // catalogue additions, in order of first use
    QStringList newUnits;             // units the officer chose to create
    // Unit names that matched nothing, with the closest units (ids), for the wizard to offer.
    QList<QPair<QString, QList<qint64>>> unmatchedUnits;

    ImportCounts counts() const;
};

QString rowStatusName(RowStatus status); // translated
QString columnLetter(int column);        // 0 -> "A", 26 -> "AA"

} // namespace imbang
