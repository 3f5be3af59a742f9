#include "unitexchange.h"

#include "domain/codes.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

struct UnitRow {
    qint64 id = 0;
    qint64 parentId = 0;
    bool changed = true;
    UnitRecord record;
};

const QString selectUnits = QStringLiteral(
    "SELECT u.id, u.parent_id, u.uuid, u.code, u.name, u.kind, p.uuid, u.region, u.latitude, u.longitude, "
    "u.closed_on, u.modified_at, u.origin_office%1 FROM unit u LEFT JOIN unit p ON p.id = u.parent_id");

UnitRow readRow(const QSqlQuery &q, bool withChanged) {
    UnitRow row;
    row.id = q.value(0).toLongLong();
    row.parentId = q.value(1).toLongLong();
    UnitRecord &r = row.record;
    r.uuid = from(q.value(2));
    r.code = from(q.value(3));
    r.name = from(q.value(4));
    r.kind = from(q.value(5));
    r.parentUuid = from(q.value(6));
    r.region = from(q.value(7));
    r.hasLatitude = !q.value(8).isNull();
    r.latitude = q.value(8).toDouble();
    r.hasLongitude = !q.value(9).isNull();
    r.longitude = q.value(9).toDouble();
    r.closedOn = from(q.value(10));
    r.modifiedAt = from(q.value(11));
    r.originOffice = from(q.value(12));
    if (withChanged)
        row.changed = q.value(13).toBool();
    return row;
}

QString number(bool has, double value) { return has ? QString::number(value, 'g', 17) : QString(); }

Fields fieldsOf(const UnitRecord &r, const MergeContext &context) {
    return {{QLatin1String("code"), to(r.code)},
            {QLatin1String("name"), to(r.name)},
            {QLatin1String("kind"), to(r.kind)},
            {QLatin1String("parent"), r.parentUuid.empty() ? QString() : context.local(to(r.parentUuid))},
            {QLatin1String("region"), to(r.region)},
            {QLatin1String("latitude"), number(r.hasLatitude, r.latitude)},
            {QLatin1String("longitude"), number(r.hasLongitude, r.longitude)},
            {QLatin1String("closed_on"), to(r.closedOn)}};
}

QString labelOf(const UnitRecord &r) { return to(r.code) + QLatin1Char(' ') + to(r.name); }

RecordView viewOf(const UnitRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = to(r.code);
    view.label = labelOf(r);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

} // namespace

QString UnitExchange::title() const { return QCoreApplication::translate("Exchange", "Units"); }

QString UnitExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("code"))
        return QCoreApplication::translate("Exchange", "Code");
    if (field == QLatin1String("name"))
        return QCoreApplication::translate("Exchange", "Name");
    if (field == QLatin1String("kind"))
        return QCoreApplication::translate("Exchange", "Kind");
    if (field == QLatin1String("parent"))
        return QCoreApplication::translate("Exchange", "Parent unit");
    if (field == QLatin1String("region"))
        return QCoreApplication::translate("Exchange", "Region");
    if (field == QLatin1String("latitude"))
        return QCoreApplication::translate("Exchange", "Latitude");
    if (field == QLatin1String("longitude"))
        return QCoreApplication::translate("Exchange", "Longitude");
    if (field == QLatin1String("closed_on"))
        return QCoreApplication::translate("Exchange", "Closed on");
    return field;
}

Status UnitExchange::collect(ExportRun &run) const {
    const bool since = !run.since.isEmpty();
    QString statement = selectUnits.arg(since ? QStringLiteral(", ") + run.changedExpression(QStringLiteral("u"))
                                              : QString());
    auto q = sql::run(run.db, statement, since ? QVariantList{run.since, run.since} : QVariantList{},
                      QCoreApplication::translate("Exchange", "reading units"));
    if (!q)
        return Status::failure(q.error());
    QHash<qint64, UnitRow> rows;
    QSet<qint64> chosen;
    const QSet<qint64> required = run.required.value(entity());
    while (q->next()) {
        UnitRow row = readRow(*q, since);
        const bool inScope = run.allUnits || run.scopeUnits.contains(row.id);
        if ((inScope && row.changed) || required.contains(row.id))
            chosen.insert(row.id);
        rows.insert(row.id, std::move(row));
    }
    // Ancestors travel with their units, so the receiver can place every unit in the tree.
    for (qint64 id : QSet<qint64>(chosen)) {
        qint64 parent = rows.value(id).parentId;
        int guard = 0;
        while (parent && !chosen.contains(parent) && rows.contains(parent) && ++guard < 10000) {
            chosen.insert(parent);
            parent = rows.value(parent).parentId;
        }
    }
    QList<qint64> ordered(chosen.cbegin(), chosen.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        UnitRecord record = rows.value(id).record;
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, MergeContext()))});
        run.payload.units.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> UnitExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectUnits.arg(QString()), {}, QCoreApplication::translate("Exchange", "reading units"));
    if (!q)
        return Expected<QList<RecordView>>::failure(q.error());
    QList<RecordView> views;
    const MergeContext identity;
    while (q->next()) {
        const UnitRow row = readRow(*q, false);
        RecordView view = viewOf(row.record, identity);
        view.localId = row.id;
        context.labels.insert(view.uuid, view.label);
        views << std::move(view);
    }
    return views;
}

