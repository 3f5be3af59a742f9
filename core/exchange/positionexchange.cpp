#include "positionexchange.h"

#include "domain/codes.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectPositions = QStringLiteral(
    "SELECT p.id, p.uuid, p.code, p.name, p.kind, p.level, p.family, p.teacher, p.bup_override, p.modified_at, "
    "p.origin_office%1 FROM position p");

PositionRecord readRecord(const QSqlQuery &q) {
    PositionRecord r;
    r.uuid = from(q.value(1));
    r.code = from(q.value(2));
    r.name = from(q.value(3));
    r.kind = from(q.value(4));
    r.level = from(q.value(5));
    r.family = from(q.value(6));
    r.teacher = q.value(7).toBool();
    r.bupOverride = q.value(8).isNull() ? 0 : q.value(8).toInt();
    r.modifiedAt = from(q.value(9));
    r.originOffice = from(q.value(10));
    return r;
}

Fields fieldsOf(const PositionRecord &r) {
    return {{QLatin1String("code"), to(r.code)},
            {QLatin1String("name"), to(r.name)},
            {QLatin1String("kind"), to(r.kind)},
            {QLatin1String("level"), to(r.level)},
            {QLatin1String("family"), to(r.family)},
            {QLatin1String("teacher"), r.teacher ? QStringLiteral("1") : QString()},
            {QLatin1String("bup_override"), r.bupOverride ? QString::number(r.bupOverride) : QString()}};
}

QString naturalKeyOf(const PositionRecord &r) { return to(r.name).trimmed().toCaseFolded(); }

RecordView viewOf(const PositionRecord &r) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = naturalKeyOf(r);
    view.label = to(r.name);
    view.fields = fieldsOf(r);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

} // namespace

QString PositionExchange::title() const { return QCoreApplication::translate("Exchange", "Positions"); }

QString PositionExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("code"))
        return QCoreApplication::translate("Exchange", "Code");
    if (field == QLatin1String("name"))
        return QCoreApplication::translate("Exchange", "Name");
    if (field == QLatin1String("kind"))
        return QCoreApplication::translate("Exchange", "Kind");
    if (field == QLatin1String("level"))
        return QCoreApplication::translate("Exchange", "Level");
    if (field == QLatin1String("family"))
        return QCoreApplication::translate("Exchange", "Family");
    if (field == QLatin1String("teacher"))
        return QCoreApplication::translate("Exchange", "Teacher");
    if (field == QLatin1String("bup_override"))
        return QCoreApplication::translate("Exchange", "Retirement age");
    return field;
}

Status PositionExchange::collect(ExportRun &run) const {
    const bool since = !run.since.isEmpty();
    auto q = sql::run(run.db,
                      selectPositions.arg(since ? QStringLiteral(", ") + run.changedExpression(QStringLiteral("p"))
                                                : QString()) +
                          QStringLiteral(" ORDER BY p.id"),
                      since ? QVariantList{run.since, run.since} : QVariantList{},
                      QCoreApplication::translate("Exchange", "reading positions"));
    if (!q)
        return Status::failure(q.error());
    const QSet<qint64> required = run.required.value(entity());
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        // A package for chosen units carries only the positions its records use.
        const bool wanted = (run.allUnits && (!since || q->value(11).toBool())) || required.contains(id);
        if (!wanted)
            continue;
        PositionRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record))});
        run.payload.positions.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> PositionExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectPositions.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading positions"));
    if (!q)
        return Expected<QList<RecordView>>::failure(q.error());
    QList<RecordView> views;
    while (q->next()) {
        RecordView view = viewOf(readRecord(*q));
        view.localId = q->value(0).toLongLong();
        context.labels.insert(view.uuid, view.label);
        views << std::move(view);
    }
    return views;
}

void PositionExchange::addIncomingLabels(const PackagePayload &payload, MergeContext &context) {
    for (const PositionRecord &r : payload.positions) {
        const QString uuid = context.local(to(r.uuid));
        if (!context.labels.contains(uuid))
            context.labels.insert(uuid, to(r.name));
    }
}

std::pair<QString, QString> PositionExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                               const MergeContext &) const {
    const PositionRecord &r = payload.positions.at(std::size_t(index));
    return {to(r.uuid), naturalKeyOf(r)};
}

RecordView PositionExchange::incoming(const PackagePayload &payload, qsizetype index, const MergeContext &) const {
    return viewOf(payload.positions.at(std::size_t(index)));
}

QString PositionExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const PositionRecord &r = payload.positions.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (to(r.name).trimmed().isEmpty())
        problem = QStringLiteral("name");
    else if (!codes::positionKindFromCode(to(r.kind)))
        problem = QStringLiteral("kind");
    else if (!codes::positionLevelFromCode(to(r.level)))
        problem = QStringLiteral("level");
    else if (r.bupOverride < 0 || r.bupOverride > 100)
        problem = QStringLiteral("bup_override");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "Position %1 in the package has an invalid field (%2).")
        .arg(to(r.name).left(80), problem);
}

Expected<bool> PositionExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                               const MergeContext &) const {
    const PositionRecord &r = payload.positions.at(std::size_t(index));
    const QString code = to(r.code).trimmed();
    const QVariantList values{code.isEmpty() ? QVariant() : QVariant(code),
                              to(r.name).trimmed(),
                              to(r.kind),
                              sql::text(to(r.level)),
                              sql::text(to(r.family)),
                              r.teacher ? 1 : 0,
                              r.bupOverride ? QVariant(r.bupOverride) : QVariant(),
                              to(r.modifiedAt),
                              sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving position %1").arg(to(r.name)); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE position SET code = ?, name = ?, kind = ?, level = ?, family = ?, "
                                       "teacher = ?, bup_override = ?, modified_at = ?, origin_office = ? WHERE id = ?"),
                        QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral("INSERT INTO position(code, name, kind, level, family, teacher, bup_override, "
                                          "modified_at, origin_office, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
