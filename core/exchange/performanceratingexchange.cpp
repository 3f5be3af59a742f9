#include "performanceratingexchange.h"

#include "competence/performancepredicate.h"
#include "exchange/employeerecordexchange.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectRatings = QStringLiteral(
    "SELECT r.id, r.employee_id, e.unit_id, r.uuid, e.uuid, r.year, r.predicate, r.score, r.document, r.modified_at, "
    "r.origin_office%1 FROM performance_rating r JOIN employee e ON e.id = r.employee_id");

PerformanceRatingRecord readRecord(const QSqlQuery &q) {
    PerformanceRatingRecord r;
    r.uuid = from(q.value(3));
    r.employeeUuid = from(q.value(4));
    r.year = q.value(5).toInt();
    r.predicate = from(q.value(6));
    r.hasScore = !q.value(7).isNull();
    r.score = q.value(7).toDouble();
    r.document = from(q.value(8));
    r.modifiedAt = from(q.value(9));
    r.originOffice = from(q.value(10));
    return r;
}

Fields fieldsOf(const PerformanceRatingRecord &r, const MergeContext &context) {
    return {{QLatin1String("employee"), context.local(to(r.employeeUuid))},
            {QLatin1String("year"), QString::number(r.year)},
            {QLatin1String("predicate"), to(r.predicate)},
            {QLatin1String("score"), r.hasScore ? QString::number(r.score, 'g', 17) : QString()},
            {QLatin1String("document"), to(r.document)}};
}

QString labelOf(const PerformanceRatingRecord &r, const MergeContext &context) {
    return QCoreApplication::translate("Exchange", "Performance rating %1 of %2")
        .arg(r.year)
        .arg(employeerecord::employeeLabel(r.employeeUuid, context));
}

RecordView viewOf(const PerformanceRatingRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = context.local(to(r.employeeUuid)) + QLatin1Char('|') + QString::number(r.year);
    view.label = labelOf(r, context);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

} // namespace

QString PerformanceRatingExchange::title() const {
    return QCoreApplication::translate("Exchange", "Performance ratings");
}

QString PerformanceRatingExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("employee"))
        return QCoreApplication::translate("Exchange", "Employee");
    if (field == QLatin1String("year"))
        return QCoreApplication::translate("Exchange", "Year");
    if (field == QLatin1String("predicate"))
        return QCoreApplication::translate("Exchange", "Predicate");
    if (field == QLatin1String("score"))
        return QCoreApplication::translate("Exchange", "Score");
    if (field == QLatin1String("document"))
        return QCoreApplication::translate("Exchange", "Document");
    return field;
}

Status PerformanceRatingExchange::collect(ExportRun &run) const {
    auto q = sql::run(run.db,
                      selectRatings.arg(employeerecord::changedColumn(run, QStringLiteral("r"))) +
                          QStringLiteral(" ORDER BY r.id"),
                      employeerecord::changedValues(run),
                      QCoreApplication::translate("Exchange", "reading performance ratings"));
    if (!q)
        return Status::failure(q.error());
    const MergeContext identity;
    while (q->next()) {
        if (!employeerecord::take(run, q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(11).toBool()))
            continue;
        PerformanceRatingRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.ratings.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> PerformanceRatingExchange::localRecords(const QSqlDatabase &db,
                                                                    MergeContext &context) const {
    auto q = sql::run(db, selectRatings.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading performance ratings"));
    if (!q)
        return Expected<QList<RecordView>>::failure(q.error());
    QList<RecordView> views;
    MergeContext identity;
    identity.labels = context.labels;
    while (q->next()) {
        RecordView view = viewOf(readRecord(*q), identity);
        view.localId = q->value(0).toLongLong();
        views << std::move(view);
    }
    return views;
}

std::pair<QString, QString> PerformanceRatingExchange::incomingIdentity(const PackagePayload &payload,
                                                                        qsizetype index,
                                                                        const MergeContext &context) const {
    const PerformanceRatingRecord &r = payload.ratings.at(std::size_t(index));
    return {to(r.uuid), context.local(to(r.employeeUuid)) + QLatin1Char('|') + QString::number(r.year)};
}

RecordView PerformanceRatingExchange::incoming(const PackagePayload &payload, qsizetype index,
                                               const MergeContext &context) const {
    return viewOf(payload.ratings.at(std::size_t(index)), context);
}

QString PerformanceRatingExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const PerformanceRatingRecord &r = payload.ratings.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (!recordtext::isUuid(r.employeeUuid))
        problem = QStringLiteral("employee");
    else if (r.year < 1950 || r.year > 2200)
        problem = QStringLiteral("year");
    else if (!performance::fromCode(to(r.predicate)))
        problem = QStringLiteral("predicate");
    else if (r.hasScore && (!std::isfinite(r.score) || r.score < 0 || r.score > 1000))
        problem = QStringLiteral("score");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "A performance rating in the package has an invalid field (%1).")
        .arg(problem);
}

Expected<bool> PerformanceRatingExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index,
                                                qint64 localId, const MergeContext &context) const {
    const PerformanceRatingRecord &r = payload.ratings.at(std::size_t(index));
    const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
    if (!employeeId) {
        employeerecord::warnNoEmployee(run, labelOf(r, context));
        return false;
    }
    const QVariantList values{employeeId,
                              r.year,
                              to(r.predicate),
                              r.hasScore ? QVariant(r.score) : QVariant(),
                              sql::text(to(r.document)),
                              to(r.modifiedAt),
                              sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving %1").arg(labelOf(r, context)); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE performance_rating SET employee_id = ?, year = ?, predicate = ?, "
                                           "score = ?, document = ?, modified_at = ?, origin_office = ? WHERE id = ?"),
                            QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral("INSERT INTO performance_rating(employee_id, year, predicate, score, "
                                          "document, modified_at, origin_office, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