void UnitExchange::addIncomingLabels(const PackagePayload &payload, MergeContext &context) {
    for (const UnitRecord &r : payload.units) {
        const QString uuid = context.local(to(r.uuid));
        if (!context.labels.contains(uuid))
            context.labels.insert(uuid, labelOf(r));
    }
}

std::pair<QString, QString> UnitExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                           const MergeContext &) const {
    const UnitRecord &r = payload.units.at(std::size_t(index));
    return {to(r.uuid), to(r.code)};
}

RecordView UnitExchange::incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const {
    return viewOf(payload.units.at(std::size_t(index)), context);
}

QString UnitExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const UnitRecord &r = payload.units.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (to(r.code).trimmed().isEmpty())
        problem = QStringLiteral("code");
    else if (to(r.name).trimmed().isEmpty())
        problem = QStringLiteral("name");
    else if (!codes::unitKindFromCode(to(r.kind)))
        problem = QStringLiteral("kind");
    else if (!r.parentUuid.empty() && (!recordtext::isUuid(r.parentUuid) || r.parentUuid == r.uuid))
        problem = QStringLiteral("parent");
    else if ((r.hasLatitude && !std::isfinite(r.latitude)) || (r.hasLongitude && !std::isfinite(r.longitude)))
        problem = QStringLiteral("latitude/longitude");
    else if (!recordtext::isIsoDate(r.closedOn))
        problem = QStringLiteral("closed_on");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "Unit %1 in the package has an invalid field (%2).")
        .arg(labelOf(r).left(80), problem);
}

Expected<bool> UnitExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                           const MergeContext &context) const {
    const UnitRecord &r = payload.units.at(std::size_t(index));
    const QString parentUuid = r.parentUuid.empty() ? QString() : context.local(to(r.parentUuid));
    const qint64 parentId = parentUuid.isEmpty() ? 0 : run.idOf(entity(), parentUuid);
    const QVariantList values{to(r.code).trimmed(),
                              to(r.name).trimmed(),
                              to(r.kind),
                              sql::nullIfZero(parentId),
                              sql::text(to(r.region)),
                              r.hasLatitude ? QVariant(r.latitude) : QVariant(),
                              r.hasLongitude ? QVariant(r.longitude) : QVariant(),
                              r.closedOn.empty() ? QVariant() : QVariant(to(r.closedOn)),
                              to(r.modifiedAt),
                              sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving unit %1").arg(labelOf(r)); };
    qint64 id = localId;
    if (localId) {
        const QString update = QStringLiteral("UPDATE unit SET code = ?, name = ?, kind = ?, parent_id = ?, region = ?, "
                                              "latitude = ?, longitude = ?, closed_on = ?, modified_at = ?, "
                                              "origin_office = ? WHERE id = ?");
        if (Status s = run.exec(update, QVariantList(values) << localId, what); !s)
            return Expected<bool>::failure(s.error());
    } else {
        const QString insert = QStringLiteral("INSERT INTO unit(code, name, kind, parent_id, region, latitude, longitude, "
                                              "closed_on, modified_at, origin_office, uuid) "
                                              "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
            return Expected<bool>::failure(s.error());
        id = run.lastInsertId(insert);
        run.ids[entity()].insert(to(r.uuid), id);
    }
    if (!parentUuid.isEmpty() && !parentId)
        run.deferred.insert(entity(), {id, parentUuid});
    return true;
}

Status UnitExchange::finishWrites(ApplyRun &run) const {
    const QList<std::pair<qint64, QString>> pending = run.deferred.values(entity());
    for (const auto &[id, parentUuid] : pending) {
        const qint64 parentId = run.idOf(entity(), parentUuid);
        if (!parentId) {
            run.warnings << QCoreApplication::translate(
                                "Exchange", "The parent of a unit (%1) is neither in the package nor in this "
                                            "database; the unit was placed at the top level.")
                                .arg(parentUuid);
            continue;
        }
        if (Status s = run.exec(QStringLiteral("UPDATE unit SET parent_id = ? WHERE id = ?"), {parentId, id},
                                [] { return QCoreApplication::translate("Exchange", "placing units in the tree"); });
            !s)
            return s;
    }
    run.deferred.remove(entity());
    // A package may not make a unit its own ancestor: the unit tree must stay a tree.
    auto q = sql::run(run.db, QStringLiteral("SELECT id, parent_id, code FROM unit"));
    if (!q)
        return Status::failure(q.error());
    QHash<qint64, qint64> parents;
    QHash<qint64, QString> codes;
    while (q->next()) {
        parents.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
        codes.insert(q->value(0).toLongLong(), q->value(2).toString());
    }
    QSet<qint64> safe; // units known to reach the top
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        QSet<qint64> path;
        qint64 current = it.key();
        while (current && !safe.contains(current)) {
            if (path.contains(current))
                return Status::failure(QCoreApplication::translate(
                                           "Exchange", "The package would make unit %1 a sub-unit of itself. It was "
                                                       "not imported; ask the sending office to check its unit tree.")
                                           .arg(codes.value(current)));
            path.insert(current);
            current = parents.value(current);
        }
        safe.unite(path);
    }
    return {};
}

} // namespace imbang::exchange
