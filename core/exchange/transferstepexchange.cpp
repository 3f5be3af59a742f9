#include "transferstepexchange.h"

#include "exchange/employeerecordexchange.h"
#include "storage/sqlutil.h"
#include "transfers/transfercodes.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectSteps = QStringLiteral(
    "SELECT s.id, e.id, e.unit_id, s.uuid, t.uuid, s.from_status, s.to_status, s.actor, s.at, s.comment, s.checks, "
    "s.modified_at, s.origin_office, t.number, t.id%1 FROM transfer_step s JOIN transfer t ON t.id = s.transfer_id "
    "JOIN employee e ON e.id = t.employee_id");
constexpr int changedColumn = 15;

TransferStepRecord readRecord(const QSqlQuery &q) {
    TransferStepRecord r;
    r.uuid = from(q.value(3));
    r.transferUuid = from(q.value(4));
    r.fromStatus = from(q.value(5));
    r.toStatus = from(q.value(6));
    r.actor = from(q.value(7));
    r.at = from(q.value(8));
    r.comment = from(q.value(9));
    r.checks = from(q.value(10));
    r.modifiedAt = from(q.value(11));
    r.originOffice = from(q.value(12));
    return r;
}

Fields fieldsOf(const TransferStepRecord &r, const MergeContext &context) {
    return {{QLatin1String("transfer"), context.local(to(r.transferUuid))},
            {QLatin1String("from_status"), to(r.fromStatus)},
            {QLatin1String("to_status"), to(r.toStatus)},
            {QLatin1String("actor"), to(r.actor)},
            {QLatin1String("at"), to(r.at)},
            {QLatin1String("comment"), to(r.comment)},
            {QLatin1String("checks"), to(r.checks)}};
}

QString labelOf(const TransferStepRecord &r, const MergeContext &context) {
    return QCoreApplication::translate("Exchange", "Step to %1 of %2")
        .arg(to(r.toStatus).left(20), context.labelOf(to(r.transferUuid)));
}

RecordView viewOf(const TransferStepRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.label = labelOf(r, context);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

bool isStatusCode(const std::string &text) {
    const auto status = transfercodes::statusFromText(to(text));
    return status && transfercodes::toCode(*status) == to(text);
}

} // namespace

QString TransferStepExchange::title() const { return QCoreApplication::translate("Exchange", "Transfer steps"); }

QString TransferStepExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("transfer"))
        return QCoreApplication::translate("Exchange", "Transfer");
    if (field == QLatin1String("from_status"))
        return QCoreApplication::translate("Exchange", "From status");
    if (field == QLatin1String("to_status"))
        return QCoreApplication::translate("Exchange", "To status");
    if (field == QLatin1String("actor"))
        return QCoreApplication::translate("Exchange", "By");
    if (field == QLatin1String("at"))
        return QCoreApplication::translate("Exchange", "At");
    if (field == QLatin1String("comment"))
        return QCoreApplication::translate("Exchange", "Comment");
    if (field == QLatin1String("checks"))
        return QCoreApplication::translate("Exchange", "Checks");
    return field;
}

Status TransferStepExchange::collect(ExportRun &run) const {
    auto q = sql::run(run.db,
                      selectSteps.arg(employeerecord::changedColumn(run, QStringLiteral("s"))) +
                          QStringLiteral(" ORDER BY s.id"),
                      employeerecord::changedValues(run),
                      QCoreApplication::translate("Exchange", "reading transfer steps"));
    if (!q)
        return Status::failure(q.error());
    QSet<qint64> transfers; // added at the end: take() inserts into run.required
    const MergeContext identity;
    while (q->next()) {
        if (!employeerecord::take(run, q->value(1).toLongLong(), q->value(2).toLongLong(),
                                  q->value(changedColumn).toBool()))
            continue;
        transfers.insert(q->value(14).toLongLong());
        TransferStepRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.transferSteps.push_back(std::move(record));
    }
    run.required[QStringLiteral("transfer")].unite(transfers);
    return {};
}

Expected<QList<RecordView>> TransferStepExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectSteps.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading transfer steps"));
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

std::pair<QString, QString> TransferStepExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                                   const MergeContext &) const {
    return {to(payload.transferSteps.at(std::size_t(index)).uuid), QString()};
}

RecordView TransferStepExchange::incoming(const PackagePayload &payload, qsizetype index,
                                          const MergeContext &context) const {
    return viewOf(payload.transferSteps.at(std::size_t(index)), context);
}

QString TransferStepExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const TransferStepRecord &r = payload.transferSteps.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (!recordtext::isUuid(r.transferUuid))
        problem = QStringLiteral("transfer");
    else if ((!r.fromStatus.empty() && !isStatusCode(r.fromStatus)) || !isStatusCode(r.toStatus))
        problem = QStringLiteral("status");
    else if (to(r.actor).trimmed().isEmpty())
        problem = QStringLiteral("actor");
    else if (!recordtext::isIsoDateTime(r.at) || !recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("time");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "A transfer step in the package has an invalid field (%1).")
        .arg(problem);
}

Expected<bool> TransferStepExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index,
                                           qint64 localId, const MergeContext &context) const {
    const TransferStepRecord &r = payload.transferSteps.at(std::size_t(index));
    const qint64 transferId = run.idOf(QStringLiteral("transfer"), context.local(to(r.transferUuid)));
    if (!transferId) {
        run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: its transfer is neither in the "
                                                                "package nor in this database.")
                            .arg(labelOf(r, context));
        return false;
    }
    const QVariantList values{transferId,          sql::text(to(r.fromStatus)), to(r.toStatus),
                              to(r.actor),         to(r.at),                    sql::text(to(r.comment)),
                              sql::text(to(r.checks)), to(r.modifiedAt),        sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving %1").arg(labelOf(r, context)); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE transfer_step SET transfer_id = ?, from_status = ?, to_status = ?, "
                                           "actor = ?, at = ?, comment = ?, checks = ?, modified_at = ?, "
                                           "origin_office = ? WHERE id = ?"),
                            QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral("INSERT INTO transfer_step(transfer_id, from_status, to_status, actor, at, "
                                          "comment, checks, modified_at, origin_office, uuid) "
                                          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
