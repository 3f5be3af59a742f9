#pragma once

#include "importing/importpreview.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace imbang {

struct CommitOptions {
    QString fileName;   // shown in the batch list
    QString fileSha256; // hex
    // Every thousand rows: rows written, rows to write; returning false cancels (nothing is kept).
    std::function<bool(int, int)> progress;
};

struct CommitResult {
    qint64 batchId = 0;
    ImportCounts counts;
    int pending = 0;        // discrepancies kept for the officer / the transfer workflow
    int unitsAdded = 0;
    int positionsAdded = 0;
};

// Writes a preview in one transaction: employees upserted by NIP, new units and positions the
// preview names, discrepancies that were not called corrections, an import batch record with the
// previous state of every record touched (for ImportBatchRepository::undo) and one audit entry.
// Rows with errors are skipped. Failure or cancel leaves the database as it was.
class ImportCommitter {
public:
    static Expected<CommitResult> commit(const QSqlDatabase &db, const ImportPreview &preview,
                                         const CommitOptions &options);
};

// SHA-256 of a file as lower-case hex; empty when it cannot be read.
QString fileSha256(const QString &path);

} // namespace imbang
