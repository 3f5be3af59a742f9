#include "unitchanges.h"

#include "audit/audittrail.h"
#include "records/recordjson.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace imbang::unitchanges {
namespace {

Status record(const QSqlDatabase &db, const QString &action, const QString &summary, const std::optional<Unit> &before,
              const std::optional<Unit> &after) {
    AuditRecord r;
    r.action = action;
    r.entity = QStringLiteral("unit");
    r.entityUuid = after ? after->uuid : before->uuid;
    r.summary = summary;
    if (before)
        r.before = recordjson::toJson(*before);
    if (after)
        r.after = recordjson::toJson(*after);
    return AuditTrail(db).record(r);
}

Status notFound() {
    return Status::failure(QCoreApplication::translate("UnitChanges", "The unit no longer exists."));
}

// Commits and announces; the transaction rolls back on any earlier return.
Status finish(sql::Transaction &transaction) {
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("unit"));
    return {};
}

} // namespace

Problems validate(const QSqlDatabase &db, const Unit &unit) {
    Problems problems;
    const auto error = [&](const char *field, const QString &message) {
        problems << Problem{Problem::Severity::Error, QString::fromLatin1(field), message};
    };
    if (unit.code.trimmed().isEmpty())
        error("code", QCoreApplication::translate("UnitChanges", "Enter the unit code."));
    else if (auto other = UnitRepository(db).byCode(unit.code); other && other->id != unit.id)
        error("code", QCoreApplication::translate("UnitChanges", "Code %1 is already used by %2.").arg(unit.code, other->name));
    if (unit.name.trimmed().isEmpty())
        error("name", QCoreApplication::translate("UnitChanges", "Enter the unit name."));
    if (unit.latitude && (*unit.latitude < -11.5 || *unit.latitude > 6.5))
        error("latitude", QCoreApplication::translate("UnitChanges", "Latitude %1 is outside Indonesia (-11.5 to 6.5).")
                              .arg(*unit.latitude));
    if (unit.longitude && (*unit.longitude < 94.5 || *unit.longitude > 141.5))
        error("longitude", QCoreApplication::translate("UnitChanges", "Longitude %1 is outside Indonesia (94.5 to 141.5).")
                               .arg(*unit.longitude));
    return problems;
}

namespace {
Status firstError(const Problems &problems) {
    for (const Problem &p : problems)
        if (p.isError())
            return Status::failure(p.message);
    return {};
}
} // namespace

