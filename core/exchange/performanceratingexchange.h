#pragma once

#include "exchange/entityexchange.h"

namespace imbang::exchange {

// Performance ratings (table performance_rating). Natural key: the employee and the year (one a year).
class PerformanceRatingExchange : public EntityExchange {
public:
    QString entity() const override { return QStringLiteral("performance_rating"); }
    QString table() const override { return QStringLiteral("performance_rating"); }
    QString title() const override;
    QString fieldTitle(QLatin1String field) const override;

    Status collect(ExportRun &run) const override;

    Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const override;
    qsizetype incomingCount(const PackagePayload &payload) const override {
        return qsizetype(payload.ratings.size());
    }
    std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                 const MergeContext &context) const override;
    RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const override;
    QString validate(const PackagePayload &payload, qsizetype index) const override;
    Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                         const MergeContext &context) const override;
};

} // namespace imbang::exchange
