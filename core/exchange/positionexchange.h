#pragma once

#include "exchange/entityexchange.h"

namespace imbang::exchange {

// The position catalogue (table position) in packages. Natural key: the name, case-insensitive.
class PositionExchange : public EntityExchange {
public:
    QString entity() const override { return QStringLiteral("position"); }
    QString table() const override { return QStringLiteral("position"); }
    QString title() const override;
    QString fieldTitle(QLatin1String field) const override;

    Status collect(ExportRun &run) const override;

    Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const override;
    qsizetype incomingCount(const PackagePayload &payload) const override {
        return qsizetype(payload.positions.size());
    }
    std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                 const MergeContext &context) const override;
    RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const override;
    QString validate(const PackagePayload &payload, qsizetype index) const override;
    Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                 const MergeContext &context) const override;

    static void addIncomingLabels(const PackagePayload &payload, MergeContext &context);
};

} // namespace imbang::exchange