Expected<qint64> add(const QSqlDatabase &db, Unit unit) {
    if (Status s = firstError(validate(db, unit)); !s)
        return Expected<qint64>::failure(s.error());
    sql::Transaction transaction(db);
    if (unit.uuid.isNull())
        unit.uuid = QUuid::createUuid();
    auto id = UnitRepository(db).insert(unit);
    if (!id)
        return id;
    unit.id = *id;
    if (Status s = record(db, QStringLiteral("create"),
                          QCoreApplication::translate("UnitChanges", "Add unit %1").arg(unit.name), std::nullopt, unit);
        !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = finish(transaction); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status save(const QSqlDatabase &db, const Unit &after) {
    if (Status s = firstError(validate(db, after)); !s)
        return s;
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    const std::optional<Unit> before = repo.byId(after.id);
    if (!before)
        return notFound();
    if (Status s = repo.update(after); !s)
        return s;
    const QString summary = before->name != after.name
                                ? QCoreApplication::translate("UnitChanges", "Rename unit %1 to %2").arg(before->name, after.name)
                                : QCoreApplication::translate("UnitChanges", "Edit unit %1").arg(after.name);
    if (Status s = record(db, QStringLiteral("update"), summary, before, after); !s)
        return s;
    return finish(transaction);
}

Status move(const QSqlDatabase &db, qint64 unitId, qint64 newParentId) {
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> unit = repo.byId(unitId);
    if (!unit)
        return notFound();
    if (newParentId && repo.subtreeIds(unitId).contains(newParentId))
        return Status::failure(QCoreApplication::translate(
            "UnitChanges", "%1 cannot be moved under itself or one of its own sub-units.").arg(unit->name));
    std::optional<Unit> parent;
    if (newParentId) {
        parent = repo.byId(newParentId);
        if (!parent)
            return notFound();
        if (!parent->isOpen())
            return Status::failure(QCoreApplication::translate("UnitChanges", "%1 is closed; units cannot be moved into it.")
                                       .arg(parent->name));
    }
    const Unit before = *unit;
    unit->parentId = newParentId;
    if (Status s = repo.update(*unit); !s)
        return s;
    const QString summary = parent ? QCoreApplication::translate("UnitChanges", "Move unit %1 under %2").arg(unit->name, parent->name)
                                   : QCoreApplication::translate("UnitChanges", "Make %1 a top-level agency").arg(unit->name);
    if (Status s = record(db, QStringLiteral("move"), summary, before, unit); !s)
        return s;
    return finish(transaction);
}

Status merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId, const QDate &date) {
    if (fromId == intoId)
        return Status::failure(QCoreApplication::translate("UnitChanges", "A unit cannot be merged into itself."));
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> from = repo.byId(fromId);
    const std::optional<Unit> into = repo.byId(intoId);
    if (!from || !into)
        return notFound();
    if (repo.subtreeIds(fromId).contains(intoId))
        return Status::failure(QCoreApplication::translate(
            "UnitChanges", "%1 lies under %2; merge it the other way round.").arg(into->name, from->name));
    if (!into->isOpen())
        return Status::failure(QCoreApplication::translate("UnitChanges", "%1 is closed.").arg(into->name));
    // People and sub-units move; needs add up where both units had one for the same position.
    for (const QString &statement :
         {QStringLiteral("UPDATE employee SET unit_id = :into, modified_at = :now WHERE unit_id = :from"),
          QStringLiteral("UPDATE unit SET parent_id = :into, modified_at = :now WHERE parent_id = :from"),
          QStringLiteral("UPDATE staffing_need SET need = need + (SELECT f.need FROM staffing_need f WHERE "
                         "f.unit_id = :from AND f.position_id = staffing_need.position_id), modified_at = :now "
                         "WHERE unit_id = :into AND position_id IN (SELECT position_id FROM staffing_need WHERE unit_id = :from)"),
          QStringLiteral("DELETE FROM staffing_need WHERE unit_id = :from AND position_id IN "
                         "(SELECT position_id FROM staffing_need WHERE unit_id = :into)"),
          QStringLiteral("UPDATE staffing_need SET unit_id = :into, modified_at = :now WHERE unit_id = :from")}) {
        QSqlQuery q(db);
        q.prepare(statement);
        q.bindValue(QStringLiteral(":into"), intoId);
        q.bindValue(QStringLiteral(":from"), fromId);
        if (statement.contains(QLatin1String(":now")))
            q.bindValue(QStringLiteral(":now"), sql::fromDateTime(Clock::now()));
        if (!q.exec())
            return Status::failure(QCoreApplication::translate("UnitChanges", "Merging failed: %1").arg(q.lastError().text()));
    }
    const Unit before = *from;
    from->closedOn = date;
    if (Status s = repo.update(*from); !s)
        return s;
    if (Status s = record(db, QStringLiteral("merge"),
                          QCoreApplication::translate("UnitChanges", "Merge unit %1 into %2").arg(from->name, into->name),
                          before, from);
        !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    return finish(transaction);
}

Status close(const QSqlDatabase &db, qint64 unitId, const QDate &date) {
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> unit = repo.byId(unitId);
    if (!unit)
        return notFound();
    if (const int people = repo.activeEmployeesInSubtree(unitId); people > 0)
        return Status::failure(QCoreApplication::translate(
            "UnitChanges", "%1 still has %n active employee(s). Move them to another unit first.", "", people)
                                   .arg(unit->name));
    for (const Unit &child : repo.children(unitId))
        if (child.isOpen())
            return Status::failure(QCoreApplication::translate(
                "UnitChanges", "%1 still has the open sub-unit %2. Close or move it first.").arg(unit->name, child.name));
    const Unit before = *unit;
    unit->closedOn = date;
    if (Status s = repo.update(*unit); !s)
        return s;
    if (Status s = record(db, QStringLiteral("close"),
                          QCoreApplication::translate("UnitChanges", "Close unit %1").arg(unit->name), before, unit);
        !s)
        return s;
    return finish(transaction);
}

Status reopen(const QSqlDatabase &db, qint64 unitId) {
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> unit = repo.byId(unitId);
    if (!unit)
        return notFound();
    const Unit before = *unit;
    unit->closedOn = QDate();
    if (Status s = repo.update(*unit); !s)
        return s;
    if (Status s = record(db, QStringLiteral("reopen"),
                          QCoreApplication::translate("UnitChanges", "Reopen unit %1").arg(unit->name), before, unit);
        !s)
        return s;
    return finish(transaction);
}

Status remove(const QSqlDatabase &db, qint64 unitId) {
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    const std::optional<Unit> unit = repo.byId(unitId);
    if (!unit)
        return {};
    if (Status s = repo.remove(unitId); !s)
        return s;
    if (Status s = record(db, QStringLiteral("delete"),
                          QCoreApplication::translate("UnitChanges", "Remove unit %1").arg(unit->name), unit, std::nullopt);
        !s)
        return s;
    return finish(transaction);
}

} // namespace imbang::unitchanges
