#pragma once

#include "exchange/entityexchange.h"

namespace imbang::exchange {

// Certifications and trainings (table competence). Natural key: the employee, kind, name, subject and year.
class CompetenceExchange : public EntityExchange {
public:
    QString entity() const override { return QStringLiteral("competence"); }
    QString table() const override { return QStringLiteral("competence"); }
    QString title() const override;
    QString fieldTitle(QLatin1String field) const override;

    Status collect(ExportRun &run) const override;

    Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const override;
    qsizetype incomingCount(const PackagePayload &payload) const override {
        return qsizetype(payload.competences.size());
    }
    std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                 const MergeContext &context) const override;
    RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const override;
    QString validate(const PackagePayload &payload, qsizetype index) const override;
    Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                         const MergeContext &context) const override;
};

} // namespace imbang::exchange
