#include "domain/codes.h"
#include "exchange/entitytypes.h"
#include "exchange/recordexchange.h"

#include <cmath>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

QString number(bool has, double value) { return has ? QString::number(value, 'g', 17) : QString(); }

// Units (table unit). Natural key: the unit code. The parent is a reference by UUID; a package
// always carries the ancestors of the units it holds, so the tree can be rebuilt.
struct UnitTraits {
    using Record = UnitRecord;
    static constexpr EntityNames names{"unit", "unit", "u", QT_TRANSLATE_NOOP("Exchange", "Units"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading units")};
    static constexpr FieldTitle fieldTitles[]{{"code", QT_TRANSLATE_NOOP("Exchange", "Code")},
                                              {"name", QT_TRANSLATE_NOOP("Exchange", "Name")},
                                              {"kind", QT_TRANSLATE_NOOP("Exchange", "Kind")},
                                              {"parent", QT_TRANSLATE_NOOP("Exchange", "Parent unit")},
                                              {"region", QT_TRANSLATE_NOOP("Exchange", "Region")},
                                              {"latitude", QT_TRANSLATE_NOOP("Exchange", "Latitude")},
                                              {"longitude", QT_TRANSLATE_NOOP("Exchange", "Longitude")},
                                              {"closed_on", QT_TRANSLATE_NOOP("Exchange", "Closed on")}};
    static constexpr const char *columns =
        "code, name, kind, parent_id, region, latitude, longitude, closed_on, modified_at, origin_office";
    static constexpr bool namesReferences = true;

    static auto &section(auto &payload) { return payload.units; }

    static QString select() {
        return QStringLiteral("SELECT u.id, u.parent_id, u.uuid, u.code, u.name, u.kind, p.uuid, u.region, "
                              "u.latitude, u.longitude, u.closed_on, u.modified_at, u.origin_office%1 FROM unit u "
                              "LEFT JOIN unit p ON p.id = u.parent_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
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
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("code"), to(r.code)},
                {QLatin1String("name"), to(r.name)},
                {QLatin1String("kind"), to(r.kind)},
                {QLatin1String("parent"), referenceUuid(r.parentUuid, context)},
                {QLatin1String("region"), to(r.region)},
                {QLatin1String("latitude"), number(r.hasLatitude, r.latitude)},
                {QLatin1String("longitude"), number(r.hasLongitude, r.longitude)},
                {QLatin1String("closed_on"), to(r.closedOn)}};
    }

    static QString naturalKey(const Record &r, const MergeContext &) { return to(r.code); }
    static QString label(const Record &r, const MergeContext &) { return to(r.code) + QLatin1Char(' ') + to(r.name); }

    static QString saving(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "saving unit %1").arg(label(r, context));
    }

