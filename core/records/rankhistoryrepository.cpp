#include "rankhistoryrepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang {

QList<RankHistoryEntry> RankHistoryRepository::forEmployee(qint64 employeeId) const {
    QList<RankHistoryEntry> entries;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, uuid, employee_id, rank_code, tmt, source, note, modified_at, "
                                     "origin_office FROM rank_history WHERE employee_id = ? ORDER BY tmt, id"),
                      {employeeId});
    if (q)
        while (q->next()) {
            RankHistoryEntry e;
            e.id = q->value(0).toLongLong();
            e.uuid = QUuid::fromString(q->value(1).toString());
            e.employeeId = q->value(2).toLongLong();
            e.rank = Rank::fromCode(q->value(3).toInt()).value_or(Rank());
            e.tmt = sql::toDate(q->value(4));
            e.source = q->value(5).toString();
            e.note = q->value(6).toString();
            e.modifiedAt = sql::toDateTime(q->value(7));
            e.originOffice = q->value(8).toString();
            entries << e;
        }
    return entries;
}

bool RankHistoryRepository::hasEntries(qint64 employeeId) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT 1 FROM rank_history WHERE employee_id = ? LIMIT 1"), {employeeId});
    return q && q->next();
}

Expected<qint64> RankHistoryRepository::append(RankHistoryEntry entry) {
    if (entry.uuid.isNull())
        entry.uuid = QUuid::createUuid();
    entry.modifiedAt = Clock::now();
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO rank_history(uuid, employee_id, rank_code, tmt, source, note, "
                                     "modified_at, origin_office) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                      {entry.uuid.toString(QUuid::WithoutBraces), entry.employeeId, entry.rank.code(),
                       sql::fromDate(entry.tmt), entry.source, sql::text(entry.note),
                       sql::fromDateTime(entry.modifiedAt), sql::text(entry.originOffice)},
                      QCoreApplication::translate("RankHistoryRepository", "adding to the rank history"));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

} // namespace imbang
