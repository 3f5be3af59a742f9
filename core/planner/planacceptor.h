#pragma once

#include "planner/planresult.h"
#include "util/expected.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace imbang {

struct AcceptedPlan {
    int transfers = 0;
    int batches = 0;
    QStringList numbers; // register numbers of the drafts
};

// Turns accepted moves into draft transfer proposals through TransferProposal::create, one proposal (a
// batch when several people go there) per target unit and position, so the normal workflow, rule checks
// and decree follow. The reason is "own request" for requesters, else organisational need; the notes carry
// why the planner chose the person. All or nothing: one blocked move leaves the database unchanged.
class PlanAcceptor {
public:
    static Expected<AcceptedPlan> createDrafts(const QSqlDatabase &db, const QList<ProposedMove> &moves,
                                               const QDate &tmt);
};

} // namespace imbang