    // The units chosen, their ancestors (so the receiver can place every unit in the tree) and the
    // units other records need.
    static Status collect(ExportRun &run) {
        const bool since = !run.since.isEmpty();
        auto q = sql::run(run.db,
                          select().arg(since ? QStringLiteral(", ") + run.changedExpression(QStringLiteral("u"))
                                             : QString()),
                          since ? QVariantList{run.since, run.since} : QVariantList{},
                          QCoreApplication::translate("Exchange", names.reading));
        if (!q)
            return Status::failure(q.error());
        QHash<qint64, Record> records;
        QHash<qint64, qint64> parents;
        QSet<qint64> chosen;
        const QSet<qint64> required = run.required.value(QLatin1String(names.entity));
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const bool changed = !since || q->value(13).toBool();
            const bool inScope = run.allUnits || run.scopeUnits.contains(id);
            if ((inScope && changed) || required.contains(id))
                chosen.insert(id);
            parents.insert(id, q->value(1).toLongLong());
            records.insert(id, read(*q));
        }
        for (qint64 id : QSet<qint64>(chosen)) {
            qint64 parent = parents.value(id);
            int guard = 0;
            while (parent && !chosen.contains(parent) && records.contains(parent) && ++guard < 10000) {
                chosen.insert(parent);
                parent = parents.value(parent);
            }
        }
        QList<qint64> ordered(chosen.cbegin(), chosen.cend());
        std::sort(ordered.begin(), ordered.end());
        for (qint64 id : ordered) {
            Record record = records.value(id);
            if (record.originOffice.empty())
                record.originOffice = run.ownOfficeId.toStdString();
            if (run.wantHashes)
                run.sentHashes.append({to(record.uuid), contentHash(QLatin1String(names.entity),
                                                                   fields(record, MergeContext()))});
            run.payload.units.push_back(std::move(record));
        }
        return {};
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (to(r.code).trimmed().isEmpty())
            return QStringLiteral("code");
        if (to(r.name).trimmed().isEmpty())
            return QStringLiteral("name");
        if (!codes::unitKindFromCode(to(r.kind)))
            return QStringLiteral("kind");
        if (!r.parentUuid.empty() && (!recordtext::isUuid(r.parentUuid) || r.parentUuid == r.uuid))
            return QStringLiteral("parent");
        if ((r.hasLatitude && !std::isfinite(r.latitude)) || (r.hasLongitude && !std::isfinite(r.longitude)))
            return QStringLiteral("latitude/longitude");
        if (!recordtext::isIsoDate(r.closedOn))
            return QStringLiteral("closed_on");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &r, const QString &field) {
        return QCoreApplication::translate("Exchange", "Unit %1 in the package has an invalid field (%2).")
            .arg(label(r, {}).left(80), field);
    }

    static qint64 parentId(const ApplyRun &run, const Record &r, const MergeContext &context) {
        const QString parentUuid = referenceUuid(r.parentUuid, context);
        return parentUuid.isEmpty() ? 0 : run.idOf(QLatin1String(names.entity), parentUuid);
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        return StoredValues({to(r.code).trimmed(), to(r.name).trimmed(), to(r.kind),
                             sql::nullIfZero(parentId(run, r, context)), sql::text(to(r.region)),
                             r.hasLatitude ? QVariant(r.latitude) : QVariant(),
                             r.hasLongitude ? QVariant(r.longitude) : QVariant(),
                             r.closedOn.empty() ? QVariant() : QVariant(to(r.closedOn)), to(r.modifiedAt),
                             sql::text(to(r.originOffice))});
    }

    // A parent that comes later in the package is set in finishWrites().
    static void afterWrite(ApplyRun &run, const Record &r, qint64 id, const MergeContext &context) {
        const qint64 parent = parentId(run, r, context);
        if (!r.parentUuid.empty() && (!parent || parent == id))
            run.deferred.insert(QLatin1String(names.entity), {id, referenceUuid(r.parentUuid, context)});
    }

    static Status finishWrites(ApplyRun &run) {
        const QString entity = QLatin1String(names.entity);
        const QList<std::pair<qint64, QString>> pending = run.deferred.values(entity);
        for (const auto &[id, parentUuid] : pending) {
            const qint64 parent = run.idOf(entity, parentUuid);
            if (!parent) {
                run.warnings << QCoreApplication::translate(
                                    "Exchange", "The parent of a unit (%1) is neither in the package nor in this "
                                                "database; the unit was placed at the top level.")
                                    .arg(parentUuid);
                continue;
            }
            if (Status s = run.exec(QStringLiteral("UPDATE unit SET parent_id = ? WHERE id = ?"), {parent, id},
                                    [] { return QCoreApplication::translate("Exchange", "placing units in the tree"); });
                !s)
                return s;
        }
        run.deferred.remove(entity);
        return refuseCycles(run);
    }

    // A package may not make a unit its own ancestor: the unit tree must stay a tree.
    static Status refuseCycles(const ApplyRun &run) {
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
                                               "Exchange", "The package would make unit %1 a sub-unit of itself. It "
                                                           "was not imported; ask the sending office to check its "
                                                           "unit tree.")
                                               .arg(codes.value(current)));
                path.insert(current);
                current = parents.value(current);
            }
            safe.unite(path);
        }
        return {};
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makeUnitExchange() { return std::make_shared<RecordExchange<UnitTraits>>(); }

} // namespace imbang::exchange
