#include "transferproposal.h"

#include "access/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "transfers/rulefactsloader.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSet>

namespace imbang {
namespace {

QList<RuleOverride> overridesFrom(const ProposalRequest &request, qint64 employeeId,
                                  const RuleResults &results) {
    QList<RuleOverride> overrides;
    for (const RuleResult &r : results) {
        if (r.severity != RuleSeverity::Warning)
            continue;
        const QString text = request.justificationFor(employeeId, r.rule);
        if (!text.isEmpty())
            overrides << RuleOverride{r.rule, text, actor::current(), Clock::now()};
    }
    return overrides;
}

} // namespace

QString ProposalRequest::justificationFor(qint64 employeeId, const QString &rule) const {
    const QString own = justifications.value(employeeId).value(rule).trimmed();
    return own.isEmpty() ? commonJustifications.value(rule).trimmed() : own;
}

QStringList TransferProposal::validate(const QSqlDatabase &db, const ProposalRequest &request) {
    QStringList problems;
    if (request.employeeIds.isEmpty())
        problems << QCoreApplication::translate("TransferProposal",
                                                "Choose at least one employee to transfer.");
    const EmployeeRepository employees(db);
    QSet<qint64> seen;
    for (qint64 id : request.employeeIds) {
        const std::optional<Employee> e = employees.byId(id);
        if (!e)
            problems << QCoreApplication::translate("TransferProposal", "Employee number %1 does not exist.")
                            .arg(id);
        else if (seen.contains(id))
            problems << QCoreApplication::translate(
                            "TransferProposal", "%1 is in the list twice: a person can be moved only once.")
                            .arg(e->fullName());
        seen.insert(id);
    }
    if (!UnitRepository(db).byId(request.toUnitId))
        problems << QCoreApplication::translate("TransferProposal", "Choose the unit the employees move to.");
    if (!PositionRepository(db).byId(request.toPositionId))
        problems << QCoreApplication::translate("TransferProposal", "Choose the position they take there.");
    if (request.reversesId) {
        const std::optional<Transfer> original = TransferRepository(db).byId(request.reversesId);
        if (!original || original->status != TransferStatus::Completed)
            problems << QCoreApplication::translate(
                "TransferProposal", "Only a completed transfer can be reversed, by a new transfer.");
        else if (request.employeeIds != QList<qint64>{original->employeeId})
            problems << QCoreApplication::translate("TransferProposal",
                                                    "A reversal moves exactly the employee of transfer %1.")
                            .arg(original->number);
        else if (request.toUnitId != original->fromUnitId || request.toPositionId != original->fromPositionId)
            problems << QCoreApplication::translate(
                            "TransferProposal",
                            "A reversal of transfer %1 moves the employee back to the post "
                            "they came from.")
                            .arg(original->number);
    }
    return problems;
}

QList<ProposalCheck> TransferProposal::check(const QSqlDatabase &db, const ProposalRequest &request) {
    const RuleFactsLoader loader(db);
    const RuleSettings settings = RuleSettings::fromDatabase(db);
    const QList<Employee> employees = EmployeeRepository(db).byIds(request.employeeIds);
    QList<PlannedMove> earlier;
    QList<ProposalCheck> checks;
    for (const Employee &e : employees) {
        const RuleFacts facts =
            loader.forNew(e, request.toUnitId, request.toPositionId, request.tmt, earlier);
        ProposalCheck c;
        c.employeeId = e.id;
        c.employeeName = e.fullName();
        c.nip = e.nip;
        c.kind = facts.kind;
        c.results = TransferRules::check(facts, settings);
        c.unjustified =
            TransferRules::unjustifiedWarnings(c.results, overridesFrom(request, e.id, c.results));
        checks << c;
        earlier << PlannedMove{e.id, e.unitId, e.positionId, request.toUnitId, request.toPositionId};
    }
    return checks;
}

Expected<ProposalOutcome> TransferProposal::create(const QSqlDatabase &db, const ProposalRequest &request,
                                                   bool submit) {
    if (Status allowed = access::require(db, Permission::DraftTransfer); !allowed)
        return Expected<ProposalOutcome>::failure(allowed.error());
    using Result = Expected<ProposalOutcome>;
    if (const QStringList problems = validate(db, request); !problems.isEmpty())
        return Result::failure(
            QCoreApplication::translate("TransferProposal", "The proposal was not saved: %1")
                .arg(problems.join(QLatin1Char(' '))));
    const QList<ProposalCheck> checks = check(db, request);
    QStringList blocked;
    for (const ProposalCheck &c : checks)
        for (const RuleResult &r : c.results)
            if (r.severity == RuleSeverity::Error)
                blocked << QCoreApplication::translate("TransferProposal", "%1 (NIP %2): %3")
                               .arg(c.employeeName, c.nip, r.message);
    if (!blocked.isEmpty())
        return Result::failure(
            QCoreApplication::translate("TransferProposal",
                                        "The proposal was not saved because of blocking rules. %1")
                .arg(blocked.join(QLatin1Char(' '))));

    sql::Transaction transaction(db);
    TransferRepository repo(db);
    ProposalOutcome outcome;
    if (request.employeeIds.size() > 1) {
        QString title = request.batchTitle.simplified();
        if (title.isEmpty()) {
            const std::optional<Unit> unit = UnitRepository(db).byId(request.toUnitId);
            title = QCoreApplication::translate("TransferProposal", "Transfer of %n employee(s) to %1", "",
                                                int(request.employeeIds.size()))
                        .arg(unit ? unit->name : QString());
        }
        auto batch = repo.createBatch(title);
        if (!batch)
            return Result::failure(batch.error());
        outcome.batchId = *batch;
    }
    const QList<Employee> employees = EmployeeRepository(db).byIds(request.employeeIds);
    for (qsizetype i = 0; i < employees.size(); ++i) {
        const Employee &e = employees.at(i);
        Transfer t;
        t.batchId = outcome.batchId;
        t.employeeId = e.id;
        t.fromUnitId = e.unitId;
        t.fromPositionId = e.positionId;
        t.fromPositionTmt = e.positionTmt;
        t.toUnitId = request.toUnitId;
        t.toPositionId = request.toPositionId;
        t.tmt = request.tmt;
        t.kind = checks.at(i).kind;
        t.reason = request.reason;
        t.notes = request.notes.trimmed();
        t.status = TransferStatus::Draft;
        t.reversesId = request.reversesId;
        auto id = repo.insert(t);
        if (!id)
            return Result::failure(id.error());
        const Transfer saved = *repo.byId(*id);
        for (const RuleOverride &o : overridesFrom(request, e.id, checks.at(i).results))
            if (Status s = repo.setOverride(saved.id, o); !s)
                return Result::failure(s.error());
        if (Status s = TransferWorkflow::recordStep(db, Transfer(), saved, request.notes); !s)
            return Result::failure(s.error());
        outcome.transferIds << saved.id;
        outcome.numbers << saved.number;
    }
    if (submit)
        for (qint64 id : outcome.transferIds)
            if (Status s = TransferWorkflow::apply(db, *repo.byId(id), TransferStatus::Proposed, {}); !s)
                return Result::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Result::failure(s.error());
    ChangeBus::notify(QStringLiteral("transfer"));
    return outcome;
}

Status TransferProposal::justify(const QSqlDatabase &db, qint64 transferId, const QString &rule,
                                 const QString &text) {
    // Justifying is part of drafting, and of approving (a verifier may add the reason before approval).
    if (!access::can(db, Permission::ApproveTransfer))
        if (Status allowed = access::require(db, Permission::DraftTransfer); !allowed)
            return allowed;
    TransferRepository repo(db);
    const std::optional<Transfer> transfer = repo.byId(transferId);
    if (!transfer)
        return Status::failure(
            QCoreApplication::translate("TransferProposal", "Transfer %1 does not exist.").arg(transferId));
    if (!transfercodes::isOpen(transfer->status))
        return Status::failure(
            QCoreApplication::translate("TransferProposal", "Transfer %1 is %2: it can no longer be changed.")
                .arg(transfer->number, transfercodes::displayName(transfer->status)));
    if (text.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "TransferProposal", "Write the justification: why is the warning accepted?"));
    const RuleResults results = RuleFactsLoader(db).check(*transfer);
    const auto warning = std::find_if(results.cbegin(), results.cend(), [&](const RuleResult &r) {
        return r.rule == rule && r.severity == RuleSeverity::Warning;
    });
    if (warning == results.cend()) {
        QStringList warnings;
        for (const RuleResult &r : results)
            if (r.severity == RuleSeverity::Warning)
                warnings << r.rule;
        return Status::failure(
            warnings.isEmpty()
                ? QCoreApplication::translate("TransferProposal", "Transfer %1 has no warning to justify.")
                      .arg(transfer->number)
                : QCoreApplication::translate("TransferProposal",
                                              "\"%1\" is not a warning of transfer %2. Its warnings are: %3.")
                      .arg(rule, transfer->number, warnings.join(QStringLiteral(", "))));
    }
    QJsonObject before;
    for (const RuleOverride &o : repo.overrides(transferId))
        if (o.rule == rule)
            before = {{QStringLiteral("rule"), o.rule}, {QStringLiteral("justification"), o.justification}};
    const RuleOverride value{rule, text.trimmed(), actor::current(), Clock::now()};
    sql::Transaction transaction(db);
    if (Status s = repo.setOverride(transferId, value); !s)
        return s;
    if (Status s = AuditTrail(db).record(
            {QStringLiteral("transfer.justify"),
             QStringLiteral("transfer"),
             transfer->uuid,
             QCoreApplication::translate("TransferProposal", "Transfer %1: warning \"%2\" overridden")
                 .arg(transfer->number, rule),
             before,
             {{QStringLiteral("rule"), rule},
              {QStringLiteral("warning"), warning->message},
              {QStringLiteral("justification"), value.justification}}});
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

} // namespace imbang
