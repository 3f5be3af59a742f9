#include "staffingminimumrepository.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace imbang {

std::optional<int> StaffingMinimumRepository::minimum(qint64 unitId, qint64 positionId) const {
    auto q = sql::run(
        m_db, QStringLiteral("SELECT minimum FROM staffing_minimum WHERE unit_id = ? AND position_id = ?"),
        {unitId, positionId});
    if (q && q->next())
        return q->value(0).toInt();
    return std::nullopt;
}

QList<StaffingMinimum> StaffingMinimumRepository::forUnit(qint64 unitId) const {
    QList<StaffingMinimum> all;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT unit_id, position_id, minimum, note FROM staffing_minimum "
                                     "WHERE unit_id = ? ORDER BY position_id"),
                      {unitId});
    if (q)
        while (q->next())
            all << StaffingMinimum{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(),
                                   q->value(3).toString()};
    return all;
}

namespace {
// Minimums decide transfer warnings, so every change is audited, against the unit.
Status audit(const QSqlDatabase &db, qint64 unitId, qint64 positionId, const QJsonObject &before,
             const QJsonObject &after) {
    const Unit unit = UnitRepository(db).byId(unitId).value_or(Unit());
    const Position position = PositionRepository(db).byId(positionId).value_or(Position());
    return AuditTrail(db).record(
        {QStringLiteral("staffing_minimum"), QStringLiteral("unit"), unit.uuid,
         QCoreApplication::translate("StaffingMinimumRepository", "Minimum staff of %1 in %2 changed")
             .arg(position.name, unit.name),
         before, after});
}

QJsonObject toJson(const StaffingMinimum &m) {
    return {{QStringLiteral("unit_id"), m.unitId},
            {QStringLiteral("position_id"), m.positionId},
            {QStringLiteral("minimum"), m.minimum},
            {QStringLiteral("note"), m.note}};
}
} // namespace

Status StaffingMinimumRepository::set(const StaffingMinimum &value) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    if (value.minimum < 0)
        return Status::failure(
            QCoreApplication::translate("StaffingMinimumRepository",
                                        "A minimum cannot be negative (%1 was given): enter 0 or more.")
                .arg(value.minimum));
    QJsonObject before;
    if (const std::optional<int> old = minimum(value.unitId, value.positionId))
        before = toJson({value.unitId, value.positionId, *old, {}});
    sql::Transaction transaction(m_db);
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO staffing_minimum(uuid, unit_id, position_id, minimum, note, "
                                "modified_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(unit_id, position_id) DO "
                                "UPDATE SET minimum = excluded.minimum, note = excluded.note, "
                                "modified_at = excluded.modified_at"),
                 {QUuid::createUuid().toString(QUuid::WithoutBraces), value.unitId, value.positionId,
                  value.minimum, sql::text(value.note), sql::fromDateTime(Clock::now())},
                 QCoreApplication::translate("StaffingMinimumRepository", "saving a staffing minimum"));
    if (!q)
        return Status::failure(q.error());
    if (Status s = audit(m_db, value.unitId, value.positionId, before, toJson(value)); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("staffing_need"));
    return {};
}

Status StaffingMinimumRepository::remove(qint64 unitId, qint64 positionId) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    const std::optional<int> old = minimum(unitId, positionId);
    if (!old)
        return {};
    sql::Transaction transaction(m_db);
    auto q =
        sql::run(m_db, QStringLiteral("DELETE FROM staffing_minimum WHERE unit_id = ? AND position_id = ?"),
                 {unitId, positionId});
    if (!q)
        return Status::failure(q.error());
    if (Status s = audit(m_db, unitId, positionId, toJson({unitId, positionId, *old, {}}), {}); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("staffing_need"));
    return {};
}

} // namespace imbang
