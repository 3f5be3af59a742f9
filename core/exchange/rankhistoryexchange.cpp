#include "rankhistoryexchange.h"

#include "domain/rank.h"
#include "exchange/employeerecordexchange.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectEntries = QStringLiteral(
    "SELECT r.id, r.employee_id, e.unit_id, r.uuid, e.uuid, r.rank_code, r.tmt, r.source, r.note, r.modified_at, "
    "r.origin_office%1 FROM rank_history r JOIN employee e ON e.id = r.employee_id");

RankHistoryRecord readRecord(const QSqlQuery &q) {
    RankHistoryRecord r;
    r.uuid = from(q.value(3));
    r.employeeUuid = from(q.value(4));
    r.rankCode = q.value(5).toInt();
    r.tmt = from(q.value(6));
    r.source = from(q.value(7));
    r.note = from(q.value(8));
    r.modifiedAt = from(q.value(9));
    r.originOffice = from(q.value(10));
    return r;
}

Fields fieldsOf(const RankHistoryRecord &r, const MergeContext &context) {
    return {{QLatin1String("employee"), context.local(to(r.employeeUuid))},
            {QLatin1String("rank"), QString::number(r.rankCode)},
            {QLatin1String("tmt"), to(r.tmt)},
            {QLatin1String("source"), to(r.source)},
            {QLatin1String("note"), to(r.note)}};
}

QString labelOf(const RankHistoryRecord &r, const MergeContext &context) {
    const auto rank = Rank::fromCode(r.rankCode);
    return QCoreApplication::translate("Exchange", "Rank %1 from %2 of %3")
        .arg(rank ? rank->text() : QString::number(r.rankCode), to(r.tmt),
             employeerecord::employeeLabel(r.employeeUuid, context));
}

RecordView viewOf(const RankHistoryRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = context.local(to(r.employeeUuid)) + QLatin1Char('|') + QString::number(r.rankCode) +
                      QLatin1Char('|') + to(r.tmt);
    view.label = labelOf(r, context);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

} // namespace

QString RankHistoryExchange::title() const { return QCoreApplication::translate("Exchange", "Rank history"); }

QString RankHistoryExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("employee"))
        return QCoreApplication::translate("Exchange", "Employee");
    if (field == QLatin1String("rank"))
        return QCoreApplication::translate("Exchange", "Rank");
    if (field == QLatin1String("tmt"))
        return QCoreApplication::translate("Exchange", "TMT");
    if (field == QLatin1String("source"))
        return QCoreApplication::translate("Exchange", "Source");
    if (field == QLatin1String("note"))
        return QCoreApplication::translate("Exchange", "Note");
    return field;
}

QString RankHistoryExchange::displayValue(QLatin1String field, const QString &value,
                                          const MergeContext &context) const {
    if (field == QLatin1String("rank"))
        if (const auto rank = Rank::fromCode(value.toInt()))
            return rank->text();
    return EntityExchange::displayValue(field, value, context);
}

Status RankHistoryExchange::collect(ExportRun &run) const {
    auto q = sql::run(run.db,
                      selectEntries.arg(employeerecord::changedColumn(run, QStringLiteral("r"))) +
                          QStringLiteral(" ORDER BY r.id"),
                      employeerecord::changedValues(run), QCoreApplication::translate("Exchange", "reading rank history"));
    if (!q)
        return Status::failure(q.error());
    const MergeContext identity;
    while (q->next()) {
        if (!employeerecord::take(run, q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(11).toBool()))
            continue;
        RankHistoryRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.rankHistory.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> RankHistoryExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectEntries.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading rank history"));
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

std::pair<QString, QString> RankHistoryExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                                  const MergeContext &context) const {
    const RecordView view = viewOf(payload.rankHistory.at(std::size_t(index)), context);
    return {view.uuid, view.naturalKey};
}

RecordView RankHistoryExchange::incoming(const PackagePayload &payload, qsizetype index,
                                         const MergeContext &context) const {
    return viewOf(payload.rankHistory.at(std::size_t(index)), context);
}

QString RankHistoryExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const RankHistoryRecord &r = payload.rankHistory.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (!recordtext::isUuid(r.employeeUuid))
        problem = QStringLiteral("employee");
    else if (!Rank::fromCode(r.rankCode))
        problem = QStringLiteral("rank");
    else if (!recordtext::isIsoDate(r.tmt))
        problem = QStringLiteral("tmt");
    else if (to(r.source).trimmed().isEmpty() || r.source.size() > 32)
        problem = QStringLiteral("source");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "A rank history entry in the package has an invalid field (%1).")
        .arg(problem);
}

Expected<bool> RankHistoryExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index,
                                          qint64 localId, const MergeContext &context) const {
    const RankHistoryRecord &r = payload.rankHistory.at(std::size_t(index));
    const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
    if (!employeeId) {
        employeerecord::warnNoEmployee(run, labelOf(r, context));
        return false;
    }
    const QVariantList values{employeeId,           r.rankCode,
                              r.tmt.empty() ? QVariant() : QVariant(to(r.tmt)),
                              to(r.source),         sql::text(to(r.note)),
                              to(r.modifiedAt),     sql::text(to(r.originOffice))};
    const auto what = [&] {
        return QCoreApplication::translate("Exchange", "saving %1").arg(labelOf(r, context));
    };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE rank_history SET employee_id = ?, rank_code = ?, tmt = ?, source = ?, "
                                           "note = ?, modified_at = ?, origin_office = ? WHERE id = ?"),
                            QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral("INSERT INTO rank_history(employee_id, rank_code, tmt, source, note, "
                                          "modified_at, origin_office, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
