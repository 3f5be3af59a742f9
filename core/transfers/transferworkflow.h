#pragma once

#include "transfers/transfer.h"
#include "util/expected.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace imbang {

// What the officer gives with a step: a comment (required to reject or cancel) and, when the decree
// is issued, its number and date.
struct StepInput {
    QString comment;
    QString decreeNumber;
    QDate decreeDate;
};

// The status workflow of a transfer:
//   Draft -> Diusulkan -> Diverifikasi -> Disetujui -> SK terbit -> Selesai
//   Diusulkan or Diverifikasi -> Ditolak; any open status -> Dibatalkan.
// Selesai is reached only by executing the transfer (TransferExecutor); Selesai, Ditolak and Dibatalkan
// are final, so a completed transfer is only undone by a new transfer. What each step needs:
//   Diusulkan, Disetujui: no blocking rule, and a justification for every warning (rules re-checked);
//   Diverifikasi: the documents of the checklist needed so far;
//   SK terbit: the decree number and date, and BKN's pertek when the kind needs it;
//   Ditolak, Dibatalkan: a comment saying why.
// Every step is recorded (who, when, comment, the rule results) and written to the audit trail.
class TransferWorkflow {
public:
    static bool isAllowed(TransferStatus from, TransferStatus to);
    // The statuses an officer can move a transfer to by hand (not Selesai: that is execution).
    static QList<TransferStatus> manualNextStatuses(TransferStatus from);

    // Why the transfer cannot go to `to` now, in plain words; empty when it can.
    static QStringList blockers(const QSqlDatabase &db, const Transfer &transfer, TransferStatus to,
                                const StepInput &input);

    static Status advance(const QSqlDatabase &db, qint64 transferId, TransferStatus to,
                          const StepInput &input = {});
    // Moves every open transfer of a batch that is not yet at `to`, all or none.
    static Status advanceBatch(const QSqlDatabase &db, qint64 batchId, TransferStatus to,
                               const StepInput &input = {});

    // Inside the caller's transaction, without notifying: checks and applies one step.
    static Status apply(const QSqlDatabase &db, const Transfer &transfer, TransferStatus to,
                        const StepInput &input);
    // Inside the caller's transaction: records the step and the audit entry of a status change
    // already made (before.id == 0: the draft was created). Does not notify.
    // Who drafted or proposed the transfer (user names from its steps).
    static QStringList proposers(const QSqlDatabase &db, qint64 transferId);
    // With separation of duties on (the default) and a user logged in: why that user may not approve
    // the transfer (they drafted or proposed it); empty when they may.
    static QString separationProblem(const QSqlDatabase &db, const Transfer &transfer);
    static Status recordStep(const QSqlDatabase &db, const Transfer &before, const Transfer &after,
                             const QString &comment);
};

} // namespace imbang
