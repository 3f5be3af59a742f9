#pragma once

#include "exchange/entityexchange.h"

namespace imbang::exchange {

// Rank history (table rank_history). Natural key: the employee, the rank and its TMT.
class RankHistoryExchange : public EntityExchange {
public:
    QString entity() const override { return QStringLiteral("rank_history"); }
    QString table() const override { return QStringLiteral("rank_history"); }
    QString title() const override;
    QString fieldTitle(QLatin1String field) const override;
    QString displayValue(QLatin1String field, const QString &value, const MergeContext &context) const override;

    Status collect(ExportRun &run) const override;

    Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const override;
    qsizetype incomingCount(const PackagePayload &payload) const override {
        return qsizetype(payload.rankHistory.size());
    }
    std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                 const MergeContext &context) const override;
    RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const override;
    QString validate(const PackagePayload &payload, qsizetype index) const override;
    Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                         const MergeContext &context) const override;
};

} // namespace imbang::exchange
