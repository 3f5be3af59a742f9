#include "staffingneedexchange.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectNeeds = QStringLiteral(
    "SELECT n.id, n.unit_id, n.position_id, n.uuid, u.uuid, p.uuid, n.need, n.source, n.note, n.modified_at, "
    "n.origin_office%1 FROM staffing_need n JOIN unit u ON u.id = n.unit_id JOIN position p ON p.id = n.position_id");

StaffingNeedRecord readRecord(const QSqlQuery &q) {
    StaffingNeedRecord r;
    r.uuid = from(q.value(3));
    r.unitUuid = from(q.value(4));
    r.positionUuid = from(q.value(5));
    r.need = q.value(6).toDouble();
    r.source = from(q.value(7));
    r.note = from(q.value(8));
    r.modifiedAt = from(q.value(9));
    r.originOffice = from(q.value(10));
    return r;
}

QString naturalKeyOf(const StaffingNeedRecord &r, const MergeContext &context) {
    return context.local(to(r.unitUuid)) + QLatin1Char('|') + context.local(to(r.positionUuid));
}

Fields fieldsOf(const StaffingNeedRecord &r, const MergeContext &context) {
    return {{QLatin1String("unit"), context.local(to(r.unitUuid))},
            {QLatin1String("position"), context.local(to(r.positionUuid))},
            {QLatin1String("need"), QString::number(r.need, 'g', 17)},
            {QLatin1String("source"), to(r.source)},
            {QLatin1String("note"), to(r.note)}};
}

RecordView viewOf(const StaffingNeedRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = naturalKeyOf(r, context);
    view.label = QCoreApplication::translate("Exchange", "%1 in %2")
                     .arg(context.labelOf(to(r.positionUuid)), context.labelOf(to(r.unitUuid)));
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

} // namespace

QString StaffingNeedExchange::title() const { return QCoreApplication::translate("Exchange", "Staffing needs"); }

QString StaffingNeedExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("unit"))
        return QCoreApplication::translate("Exchange", "Unit");
    if (field == QLatin1String("position"))
        return QCoreApplication::translate("Exchange", "Position");
    if (field == QLatin1String("need"))
        return QCoreApplication::translate("Exchange", "Need");
    if (field == QLatin1String("source"))
        return QCoreApplication::translate("Exchange", "Source");
    if (field == QLatin1String("note"))
        return QCoreApplication::translate("Exchange", "Note");
    return field;
}

Status StaffingNeedExchange::collect(ExportRun &run) const {
    const bool since = !run.since.isEmpty();
    auto q = sql::run(run.db,
                      selectNeeds.arg(since ? QStringLiteral(", ") + run.changedExpression(QStringLiteral("n"))
                                            : QString()) +
                          QStringLiteral(" ORDER BY n.id"),
                      since ? QVariantList{run.since, run.since} : QVariantList{},
                      QCoreApplication::translate("Exchange", "reading staffing needs"));
    if (!q)
        return Status::failure(q.error());
    // Reserved up front: growing a vector of 100,000 records moves every string several times.
    if (auto count = sql::run(run.db, QStringLiteral("SELECT count(*) FROM staffing_need")); count && count->next())
        run.payload.staffingNeeds.reserve(run.payload.staffingNeeds.size() + std::size_t(count->value(0).toLongLong()));
    QSet<qint64> &units = run.required[QStringLiteral("unit")];
    QSet<qint64> &positions = run.required[QStringLiteral("position")];
    const MergeContext identity;
    while (q->next()) {
        const qint64 unitId = q->value(1).toLongLong();
        if (!run.allUnits && !run.scopeUnits.contains(unitId))
            continue;
        if (since && !q->value(11).toBool())
            continue;
        units.insert(unitId);
        positions.insert(q->value(2).toLongLong());
        StaffingNeedRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.staffingNeeds.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> StaffingNeedExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectNeeds.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading staffing needs"));
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

std::pair<QString, QString> StaffingNeedExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                                   const MergeContext &context) const {
    const StaffingNeedRecord &r = payload.staffingNeeds.at(std::size_t(index));
    return {to(r.uuid), naturalKeyOf(r, context)};
}

RecordView StaffingNeedExchange::incoming(const PackagePayload &payload, qsizetype index,
                                          const MergeContext &context) const {
    return viewOf(payload.staffingNeeds.at(std::size_t(index)), context);
}

QString StaffingNeedExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const StaffingNeedRecord &r = payload.staffingNeeds.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (!recordtext::isUuid(r.unitUuid))
        problem = QStringLiteral("unit");
    else if (!recordtext::isUuid(r.positionUuid))
        problem = QStringLiteral("position");
    else if (!std::isfinite(r.need) || r.need < 0 || r.need > 1e6)
        problem = QStringLiteral("need");
    else if (to(r.source).trimmed().isEmpty())
        problem = QStringLiteral("source");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "A staffing need in the package has an invalid field (%1).")
        .arg(problem);
}

Expected<bool> StaffingNeedExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index,
                                           qint64 localId, const MergeContext &context) const {
    const StaffingNeedRecord &r = payload.staffingNeeds.at(std::size_t(index));
    const qint64 unitId = run.idOf(QStringLiteral("unit"), context.local(to(r.unitUuid)));
    const qint64 positionId = run.idOf(QStringLiteral("position"), context.local(to(r.positionUuid)));
    const auto label = [&] { return viewOf(r, context).label; };
    if (!unitId || !positionId) {
        run.warnings << QCoreApplication::translate(
                            "Exchange", "The staffing need for %1 was not imported: its unit or position is neither "
                                        "in the package nor in this database.")
                            .arg(label());
        return false;
    }
    const QVariantList values{unitId, positionId, r.need, to(r.source), sql::text(to(r.note)), to(r.modifiedAt),
                              sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving the staffing need for %1").arg(label()); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE staffing_need SET unit_id = ?, position_id = ?, need = ?, "
                                           "source = ?, note = ?, modified_at = ?, origin_office = ? WHERE id = ?"),
                            QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral("INSERT INTO staffing_need(unit_id, position_id, need, source, note, "
                                          "modified_at, origin_office, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
