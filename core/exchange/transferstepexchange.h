#pragma once

#include "exchange/entityexchange.h"

namespace imbang::exchange {

// The workflow steps of transfers (table transfer_step): who moved a transfer to which status, when and
// why. Matched by UUID only; steps are appended, never edited.
class TransferStepExchange : public EntityExchange {
public:
    QString entity() const override { return QStringLiteral("transfer_step"); }
    QString table() const override { return QStringLiteral("transfer_step"); }
    QString title() const override;
    QString fieldTitle(QLatin1String field) const override;

    Status collect(ExportRun &run) const override;

    Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const override;
    qsizetype incomingCount(const PackagePayload &payload) const override {
        return qsizetype(payload.transferSteps.size());
    }
    std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                 const MergeContext &context) const override;
    RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const override;
    QString validate(const PackagePayload &payload, qsizetype index) const override;
    Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                         const MergeContext &context) const override;
};

} // namespace imbang::exchange
