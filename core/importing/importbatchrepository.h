#pragma once

#include "util/expected.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace imbang {

// One import as recorded: which file, when, by whom, what it did, and whether it was undone.
struct ImportBatch {
    qint64 id = 0;
    QUuid uuid;
    QString fileName;
    QString fileSha256;
    QString sheet;
    QDateTime importedAt;
    QString actor;
    int rowsTotal = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int pending = 0;
    int unitsAdded = 0;
    int positionsAdded = 0;
    QDateTime undoneAt; // invalid while in force
    bool isUndone() const { return undoneAt.isValid(); }
};

// A known employee who arrived in an import with another unit or position that was not taken as a
// data correction. The record was left unchanged; the transfer workflow picks these up
// (decision "TRANSFER": record the move as a transfer; "UNDECIDED": the officer has yet to say).
struct ImportDiscrepancy {
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 employeeId = 0;
    qint64 oldUnitId = 0;
    qint64 oldPositionId = 0;
    qint64 newUnitId = 0;
    qint64 newPositionId = 0;
    QString decision;
    int sourceRow = 0;
};

class ImportBatchRepository {
public:
    explicit ImportBatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<ImportBatch> all() const; // newest first
    std::optional<ImportBatch> byId(qint64 id) const;

    // Puts back what the batch changed, in one transaction: employees it added are removed, those it
    // updated get their previous record, units and positions it added are removed when nothing uses
    // them, its discrepancies are dropped. Refused (nothing changed) when a record it touched was
    // changed afterwards, e.g. by a later import or an edit: undo those first.
    Status undo(qint64 batchId);

    // The hook for the transfer workflow: unresolved discrepancies, oldest first.
    QList<ImportDiscrepancy> openDiscrepancies() const;
    Status resolveDiscrepancy(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace imbang
