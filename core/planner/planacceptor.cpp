#include "planacceptor.h"

#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "transfers/transferproposal.h"

#include <QCoreApplication>
#include <QMap>

namespace imbang {

Expected<AcceptedPlan> PlanAcceptor::createDrafts(const QSqlDatabase &db, const QList<ProposedMove> &moves,
                                                  const QDate &tmt) {
    if (moves.isEmpty())
        return Expected<AcceptedPlan>::failure(
            QCoreApplication::translate("PlanAcceptor", "No move is selected: tick the moves to propose first."));
    // One request per target and reason; the map keeps the order stable.
    QMap<std::tuple<qint64, qint64, bool>, QList<ProposedMove>> groups;
    for (const ProposedMove &m : moves)
        groups[{m.toUnitId, m.toPositionId, m.ownRequest}] << m;
    sql::Transaction tx(db);
    AcceptedPlan accepted;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<ProposedMove> &group = it.value();
        ProposalRequest request;
        request.toUnitId = group.first().toUnitId;
        request.toPositionId = group.first().toPositionId;
        request.tmt = tmt;
        request.reason = group.first().ownRequest ? TransferReason::OwnRequest : TransferReason::OrganisationalNeed;
        QStringList notes;
        for (const ProposedMove &m : group) {
            request.employeeIds << m.employeeId;
            notes << QCoreApplication::translate("PlanAcceptor", "%1: %2").arg(m.employeeName, m.why);
        }
        request.notes = QCoreApplication::translate("PlanAcceptor", "Proposed by the rebalancing planner.") +
                        QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
        request.batchTitle = QCoreApplication::translate("PlanAcceptor", "Rebalancing: %1 to %2")
                                 .arg(group.first().toPositionName, group.first().toUnitName);
        Expected<ProposalOutcome> outcome = TransferProposal::create(db, request);
        if (!outcome)
            return Expected<AcceptedPlan>::failure(
                QCoreApplication::translate("PlanAcceptor", "The moves to %1 could not be proposed, so none was "
                                                            "saved: %2")
                    .arg(group.first().toUnitName, outcome.error()));
        accepted.transfers += int(outcome->transferIds.size());
        accepted.batches += outcome->batchId ? 1 : 0;
        accepted.numbers << outcome->numbers;
    }
    if (Status s = tx.commit(); !s)
        return Expected<AcceptedPlan>::failure(s.error());
    ChangeBus::notify(QStringLiteral("transfer"));
    return accepted;
}

} // namespace imbang
