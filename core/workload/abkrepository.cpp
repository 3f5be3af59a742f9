#include "abkrepository.h"

#include "records/staffingneedrepository.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace imbang {

QList<AbkTask> AbkRepository::tasks(qint64 unitId, qint64 positionId, int year) const {
    QList<AbkTask> tasks;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, description, output, volume, period, standard_minutes FROM abk_task "
                                     "WHERE unit_id = ? AND position_id = ? AND year = ? ORDER BY seq, id"),
                      {unitId, positionId, year});
    if (!q)
        return tasks;
    while (q->next()) {
        AbkTask t;
        t.id = q->value(0).toLongLong();
        t.unitId = unitId;
        t.positionId = positionId;
        t.year = year;
        t.description = q->value(1).toString();
        t.output = q->value(2).toString();
        t.volume = q->value(3).toDouble();
        t.period = abk::periodFromText(q->value(4).toString()).value_or(AbkPeriod::Year);
        t.standardMinutes = q->value(5).toDouble();
        tasks << t;
    }
    return tasks;
}

QList<int> AbkRepository::years(qint64 unitId, qint64 positionId) const {
    QList<int> years;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT DISTINCT year FROM abk_task WHERE unit_id = ? AND position_id = ? "
                                     "ORDER BY year DESC"),
                      {unitId, positionId});
    if (q)
        while (q->next())
            years << q->value(0).toInt();
    return years;
}

std::optional<int> AbkRepository::latestYear(qint64 unitId, qint64 positionId) const {
    const QList<int> all = years(unitId, positionId);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QList<AbkPost> AbkRepository::posts() const {
    QList<AbkPost> posts;
    auto q = sql::run(m_db, QStringLiteral(
                                "SELECT unit_id, position_id, year, count(*), sum(volume * standard_minutes * "
                                "CASE period WHEN 'HARI' THEN 250 WHEN 'MINGGU' THEN 50 WHEN 'BULAN' THEN 12 ELSE 1 END) "
                                "FROM abk_task GROUP BY unit_id, position_id, year ORDER BY unit_id, position_id, year"));
    if (q)
        while (q->next())
            posts << AbkPost{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(),
                             q->value(3).toInt(), q->value(4).toDouble()};
    return posts;
}

Status AbkRepository::replaceTasks(qint64 unitId, qint64 positionId, int year, const QList<AbkTask> &tasks,
                                   double wkeHours) {
    sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    auto removed = sql::run(m_db,
                            QStringLiteral("DELETE FROM abk_task WHERE unit_id = ? AND position_id = ? AND year = ?"),
                            {unitId, positionId, year});
    if (!removed)
        return Status::failure(removed.error());
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO abk_task(uuid, unit_id, position_id, year, seq, description, output, volume, period, "
            "standard_minutes, modified_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Status::failure(QCoreApplication::translate("AbkRepository", "Database error while saving ABK tasks: %1")
                                   .arg(insert.lastError().text()));
    const QVariant stamp = sql::fromDateTime(Clock::now());
    int seq = 0;
    for (const AbkTask &t : tasks) {
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(unitId);
        insert.addBindValue(positionId);
        insert.addBindValue(year);
        insert.addBindValue(++seq);
        insert.addBindValue(sql::text(t.description.trimmed()));
        insert.addBindValue(sql::text(t.output.trimmed()));
        insert.addBindValue(t.volume);
        insert.addBindValue(abk::periodCode(t.period));
        insert.addBindValue(t.standardMinutes);
        insert.addBindValue(stamp);
        if (!insert.exec())
            return Status::failure(
                QCoreApplication::translate("AbkRepository", "Database error while saving ABK tasks: %1")
                    .arg(insert.lastError().text()));
    }
    if (Status s = writeNeed(unitId, positionId, wkeHours, false); !s)
        return s;
    return transaction.commit();
}

Status AbkRepository::writeNeed(qint64 unitId, qint64 positionId, double wkeHours, bool keepOtherSources) {
    StaffingNeedRepository needs(m_db);
    const auto current = needs.find(unitId, positionId);
    const bool fromAbk = current && current->source == source();
    if (keepOtherSources && current && !fromAbk)
        return {};
    const std::optional<int> year = latestYear(unitId, positionId);
    if (!year)
        return fromAbk ? needs.remove(unitId, positionId) : Status();
    const double need = abk::requiredStaff(tasks(unitId, positionId, *year), wkeHours);
    return needs.set({unitId, positionId, need, source(), QStringLiteral("ABK %1").arg(*year)});
}

Expected<int> AbkRepository::recomputeNeeds(double wkeHours) {
    sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Expected<int>::failure(transaction.error());
    QSet<QPair<qint64, qint64>> done;
    for (const AbkPost &p : posts()) {
        if (done.contains({p.unitId, p.positionId}))
            continue;
        done.insert({p.unitId, p.positionId});
        if (Status s = writeNeed(p.unitId, p.positionId, wkeHours, true); !s)
            return Expected<int>::failure(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return Expected<int>::failure(s.error());
    return int(done.size());
}

} // namespace imbang
