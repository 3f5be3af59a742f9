#include "unitchanges.h"

#include "access/session.h"
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

Status recordAudit(const QSqlDatabase &db, const QString &action, const QString &summary, const std::optional<Unit> &before,
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
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return Expected<qint64>::failure(allowed.error());
    if (Status s = firstError(validate(db, unit)); !s)
        return Expected<qint64>::failure(s.error());
    sql::Transaction transaction(db);
    if (unit.uuid.isNull())
        unit.uuid = QUuid::createUuid();
    auto id = UnitRepository(db).insert(unit);
    if (!id)
        return id;
    unit.id = *id;
    if (Status s = recordAudit(db, QStringLiteral("create"),
                          QCoreApplication::translate("UnitChanges", "Add unit %1").arg(unit.name), std::nullopt, unit);
        !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = finish(transaction); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status save(const QSqlDatabase &db, const Unit &after) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
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
    if (Status s = recordAudit(db, QStringLiteral("update"), summary, before, after); !s)
        return s;
    return finish(transaction);
}

Status move(const QSqlDatabase &db, qint64 unitId, qint64 newParentId) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
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
    if (Status s = recordAudit(db, QStringLiteral("move"), summary, before, unit); !s)
        return s;
    return finish(transaction);
}

namespace {
QList<qint64> idsOf(const QSqlDatabase &db, const QString &statement, qint64 unitId) {
    QList<qint64> ids;
    auto q = sql::run(db, statement, {unitId});
    if (q)
        while (q->next())
            ids << q->value(0).toLongLong();
    return ids;
}

// Sets unit_id (or parent_id) of the given rows.
Status reassign(const QSqlDatabase &db, const QString &table, const QString &column, const QList<qint64> &ids,
                qint64 unitId) {
    for (qint64 id : ids) {
        auto q = sql::run(db, QStringLiteral("UPDATE %1 SET %2 = ?, modified_at = ? WHERE id = ?").arg(table, column),
                          {unitId, sql::fromDateTime(Clock::now()), id});
        if (!q)
            return Status::failure(q.error());
    }
    return {};
}

Status replaceNeeds(const QSqlDatabase &db, qint64 unitId, const QList<StaffingNeed> &needs) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    StaffingNeedRepository repo(db);
    for (const StaffingNeed &n : repo.forUnit(unitId))
        if (Status s = repo.remove(unitId, n.positionId); !s)
            return s;
    for (const StaffingNeed &n : needs)
        if (Status s = repo.set(n); !s)
            return s;
    return {};
}
} // namespace

