#include "transferworkflow.h"

#include "access/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "transfers/documentchecklist.h"
#include "transfers/rulefactsloader.h"
#include "transfers/transferrepository.h"
#include "settings/settingkeys.h"
#include "transfers/transferrules.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {
namespace {

using S = TransferStatus;

QString statusName(TransferStatus s) {
    return transfercodes::displayName(s);
}

QStringList ruleBlockers(const RuleResults &results, const QList<RuleOverride> &overrides) {
    QStringList problems;
    for (const RuleResult &r : results)
        if (r.severity == RuleSeverity::Error)
            problems << r.message;
    for (const QString &rule : TransferRules::unjustifiedWarnings(results, overrides))
        for (const RuleResult &r : results)
            if (r.rule == rule)
                problems << QCoreApplication::translate("TransferWorkflow",
                                                        "Warning without justification: %1")
                                .arg(r.message);
    return problems;
}

// The permission a step needs. Withdrawing is for whoever drafts or whoever verifies.
Status requireStep(const QSqlDatabase &db, TransferStatus to) {
    switch (to) {
    case S::Draft:
    case S::Proposed:
        return access::require(db, Permission::DraftTransfer);
    case S::Verified:
    case S::Rejected:
        return access::require(db, Permission::VerifyTransfer);
    case S::Approved:
        return access::require(db, Permission::ApproveTransfer);
    case S::DecreeIssued:
    case S::Completed:
        return access::require(db, Permission::FinaliseDecree);
    case S::Cancelled:
        if (access::can(db, Permission::VerifyTransfer))
            return {};
        return access::require(db, Permission::DraftTransfer);
    }
    return {};
}

} // namespace

QStringList TransferWorkflow::proposers(const QSqlDatabase &db, qint64 transferId) {
    QStringList names;
    auto q = sql::run(db, QStringLiteral("SELECT DISTINCT actor FROM transfer_step WHERE transfer_id = ? AND "
                                         "to_status IN ('DRAFT', 'DIUSULKAN')"),
                      {transferId});
    if (q)
        while (q->next())
            names << q->value(0).toString();
    return names;
}

