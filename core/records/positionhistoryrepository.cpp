#include "positionhistoryrepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang {

QList<PositionHistoryEntry> PositionHistoryRepository::forEmployee(qint64 employeeId) const {
    QList<PositionHistoryEntry> entries;
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT id, uuid, employee_id, unit_id, position_id, tmt, source, transfer_id, "
                       "note, modified_at, origin_office FROM position_history "
                       "WHERE employee_id = ? ORDER BY tmt, id"),
        {employeeId});
    if (q)
        while (q->next()) {
            PositionHistoryEntry e;
            e.id = q->value(0).toLongLong();
            e.uuid = QUuid::fromString(q->value(1).toString());
            e.employeeId = q->value(2).toLongLong();
            e.unitId = q->value(3).toLongLong();
            e.positionId = q->value(4).toLongLong();
            e.tmt = sql::toDate(q->value(5));
            e.source = q->value(6).toString();
            e.transferId = q->value(7).toLongLong();
            e.note = q->value(8).toString();
            e.modifiedAt = sql::toDateTime(q->value(9));
            e.originOffice = q->value(10).toString();
            entries << e;
        }
    return entries;
}

bool PositionHistoryRepository::hasEntries(qint64 employeeId) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT 1 FROM position_history WHERE employee_id = ? LIMIT 1"),
                      {employeeId});
    return q && q->next();
}

Expected<qint64> PositionHistoryRepository::append(PositionHistoryEntry entry) {
    if (entry.uuid.isNull())
        entry.uuid = QUuid::createUuid();
    entry.modifiedAt = Clock::now();
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO position_history(uuid, employee_id, unit_id, position_id, tmt, "
                                "source, transfer_id, note, modified_at, origin_office) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {entry.uuid.toString(QUuid::WithoutBraces), entry.employeeId, sql::nullIfZero(entry.unitId),
                  sql::nullIfZero(entry.positionId), sql::fromDate(entry.tmt), entry.source,
                  sql::nullIfZero(entry.transferId), sql::text(entry.note),
                  sql::fromDateTime(entry.modifiedAt), sql::text(entry.originOffice)},
                 QCoreApplication::translate("PositionHistoryRepository", "adding to the position history"));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

} // namespace imbang
