#pragma once

#include "transfers/transfer.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace imbang {

// Transfers, their batches, workflow steps, overrides and document ticks in the database. Plain
// storage: the rules, the workflow and the audit trail are the business of TransferProposal,
// TransferWorkflow, TransferExecutor and DocumentChecklist, which call this inside their transactions.
class TransferRepository {
public:
    explicit TransferRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<Transfer> byId(qint64 id) const;
    std::optional<Transfer> byNumber(const QString &number) const; // case-insensitive
    // By register number or by numeric id, as a user types it.
    std::optional<Transfer> find(const QString &numberOrId) const;
    QList<Transfer> inBatch(qint64 batchId) const;        // in id order
    QList<Transfer> forEmployee(qint64 employeeId) const; // newest first
    // Register numbers of the employee's open transfers other than `excludeId`.
    QStringList openNumbersFor(qint64 employeeId, qint64 excludeId = 0) const;

    // Transfers already on their way into (incoming) or out of a unit and position: other submitted,
    // unfinished transfers, and the open members of the same batch that come before `transferId` in it.
    int pendingCount(qint64 unitId, qint64 positionId, bool incoming, qint64 transferId,
                     qint64 batchId) const;

    // Stamps uuid, number (the next free one of the creation year), created_at and modified_at.
    Expected<qint64> insert(Transfer transfer);
    Status update(Transfer transfer); // stamps modified_at
    Expected<qint64> createBatch(const QString &title);
    QString batchTitle(qint64 batchId) const;

    Status addStep(const TransferStep &step);
    QList<TransferStep> steps(qint64 transferId) const; // oldest first

    QList<RuleOverride> overrides(qint64 transferId) const;
    Status setOverride(qint64 transferId, const RuleOverride &value); // insert or replace by rule
    Status removeOverride(qint64 transferId, const QString &rule);

    QList<DocumentTick> documents(qint64 transferId) const;
    Status setDocument(qint64 transferId, const DocumentTick &tick); // insert or replace by document
    Status removeDocument(qint64 transferId, const QString &document);

    // The columns read() expects, in order, optionally prefixed by a table alias; for queries that
    // join the transfer table (the register). read() takes them from column 0 on.
    static QString columns(const QString &alias);
    static Transfer read(const QSqlQuery &query);
    static constexpr int columnCount = 22;

    // "MUT-2026-0001": the next free number of that year.
    QString nextNumber(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace imbang
