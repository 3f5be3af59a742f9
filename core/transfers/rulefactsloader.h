#pragma once

#include "domain/employee.h"
#include "domain/retirementpolicy.h"
#include "transfers/transfer.h"
#include "transfers/transferkindderiver.h"
#include "transfers/transferrules.h"

#include <QList>
#include <QSqlDatabase>

namespace imbang {

// A move planned together with others in one proposal but not saved yet: the rules count the earlier
// ones of the same proposal as already on their way.
struct PlannedMove {
    qint64 employeeId = 0;
    qint64 fromUnitId = 0, fromPositionId = 0;
    qint64 toUnitId = 0, toPositionId = 0;
};

// Gathers the RuleFacts of a transfer from the database: the employee, both posts, the staffing
// levels (shared staffing::levelOf), transfers already under way, minimums and the kind.
class RuleFactsLoader {
public:
    explicit RuleFactsLoader(QSqlDatabase db);

    // A transfer not saved yet, for `employee` to the target, with the earlier moves of its proposal.
    RuleFacts forNew(const Employee &employee, qint64 toUnitId, qint64 toPositionId, const QDate &tmt,
                     const QList<PlannedMove> &earlierPeers = {}) const;
    // A saved transfer, as it stands now (its origin as recorded when it was proposed).
    RuleFacts forTransfer(const Transfer &transfer) const;

    TransferKind kindFor(qint64 fromUnitId, qint64 toUnitId) const;

    // The rules of a saved transfer as it stands now, with the office's rule settings.
    RuleResults check(const Transfer &transfer) const;

private:
    RuleFacts gather(const Employee &employee, qint64 fromUnitId, qint64 fromPositionId,
                     const QDate &positionTmt, qint64 toUnitId, qint64 toPositionId, const QDate &tmt) const;

    QSqlDatabase m_db;
    RetirementPolicy m_policy;
    TransferKindDeriver m_deriver;
};

} // namespace imbang