QString TransferWorkflow::separationProblem(const QSqlDatabase &db, const Transfer &transfer) {
    // Only with accounts: in single-user mode every step is by the same person by definition.
    const std::optional<UserAccount> user = access::currentUser(db);
    if (!user || !Settings(db).get(settingkeys::separationOfDuties))
        return {};
    for (const QString &name : proposers(db, transfer.id))
        if (name.compare(user->username, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("TransferWorkflow",
                                               "%1 drafted or proposed this transfer and so may not approve it "
                                               "(separation of duties); another verifier must approve it.")
                .arg(user->username);
    return {};
}

Status TransferWorkflow::apply(const QSqlDatabase &db, const Transfer &transfer, TransferStatus to,
                               const StepInput &input) {
    if (to == S::Completed)
        return Status::failure(
            QCoreApplication::translate("TransferWorkflow",
                                        "Transfer %1 is completed by executing it on or after its "
                                        "TMT, not by changing its status.")
                .arg(transfer.number));
    if (Status s = requireStep(db, to); !s)
        return s;
    const QStringList problems = TransferWorkflow::blockers(db, transfer, to, input);
    if (!problems.isEmpty())
        return Status::failure(
            QCoreApplication::translate("TransferWorkflow", "Transfer %1 cannot become \"%2\": %3")
                .arg(transfer.number, statusName(to), problems.join(QLatin1Char(' '))));
    Transfer after = transfer;
    after.status = to;
    if (to == S::DecreeIssued) {
        after.decreeNumber = input.decreeNumber.simplified();
        after.decreeDate = input.decreeDate;
    }
    if (Status s = TransferRepository(db).update(after); !s)
        return s;
    return TransferWorkflow::recordStep(db, transfer, after, input.comment);
}

bool TransferWorkflow::isAllowed(TransferStatus from, TransferStatus to) {
    switch (from) {
    case S::Draft:
        return to == S::Proposed || to == S::Cancelled;
    case S::Proposed:
        return to == S::Verified || to == S::Rejected || to == S::Cancelled;
    case S::Verified:
        return to == S::Approved || to == S::Rejected || to == S::Cancelled;
    case S::Approved:
        return to == S::DecreeIssued || to == S::Cancelled;
    case S::DecreeIssued:
        return to == S::Completed || to == S::Cancelled;
    case S::Completed:
    case S::Rejected:
    case S::Cancelled:
        return false;
    }
    return false;
}

QList<TransferStatus> TransferWorkflow::manualNextStatuses(TransferStatus from) {
    QList<TransferStatus> next;
    for (TransferStatus to : transfercodes::allStatuses())
        if (to != S::Completed && isAllowed(from, to))
            next << to;
    return next;
}

QStringList TransferWorkflow::blockers(const QSqlDatabase &db, const Transfer &transfer, TransferStatus to,
                                       const StepInput &input) {
    if (!isAllowed(transfer.status, to)) {
        QStringList allowed;
        for (TransferStatus s : manualNextStatuses(transfer.status))
            allowed << statusName(s);
        if (allowed.isEmpty())
            return {QCoreApplication::translate(
                        "TransferWorkflow",
                        "it is \"%1\", a final status. A completed transfer is undone only by "
                        "a new transfer.")
                        .arg(statusName(transfer.status))};
        return {QCoreApplication::translate("TransferWorkflow", "from \"%1\" it can only go to: %2.")
                    .arg(statusName(transfer.status), allowed.join(QStringLiteral(", ")))};
    }
    QStringList problems;
    const TransferRepository repo(db);
    if (to == S::Approved)
        if (const QString separation = separationProblem(db, transfer); !separation.isEmpty())
            problems << separation;
    if (to == S::Proposed || to == S::Approved)
        problems << ruleBlockers(RuleFactsLoader(db).check(transfer), repo.overrides(transfer.id));
    if (to == S::Verified || to == S::DecreeIssued) {
        const QList<DocumentRequirement> missing =
            DocumentChecklist::missing(transfer, repo.documents(transfer.id), to);
        if (!missing.isEmpty()) {
            QStringList titles;
            for (const DocumentRequirement &r : missing)
                titles << r.title;
            problems << QCoreApplication::translate("TransferWorkflow", "%n document(s) missing: %1.", "",
                                                    int(missing.size()))
                            .arg(titles.join(QStringLiteral("; ")));
        }
    }
    if (to == S::DecreeIssued) {
        if (input.decreeNumber.trimmed().isEmpty())
            problems << QCoreApplication::translate("TransferWorkflow",
                                                    "Enter the number of the decree (SK).");
        if (!input.decreeDate.isValid())
            problems << QCoreApplication::translate("TransferWorkflow", "Enter the date of the decree (SK).");
        else if (input.decreeDate > Clock::today())
            problems << QCoreApplication::translate("TransferWorkflow",
                                                    "The decree date lies in the future.");
    }
    if ((to == S::Rejected || to == S::Cancelled) && input.comment.trimmed().isEmpty())
        problems << QCoreApplication::translate("TransferWorkflow", "Write in the comment why.");
    return problems;
}

Status TransferWorkflow::recordStep(const QSqlDatabase &db, const Transfer &before, const Transfer &after,
                                    const QString &comment) {
    TransferRepository repo(db);
    TransferStep step;
    step.transferId = after.id;
    if (before.id != 0)
        step.from = before.status;
    step.to = after.status;
    step.actor = actor::current();
    step.at = Clock::now();
    step.comment = comment.trimmed();
    // The rules as they stood at this step, with the justifications, so the decision can be explained later.
    if (transfercodes::isOpen(after.status))
        step.checks = TransferRules::toJson(RuleFactsLoader(db).check(after), repo.overrides(after.id));
    if (Status s = repo.addStep(step); !s)
        return s;
    QJsonObject afterJson = after.toJson();
    afterJson.insert(QStringLiteral("comment"), step.comment);
    if (!step.checks.isEmpty())
        afterJson.insert(QStringLiteral("checks"), step.checks);
    const QString summary =
        before.id == 0
            ? QCoreApplication::translate("TransferWorkflow", "Transfer %1 drafted").arg(after.number)
            : QCoreApplication::translate("TransferWorkflow", "Transfer %1: %2 to %3")
                  .arg(after.number, statusName(before.status), statusName(after.status));
    return AuditTrail(db).record(
        {before.id == 0 ? QStringLiteral("transfer.create")
                        : QStringLiteral("transfer.") + transfercodes::toCode(after.status).toLower(),
         QStringLiteral("transfer"), after.uuid, summary, before.id == 0 ? QJsonObject() : before.toJson(),
         afterJson});
}

Status TransferWorkflow::advance(const QSqlDatabase &db, qint64 transferId, TransferStatus to,
                                 const StepInput &input) {
    const std::optional<Transfer> transfer = TransferRepository(db).byId(transferId);
    if (!transfer)
        return Status::failure(
            QCoreApplication::translate("TransferWorkflow", "Transfer %1 does not exist.").arg(transferId));
    // Checked before the transaction too, so the refusal written to the audit trail is kept.
    if (Status s = requireStep(db, to); !s)
        return s;
    sql::Transaction transaction(db);
    if (Status s = apply(db, *transfer, to, input); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

Status TransferWorkflow::advanceBatch(const QSqlDatabase &db, qint64 batchId, TransferStatus to,
                                      const StepInput &input) {
    const QList<Transfer> members = TransferRepository(db).inBatch(batchId);
    if (members.isEmpty())
        return Status::failure(
            QCoreApplication::translate("TransferWorkflow", "Proposal %1 does not exist or is empty.")
                .arg(batchId));
    if (Status s = requireStep(db, to); !s)
        return s;
    sql::Transaction transaction(db);
    int moved = 0;
    for (const Transfer &t : members) {
        if (!transfercodes::isOpen(t.status) || t.status == to)
            continue;
        if (Status s = apply(db, t, to, input); !s)
            return s;
        ++moved;
    }
    if (moved == 0)
        return Status::failure(QCoreApplication::translate(
                                   "TransferWorkflow", "No open transfer of proposal %1 can become \"%2\".")
                                   .arg(batchId)
                                   .arg(statusName(to)));
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

} // namespace imbang
