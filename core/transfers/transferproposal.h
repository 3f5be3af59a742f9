#pragma once

#include "transfers/transfer.h"
#include "transfers/transferrules.h"
#include "util/expected.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace imbang {

// What the officer asks for: one or many employees to one target unit and position from a TMT.
struct ProposalRequest {
    QList<qint64> employeeIds;
    qint64 toUnitId = 0;
    qint64 toPositionId = 0;
    QDate tmt;
    TransferReason reason = TransferReason::OrganisationalNeed;
    QString notes;
    QString batchTitle; // for a proposal of several employees; a default is made when empty
    // Justifications of overridden warnings: per employee and rule, and per rule for everyone.
    QHash<qint64, QHash<QString, QString>> justifications;
    QHash<QString, QString> commonJustifications;
    qint64 reversesId = 0; // takes back this completed transfer (same employee, target = its origin)

    QString justificationFor(qint64 employeeId, const QString &rule) const;
};

// The rules for one employee of a request.
struct ProposalCheck {
    qint64 employeeId = 0;
    QString employeeName;
    QString nip;
    TransferKind kind = TransferKind::WithinAgency;
    RuleResults results;
    QStringList unjustified; // warnings without a justification in the request
    bool blocked() const { return TransferRules::hasErrors(results); }
};

struct ProposalOutcome {
    qint64 batchId = 0; // 0 for a single transfer
    QList<qint64> transferIds;
    QStringList numbers;
};

// Proposing transfers: checking the rules live (nothing is written), and creating the drafts with
// their justifications, a workflow step and an audit entry each, in one transaction.
class TransferProposal {
public:
    // Request-level problems (no employee, unknown target, duplicates, a bad reversal), translated.
    static QStringList validate(const QSqlDatabase &db, const ProposalRequest &request);
    // The rules for every employee of the request, in order; each is judged with the earlier ones
    // of the same request already on their way.
    static QList<ProposalCheck> check(const QSqlDatabase &db, const ProposalRequest &request);

    // Creates the drafts. Refused (nothing written) when the request is invalid or any employee has a
    // blocking rule. With `submit`, also moves them to Diusulkan, which needs every warning justified.
    static Expected<ProposalOutcome> create(const QSqlDatabase &db, const ProposalRequest &request,
                                            bool submit = false);

    // Records (or replaces) the justification of a warning of an open transfer; audited.
    static Status justify(const QSqlDatabase &db, qint64 transferId, const QString &rule,
                          const QString &text);
};

} // namespace imbang