Expected<MergeRecord> merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId, const QDate &date) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return Expected<MergeRecord>::failure(allowed.error());
    using Result = Expected<MergeRecord>;
    if (fromId == intoId)
        return Result::failure(QCoreApplication::translate("UnitChanges", "A unit cannot be merged into itself."));
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> from = repo.byId(fromId);
    const std::optional<Unit> into = repo.byId(intoId);
    if (!from || !into)
        return Result::failure(notFound().error());
    if (repo.subtreeIds(fromId).contains(intoId))
        return Result::failure(QCoreApplication::translate(
            "UnitChanges", "%1 lies under %2; merge it the other way round.").arg(into->name, from->name));
    if (!into->isOpen())
        return Result::failure(QCoreApplication::translate("UnitChanges", "%1 is closed.").arg(into->name));

    StaffingNeedRepository needs(db);
    MergeRecord record;
    record.fromId = fromId;
    record.intoId = intoId;
    record.employees = idsOf(db, QStringLiteral("SELECT id FROM employee WHERE unit_id = ?"), fromId);
    record.subunits = idsOf(db, QStringLiteral("SELECT id FROM unit WHERE parent_id = ?"), fromId);
    record.needsFrom = needs.forUnit(fromId);
    record.needsInto = needs.forUnit(intoId);

    // People and sub-units move; needs add up where both units had one for the same position.
    QList<StaffingNeed> merged = record.needsInto;
    for (StaffingNeed n : record.needsFrom) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const StaffingNeed &m) { return m.positionId == n.positionId; });
        if (same != merged.end()) {
            same->need += n.need;
        } else {
            n.unitId = intoId;
            merged << n;
        }
    }
    if (Status s = reassign(db, QStringLiteral("employee"), QStringLiteral("unit_id"), record.employees, intoId); !s)
        return Result::failure(s.error());
    if (Status s = reassign(db, QStringLiteral("unit"), QStringLiteral("parent_id"), record.subunits, intoId); !s)
        return Result::failure(s.error());
    if (Status s = replaceNeeds(db, fromId, {}); !s)
        return Result::failure(s.error());
    if (Status s = replaceNeeds(db, intoId, merged); !s)
        return Result::failure(s.error());

    const Unit before = *from;
    from->closedOn = date;
    if (Status s = repo.update(*from); !s)
        return Result::failure(s.error());
    if (Status s = recordAudit(db, QStringLiteral("merge"),
                               QCoreApplication::translate("UnitChanges", "Merge unit %1 into %2").arg(from->name, into->name),
                               before, from);
        !s)
        return Result::failure(s.error());
    if (Status s = finish(transaction); !s)
        return Result::failure(s.error());
    ChangeBus::notify(QStringLiteral("employee"));
    return record;
}

Status unmerge(const QSqlDatabase &db, const MergeRecord &record) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> from = repo.byId(record.fromId);
    if (!from)
        return notFound();
    if (Status s = reassign(db, QStringLiteral("employee"), QStringLiteral("unit_id"), record.employees, record.fromId); !s)
        return s;
    if (Status s = reassign(db, QStringLiteral("unit"), QStringLiteral("parent_id"), record.subunits, record.fromId); !s)
        return s;
    if (Status s = replaceNeeds(db, record.fromId, record.needsFrom); !s)
        return s;
    if (Status s = replaceNeeds(db, record.intoId, record.needsInto); !s)
        return s;
    const Unit before = *from;
    from->closedOn = QDate();
    if (Status s = repo.update(*from); !s)
        return s;
    if (Status s = recordAudit(db, QStringLiteral("unmerge"),
                               QCoreApplication::translate("UnitChanges", "Undo the merge of unit %1").arg(from->name),
                               before, from);
        !s)
        return s;
    if (Status s = finish(transaction); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    return {};
}

Status close(const QSqlDatabase &db, qint64 unitId, const QDate &date) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
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
    if (Status s = recordAudit(db, QStringLiteral("close"),
                          QCoreApplication::translate("UnitChanges", "Close unit %1").arg(unit->name), before, unit);
        !s)
        return s;
    return finish(transaction);
}

Status reopen(const QSqlDatabase &db, qint64 unitId) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    std::optional<Unit> unit = repo.byId(unitId);
    if (!unit)
        return notFound();
    const Unit before = *unit;
    unit->closedOn = QDate();
    if (Status s = repo.update(*unit); !s)
        return s;
    if (Status s = recordAudit(db, QStringLiteral("reopen"),
                          QCoreApplication::translate("UnitChanges", "Reopen unit %1").arg(unit->name), before, unit);
        !s)
        return s;
    return finish(transaction);
}

Status remove(const QSqlDatabase &db, qint64 unitId) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    sql::Transaction transaction(db);
    UnitRepository repo(db);
    const std::optional<Unit> unit = repo.byId(unitId);
    if (!unit)
        return {};
    if (Status s = repo.remove(unitId); !s)
        return s;
    if (Status s = recordAudit(db, QStringLiteral("delete"),
                          QCoreApplication::translate("UnitChanges", "Remove unit %1").arg(unit->name), unit, std::nullopt);
        !s)
        return s;
    return finish(transaction);
}

} // namespace imbang::unitchanges
