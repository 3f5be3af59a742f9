#include "transferexecutor.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "domain/employee.h"
#include "records/employeerepository.h"
#include "records/positionhistoryrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "util/clock.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>

namespace imbang {
namespace {

QJsonObject postJson(const Employee &e) {
    return {{QStringLiteral("unit_id"), e.unitId},
            {QStringLiteral("position_id"), e.positionId},
            {QStringLiteral("position_tmt"),
             e.positionTmt.isValid() ? e.positionTmt.toString(Qt::ISODate) : QString()}};
}

// Inside the caller's transaction.
Status executeOne(const QSqlDatabase &db, const Transfer &transfer, const QDate &today,
                  const QString &comment) {
    const auto fail = [&](const QString &why) {
        return Status::failure(
            QCoreApplication::translate("TransferExecutor", "Transfer %1 was not executed: %2")
                .arg(transfer.number, why));
    };
    if (transfer.status != TransferStatus::DecreeIssued)
        return fail(
            QCoreApplication::translate("TransferExecutor",
                                        "only a transfer whose decree is issued can be executed; this one is "
                                        "\"%1\".")
                .arg(transfercodes::displayName(transfer.status)));
    if (today < transfer.tmt)
        return fail(
            QCoreApplication::translate("TransferExecutor", "its TMT is %1; execute it on or after that day.")
                .arg(indonesian::longDate(transfer.tmt)));
    EmployeeRepository employees(db);
    const std::optional<Employee> before = employees.byId(transfer.employeeId);
    if (!before)
        return fail(QCoreApplication::translate("TransferExecutor", "the employee no longer exists."));
    if (!before->active)
        return fail(QCoreApplication::translate("TransferExecutor", "%1 is no longer active.")
                        .arg(before->fullName()));
    if (before->unitId != transfer.fromUnitId || before->positionId != transfer.fromPositionId)
        return fail(
            QCoreApplication::translate("TransferExecutor",
                                        "%1's post changed after the transfer was proposed. Cancel it and "
                                        "propose a new one from the current post.")
                .arg(before->fullName()));

    PositionHistoryRepository history(db);
    if (!history.hasEntries(before->id)) {
        // The history starts with the post the person leaves, so the timeline shows where they came from.
        PositionHistoryEntry initial;
        initial.employeeId = before->id;
        initial.unitId = before->unitId;
        initial.positionId = before->positionId;
        initial.tmt = before->positionTmt;
        initial.source = PositionHistoryRepository::sourceInitial();
        if (auto id = history.append(initial); !id)
            return Status::failure(id.error());
    }
    Employee after = *before;
    after.unitId = transfer.toUnitId;
    after.positionId = transfer.toPositionId;
    after.positionTmt = transfer.tmt;
    if (Status s = employees.update(after); !s)
        return s;
    PositionHistoryEntry entry;
    entry.employeeId = after.id;
    entry.unitId = after.unitId;
    entry.positionId = after.positionId;
    entry.tmt = transfer.tmt;
    entry.source = PositionHistoryRepository::sourceTransfer();
    entry.transferId = transfer.id;
    entry.note = transfer.decreeNumber;
    if (auto id = history.append(entry); !id)
        return Status::failure(id.error());
    if (Status s = AuditTrail(db).record(
            {QStringLiteral("update"), QStringLiteral("employee"), after.uuid,
             QCoreApplication::translate("TransferExecutor", "Post of %1 changed by transfer %2")
                 .arg(after.fullName(), transfer.number),
             postJson(*before), postJson(after)});
        !s)
        return s;

    Transfer done = transfer;
    done.status = TransferStatus::Completed;
    done.executedAt = Clock::now();
    if (Status s = TransferRepository(db).update(done); !s)
        return s;
    return TransferWorkflow::recordStep(db, transfer, done, comment);
}

} // namespace

Status TransferExecutor::execute(const QSqlDatabase &db, qint64 transferId, const QDate &today,
                                 const QString &comment) {
    if (Status allowed = access::require(db, Permission::FinaliseDecree); !allowed)
        return allowed;
    const std::optional<Transfer> transfer = TransferRepository(db).byId(transferId);
    if (!transfer)
        return Status::failure(
            QCoreApplication::translate("TransferExecutor", "Transfer %1 does not exist.").arg(transferId));
    sql::Transaction transaction(db);
    if (Status s = executeOne(db, *transfer, today, comment); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

Status TransferExecutor::executeBatch(const QSqlDatabase &db, qint64 batchId, const QDate &today,
                                      const QString &comment) {
    if (Status allowed = access::require(db, Permission::FinaliseDecree); !allowed)
        return allowed;
    const QList<Transfer> members = TransferRepository(db).inBatch(batchId);
    sql::Transaction transaction(db);
    int done = 0;
    for (const Transfer &t : members) {
        if (t.status != TransferStatus::DecreeIssued)
            continue;
        if (Status s = executeOne(db, t, today, comment); !s)
            return s;
        ++done;
    }
    if (done == 0)
        return Status::failure(QCoreApplication::translate(
                                   "TransferExecutor", "Proposal %1 has no transfer whose decree is issued.")
                                   .arg(batchId));
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

} // namespace imbang
