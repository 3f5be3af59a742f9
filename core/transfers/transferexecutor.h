#pragma once

#include "util/expected.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace imbang {

// Carries out a transfer whose decree is issued, on or after its TMT: the employee's unit, position
// and TMT jabatan change, the position history gains an entry (and the post they leave, if the
// history was empty), the transfer becomes Selesai, and the audit trail records the employee and
// the transfer before and after. All of it in one transaction: a failure anywhere leaves nothing changed.
class TransferExecutor {
public:
    static Status execute(const QSqlDatabase &db, qint64 transferId, const QDate &today,
                          const QString &comment = {});
    // Every transfer of the batch whose decree is issued, all or none.
    static Status executeBatch(const QSqlDatabase &db, qint64 batchId, const QDate &today,
                               const QString &comment = {});
};

} // namespace imbang
