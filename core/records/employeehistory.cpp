#include "employeehistory.h"

#include "records/positionhistoryrepository.h"
#include "records/rankhistoryrepository.h"
#include "storage/sqlutil.h"

namespace imbang::employeehistory {
namespace {

Status appendRank(const QSqlDatabase &db, const Employee &e, const QString &source) {
    if (!e.rank.isValid())
        return {};
    RankHistoryEntry entry;
    entry.employeeId = e.id;
    entry.rank = e.rank;
    entry.tmt = e.rankTmt;
    entry.source = source;
    auto id = RankHistoryRepository(db).append(entry);
    return id ? Status() : Status::failure(id.error());
}

Status appendPost(const QSqlDatabase &db, const Employee &e, const QString &source) {
    if (!e.unitId && !e.positionId)
        return {};
    PositionHistoryEntry entry;
    entry.employeeId = e.id;
    entry.unitId = e.unitId;
    entry.positionId = e.positionId;
    entry.tmt = e.positionTmt;
    entry.source = source;
    auto id = PositionHistoryRepository(db).append(entry);
    return id ? Status() : Status::failure(id.error());
}

qint64 lastId(const QSqlDatabase &db, const QString &table, qint64 employeeId) {
    auto q = sql::run(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1 WHERE employee_id = ?").arg(table),
                      {employeeId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

bool rankChanged(const Employee &before, const Employee &after) {
    return before.rank != after.rank || before.rankTmt != after.rankTmt;
}

bool postChanged(const Employee &before, const Employee &after) {
    return before.unitId != after.unitId || before.positionId != after.positionId ||
           before.positionTmt != after.positionTmt;
}

Status record(const QSqlDatabase &db, const Employee &before, const Employee &after, HistoryChange change) {
    if (change == HistoryChange::None)
        return {};
    sql::Transaction transaction(db);
    if (rankChanged(before, after)) {
        if (!RankHistoryRepository(db).hasEntries(after.id))
            if (Status s = appendRank(db, before, RankHistoryRepository::sourceInitial()); !s)
                return s;
        if (Status s = appendRank(db, after, change == HistoryChange::Correction ? RankHistoryRepository::sourceCorrection()
                                                                                  : RankHistoryRepository::sourcePromotion());
            !s)
            return s;
    }
    if (postChanged(before, after)) {
        if (!PositionHistoryRepository(db).hasEntries(after.id))
            if (Status s = appendPost(db, before, PositionHistoryRepository::sourceInitial()); !s)
                return s;
        if (Status s = appendPost(db, after, change == HistoryChange::Correction ? PositionHistoryRepository::sourceCorrection()
                                                                                  : PositionHistoryRepository::sourceChange());
            !s)
            return s;
    }
    return transaction.commit();
}

Status recordInitial(const QSqlDatabase &db, const Employee &employee) {
    sql::Transaction transaction(db);
    if (Status s = appendRank(db, employee, RankHistoryRepository::sourceInitial()); !s)
        return s;
    if (Status s = appendPost(db, employee, PositionHistoryRepository::sourceInitial()); !s)
        return s;
    return transaction.commit();
}

Snapshot snapshot(const QSqlDatabase &db, qint64 employeeId) {
    return {employeeId, lastId(db, QStringLiteral("rank_history"), employeeId),
            lastId(db, QStringLiteral("position_history"), employeeId)};
}

Status restore(const QSqlDatabase &db, const Snapshot &snapshot) {
    sql::Transaction transaction(db);
    for (const auto &[table, last] : {std::pair{QStringLiteral("rank_history"), snapshot.lastRankEntry},
                                      std::pair{QStringLiteral("position_history"), snapshot.lastPositionEntry}}) {
        auto q = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE employee_id = ? AND id > ?").arg(table),
                          {snapshot.employeeId, last});
        if (!q)
            return Status::failure(q.error());
    }
    return transaction.commit();
}

} // namespace imbang::employeehistory
