#include "catalogchanges.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "records/positionrepository.h"
#include "records/recordjson.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace imbang::catalogchanges {
namespace {

Status record(const QSqlDatabase &db, const QString &action, const QString &entity, const QUuid &uuid,
              const QString &summary, const QJsonObject &before, const QJsonObject &after) {
    return AuditTrail(db).record({action, entity, uuid, summary, before, after});
}

Status commitAndNotify(sql::Transaction &transaction, const QString &what) {
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(what);
    return {};
}

Status checkPosition(const QSqlDatabase &db, const Position &p) {
    if (p.name.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("CatalogChanges", "Enter the position name."));
    if (auto other = PositionRepository(db).byName(p.name); other && other->id != p.id)
        return Status::failure(QCoreApplication::translate("CatalogChanges", "The position %1 exists already.").arg(p.name));
    if (p.bupOverride && (*p.bupOverride < 40 || *p.bupOverride > 75))
        return Status::failure(QCoreApplication::translate("CatalogChanges", "A retirement age must lie between 40 and 75."));
    return {};
}

QJsonObject needJson(const StaffingNeed &n) {
    return {{QStringLiteral("unit_id"), n.unitId},
            {QStringLiteral("position_id"), n.positionId},
            {QStringLiteral("need"), n.need},
            {QStringLiteral("source"), n.source},
            {QStringLiteral("note"), n.note}};
}

} // namespace

Expected<qint64> addPosition(const QSqlDatabase &db, Position position) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return Expected<qint64>::failure(allowed.error());
    if (Status s = checkPosition(db, position); !s)
        return Expected<qint64>::failure(s.error());
    sql::Transaction transaction(db);
    if (position.uuid.isNull())
        position.uuid = QUuid::createUuid();
    auto id = PositionRepository(db).insert(position);
    if (!id)
        return id;
    position.id = *id;
    if (Status s = record(db, QStringLiteral("create"), QStringLiteral("position"), position.uuid,
                          QCoreApplication::translate("CatalogChanges", "Add position %1").arg(position.name), {},
                          recordjson::toJson(position));
        !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = commitAndNotify(transaction, QStringLiteral("position")); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status savePosition(const QSqlDatabase &db, const Position &after) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    if (Status s = checkPosition(db, after); !s)
        return s;
    sql::Transaction transaction(db);
    PositionRepository repo(db);
    const std::optional<Position> before = repo.byId(after.id);
    if (!before)
        return Status::failure(QCoreApplication::translate("CatalogChanges", "The position no longer exists."));
    if (Status s = repo.update(after); !s)
        return s;
    if (Status s = record(db, QStringLiteral("update"), QStringLiteral("position"), after.uuid,
                          QCoreApplication::translate("CatalogChanges", "Edit position %1").arg(after.name),
                          recordjson::toJson(*before), recordjson::toJson(after));
        !s)
        return s;
    return commitAndNotify(transaction, QStringLiteral("position"));
}

Status removePosition(const QSqlDatabase &db, qint64 positionId) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    sql::Transaction transaction(db);
    PositionRepository repo(db);
    const std::optional<Position> before = repo.byId(positionId);
    if (!before)
        return {};
    auto used = sql::run(db, QStringLiteral("SELECT (SELECT count(*) FROM employee WHERE position_id = ?) + "
                                            "(SELECT count(*) FROM staffing_need WHERE position_id = ?)"),
                         {positionId, positionId});
    if (used && used->next() && used->value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate("CatalogChanges", "The position %1 is in use and cannot be removed.")
                                   .arg(before->name));
    if (Status s = repo.remove(positionId); !s)
        return s;
    if (Status s = record(db, QStringLiteral("delete"), QStringLiteral("position"), before->uuid,
                          QCoreApplication::translate("CatalogChanges", "Remove position %1").arg(before->name),
                          recordjson::toJson(*before), {});
        !s)
        return s;
    return commitAndNotify(transaction, QStringLiteral("position"));
}

Status setNeed(const QSqlDatabase &db, qint64 unitId, qint64 positionId, std::optional<StaffingNeed> need) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    if (need && (need->need < 0 || need->need > 100000))
        return Status::failure(QCoreApplication::translate("CatalogChanges", "A need must be a number from 0 upwards."));
    sql::Transaction transaction(db);
    StaffingNeedRepository repo(db);
    const std::optional<StaffingNeed> before = repo.find(unitId, positionId);
    const std::optional<Unit> unit = UnitRepository(db).byId(unitId);
    const std::optional<Position> position = PositionRepository(db).byId(positionId);
    if (!unit || !position)
        return Status::failure(QCoreApplication::translate("CatalogChanges", "The unit or position no longer exists."));
    Status written;
    if (need) {
        need->unitId = unitId;
        need->positionId = positionId;
        written = repo.set(*need);
    } else {
        written = repo.remove(unitId, positionId);
    }
    if (!written)
        return written;
    if (Status s = record(db, need ? QStringLiteral("update") : QStringLiteral("delete"), QStringLiteral("staffing_need"),
                          unit->uuid,
                          QCoreApplication::translate("CatalogChanges", "Set the need for %1 at %2").arg(position->name, unit->name),
                          before ? needJson(*before) : QJsonObject(), need ? needJson(*need) : QJsonObject());
        !s)
        return s;
    return commitAndNotify(transaction, QStringLiteral("staffing_need"));
}

} // namespace imbang::catalogchanges
