#pragma once

// Shared steps of the transfer tests: propose, tick the checklist, walk the workflow.
#include "transfers/documentchecklist.h"
#include "transfers/staffingminimumrepository.h"
#include "transfers/transferexecutor.h"
#include "transfers/transferproposal.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "transferscenario.h"

namespace imbang::test {

inline QDate transferTmt() {
    return QDate(2026, 2, 1);
}

inline ProposalRequest request(const QList<qint64> &employees, qint64 toUnit, qint64 toPosition,
                               const QDate &tmt = transferTmt()) {
    ProposalRequest r;
    r.employeeIds = employees;
    r.toUnitId = toUnit;
    r.toPositionId = toPosition;
    r.tmt = tmt;
    r.reason = TransferReason::OrganisationalNeed;
    r.notes = QStringLiteral("Pemerataan guru kelas");
    return r;
}

inline qint64 propose(const QSqlDatabase &db, qint64 employee, qint64 toUnit, qint64 toPosition) {
    auto outcome = TransferProposal::create(db, request({employee}, toUnit, toPosition));
    if (!outcome)
        qFatal("propose: %s", qPrintable(outcome.error()));
    return outcome->transferIds.first();
}

inline Status tickAll(const QSqlDatabase &db, qint64 transferId) {
    const Transfer t = *TransferRepository(db).byId(transferId);
    for (const DocumentRequirement &r : DocumentChecklist::required(t))
        if (Status s = DocumentChecklist::tick(
                db, transferId, {r.code, {}, QStringLiteral("ARSIP/2026/%1").arg(r.code), {}, {}});
            !s)
            return s;
    return {};
}

inline StepInput decree() {
    StepInput input;
    input.comment = QStringLiteral("SK ditandatangani");
    input.decreeNumber = QStringLiteral("800/12/BKD/2026");
    input.decreeDate = QDate(2026, 1, 10);
    return input;
}

// Walks a fresh draft to `target` through the allowed steps.
inline Status reach(const QSqlDatabase &db, qint64 id, TransferStatus target) {
    using S = TransferStatus;
    const StepInput why{QStringLiteral("alasan uji"), {}, {}};
    if (target == S::Draft)
        return {};
    if (target == S::Cancelled)
        return TransferWorkflow::advance(db, id, S::Cancelled, why);
    if (Status s = TransferWorkflow::advance(db, id, S::Proposed); !s || target == S::Proposed)
        return s;
    if (target == S::Rejected)
        return TransferWorkflow::advance(db, id, S::Rejected, why);
    if (Status s = tickAll(db, id); !s)
        return s;
    if (Status s = TransferWorkflow::advance(db, id, S::Verified); !s || target == S::Verified)
        return s;
    if (Status s = TransferWorkflow::advance(db, id, S::Approved); !s || target == S::Approved)
        return s;
    if (Status s = TransferWorkflow::advance(db, id, S::DecreeIssued, decree());
        !s || target == S::DecreeIssued)
        return s;
    return TransferExecutor::execute(db, id, transferTmt());
}

inline int count(const QSqlDatabase &db, const QString &table) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace imbang::test
