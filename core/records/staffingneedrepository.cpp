#include "staffingneedrepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QUuid>

namespace imbang {
namespace {
const QString selectColumns =
    QStringLiteral("SELECT unit_id, position_id, need, source, note FROM staffing_need");

StaffingNeed readNeed(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toString(),
            q.value(4).toString()};
}

QList<StaffingNeed> readAll(Expected<QSqlQuery> q) {
    QList<StaffingNeed> needs;
    if (q)
        while (q->next())
            needs << readNeed(*q);
    return needs;
}
} // namespace

QList<StaffingNeed> StaffingNeedRepository::all() const {
    return readAll(sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY unit_id, position_id")));
}

QList<StaffingNeed> StaffingNeedRepository::forUnit(qint64 unitId) const {
    return readAll(sql::run(m_db, selectColumns + QStringLiteral(" WHERE unit_id = ? ORDER BY position_id"), {unitId}));
}

std::optional<StaffingNeed> StaffingNeedRepository::find(qint64 unitId, qint64 positionId) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE unit_id = ? AND position_id = ?"),
                      {unitId, positionId});
    if (q && q->next())
        return readNeed(*q);
    return std::nullopt;
}

Status StaffingNeedRepository::set(const StaffingNeed &need) {
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO staffing_need(uuid, unit_id, position_id, need, source, note, "
                                     "modified_at) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT(unit_id, position_id) DO UPDATE SET need = excluded.need, "
                                     "source = excluded.source, note = excluded.note, "
                                     "modified_at = excluded.modified_at"),
                      {QUuid::createUuid().toString(QUuid::WithoutBraces), need.unitId, need.positionId, need.need,
                       need.source.isEmpty() ? sourceDirect() : need.source, sql::text(need.note),
                       sql::fromDateTime(Clock::now())});
    return q ? Status() : Status::failure(q.error());
}

Status StaffingNeedRepository::remove(qint64 unitId, qint64 positionId) {
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM staffing_need WHERE unit_id = ? AND position_id = ?"),
                      {unitId, positionId});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
