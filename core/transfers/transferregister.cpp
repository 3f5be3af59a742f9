#include "transferregister.h"

#include "domain/employee.h"
#include "records/positionhistoryrepository.h"
#include "records/rankhistoryrepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/sqlutil.h"
#include "transfers/transferrepository.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <algorithm>

namespace imbang {
namespace {

const QString subtree =
    QStringLiteral("(WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM unit u "
                   "JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)");
const QString pipeline = QStringLiteral("('DIUSULKAN', 'DIVERIFIKASI', 'DISETUJUI', 'SK_TERBIT')");

QVariant periodStart(const QDate &d) {
    return d.isValid() ? sql::fromDate(d) : QVariant(QStringLiteral("0000-01-01"));
}
QVariant periodEnd(const QDate &d) {
    return d.isValid() ? sql::fromDate(d) : QVariant(QStringLiteral("9999-12-31"));
}

} // namespace

QList<TransferRow> TransferRegister::rows(const TransferFilter &filter) const {
    QStringList where;
    QVariantList values;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (TransferStatus s : filter.statuses) {
            marks << QStringLiteral("?");
            values << transfercodes::toCode(s);
        }
        where << QStringLiteral("t.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.kind) {
        where << QStringLiteral("t.kind = ?");
        values << transfercodes::toCode(*filter.kind);
    }
    if (filter.unitId) {
        if (filter.includeSubunits) {
            where << QStringLiteral("(t.from_unit_id IN %1 OR t.to_unit_id IN %1)").arg(subtree);
            values << filter.unitId << filter.unitId;
        } else {
            where << QStringLiteral("(t.from_unit_id = ? OR t.to_unit_id = ?)");
            values << filter.unitId << filter.unitId;
        }
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("t.tmt >= ?");
        values << sql::fromDate(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("t.tmt <= ?");
        values << sql::fromDate(filter.to);
    }
    for (const QString &word : filter.search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where << QStringLiteral("(instr(e.search_text, ?) > 0 OR instr(lower(t.number), ?) > 0)");
        values << word << word;
    }
    if (filter.employeeId) {
        where << QStringLiteral("t.employee_id = ?");
        values << filter.employeeId;
    }
    if (filter.batchId) {
        where << QStringLiteral("t.batch_id = ?");
        values << filter.batchId;
    }
    if (filter.transferId) {
        where << QStringLiteral("t.id = ?");
        values << filter.transferId;
    }
    const QString statement =
        QStringLiteral("SELECT ") + TransferRepository::columns(QStringLiteral("t")) +
        QStringLiteral(
            ", e.name, e.title_front, e.title_back, e.nip, fu.name, fp.name, tu.name, tp.name "
            "FROM transfer t JOIN employee e ON e.id = t.employee_id "
            "LEFT JOIN unit fu ON fu.id = t.from_unit_id LEFT JOIN position fp ON fp.id = t.from_position_id "
            "LEFT JOIN unit tu ON tu.id = t.to_unit_id LEFT JOIN position tp ON tp.id = t.to_position_id") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY t.id DESC");
    QList<TransferRow> result;
    auto q = sql::run(m_db, statement, values);
    if (!q)
        return result;
    constexpr int c = TransferRepository::columnCount;
    while (q->next()) {
        TransferRow row;
        row.transfer = TransferRepository::read(*q);
        Employee e;
        e.name = q->value(c).toString();
        e.titleFront = q->value(c + 1).toString();
        e.titleBack = q->value(c + 2).toString();
        row.employeeName = e.fullName();
        row.nip = q->value(c + 3).toString();
        row.fromUnit = q->value(c + 4).toString();
        row.fromPosition = q->value(c + 5).toString();
        row.toUnit = q->value(c + 6).toString();
        row.toPosition = q->value(c + 7).toString();
        result << row;
    }
    return result;
}

TextTable TransferRegister::table(const QList<TransferRow> &rows) {
    TextTable t;
    t.keys = {QStringLiteral("number"),     QStringLiteral("status"),      QStringLiteral("kind"),
              QStringLiteral("nip"),        QStringLiteral("name"),        QStringLiteral("from_position"),
              QStringLiteral("from_unit"),  QStringLiteral("to_position"), QStringLiteral("to_unit"),
              QStringLiteral("tmt"),        QStringLiteral("reason"),      QStringLiteral("decree_number"),
              QStringLiteral("decree_date")};
    t.headers = {QCoreApplication::translate("TransferRegister", "Number"),
                 QCoreApplication::translate("TransferRegister", "Status"),
                 QCoreApplication::translate("TransferRegister", "Kind"),
                 QCoreApplication::translate("TransferRegister", "NIP"),
                 QCoreApplication::translate("TransferRegister", "Name"),
                 QCoreApplication::translate("TransferRegister", "From position"),
                 QCoreApplication::translate("TransferRegister", "From unit"),
                 QCoreApplication::translate("TransferRegister", "To position"),
                 QCoreApplication::translate("TransferRegister", "To unit"),
                 QCoreApplication::translate("TransferRegister", "TMT"),
                 QCoreApplication::translate("TransferRegister", "Reason"),
                 QCoreApplication::translate("TransferRegister", "Decree number"),
                 QCoreApplication::translate("TransferRegister", "Decree date")};
    for (const TransferRow &r : rows)
        t.rows << QStringList{r.transfer.number,
                              transfercodes::displayName(r.transfer.status),
                              transfercodes::displayName(r.transfer.kind),
                              r.nip,
                              r.employeeName,
                              r.fromPosition,
                              r.fromUnit,
                              r.toPosition,
                              r.toUnit,
                              indonesian::shortDate(r.transfer.tmt),
                              transfercodes::displayName(r.transfer.reason),
                              r.transfer.decreeNumber,
                              indonesian::shortDate(r.transfer.decreeDate)};
    return t;
}

QList<UnitFlow> TransferRegister::flows(const QDate &from, const QDate &to, qint64 unitId) const {
    const QString moves =
        QStringLiteral("SELECT to_unit_id AS unit_id, 1 AS i, 0 AS o, 0 AS pi, 0 AS po FROM transfer "
                       " WHERE status = 'SELESAI' AND tmt BETWEEN ? AND ? "
                       "UNION ALL SELECT from_unit_id, 0, 1, 0, 0 FROM transfer WHERE status = 'SELESAI' AND "
                       "tmt BETWEEN ? AND ? "
                       "UNION ALL SELECT to_unit_id, 0, 0, 1, 0 FROM transfer WHERE status IN %1 AND tmt "
                       "BETWEEN ? AND ? "
                       "UNION ALL SELECT from_unit_id, 0, 0, 0, 1 FROM transfer WHERE status IN %1 AND tmt "
                       "BETWEEN ? AND ?")
            .arg(pipeline);
    QString statement =
        QStringLiteral("WITH moves AS (%1) SELECT m.unit_id, u.code, u.name, sum(m.i), sum(m.o), "
                       "sum(m.pi), sum(m.po) FROM moves m JOIN unit u ON u.id = m.unit_id")
            .arg(moves);
    // Plain positional placeholders: the Qt SQLite driver does not accept numbered ones (?1).
    QVariantList values;
    for (int i = 0; i < 4; ++i)
        values << periodStart(from) << periodEnd(to);
    if (unitId) {
        statement +=
            QStringLiteral(" WHERE m.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u2.id "
                           "FROM unit u2 JOIN sub ON u2.parent_id = sub.id) SELECT id FROM sub)");
        values << unitId;
    }
    statement += QStringLiteral(" GROUP BY m.unit_id ORDER BY u.code");
    QList<UnitFlow> result;
    auto q = sql::run(m_db, statement, values);
    if (q)
        while (q->next())
            result << UnitFlow{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toInt(),      q->value(4).toInt(),    q->value(5).toInt(),
                               q->value(6).toInt()};
    return result;
}

TextTable TransferRegister::flowTable(const QList<UnitFlow> &flows) {
    TextTable t;
    t.keys = {QStringLiteral("unit_code"),  QStringLiteral("unit"), QStringLiteral("in"),
              QStringLiteral("out"),        QStringLiteral("net"),  QStringLiteral("pending_in"),
              QStringLiteral("pending_out")};
    t.headers = {QCoreApplication::translate("TransferRegister", "Unit code"),
                 QCoreApplication::translate("TransferRegister", "Unit"),
                 QCoreApplication::translate("TransferRegister", "In"),
                 QCoreApplication::translate("TransferRegister", "Out"),
                 QCoreApplication::translate("TransferRegister", "Net"),
                 QCoreApplication::translate("TransferRegister", "On the way in"),
                 QCoreApplication::translate("TransferRegister", "On the way out")};
    for (const UnitFlow &f : flows)
        t.rows << QStringList{f.unitCode,
                              f.unitName,
                              QString::number(f.in),
                              QString::number(f.out),
                              QString::number(f.net()),
                              QString::number(f.pendingIn),
                              QString::number(f.pendingOut)};
    return t;
}

QList<TimelineEvent> TransferRegister::timeline(qint64 employeeId) const {
    QList<TimelineEvent> events;
    const UnitRepository units(m_db);
    const PositionRepository positions(m_db);
    for (const PositionHistoryEntry &h : PositionHistoryRepository(m_db).forEmployee(employeeId)) {
        const QString position = positions.byId(h.positionId).value_or(Position()).name;
        const QString unit = units.byId(h.unitId).value_or(Unit()).name;
        QString text;
        if (h.source == PositionHistoryRepository::sourceTransfer())
            text =
                QCoreApplication::translate("TransferRegister", "%1 at %2 (by transfer)").arg(position, unit);
        else if (h.source == PositionHistoryRepository::sourceCorrection())
            text =
                QCoreApplication::translate("TransferRegister", "%1 at %2 (correction)").arg(position, unit);
        else if (h.source == PositionHistoryRepository::sourceChange())
            text = QCoreApplication::translate("TransferRegister", "%1 at %2 (new post)").arg(position, unit);
        else
            text = QCoreApplication::translate("TransferRegister", "%1 at %2").arg(position, unit);
        events << TimelineEvent{QDateTime(h.tmt, QTime(0, 0), Qt::UTC), text, h.transferId};
    }
    for (const RankHistoryEntry &r : RankHistoryRepository(m_db).forEmployee(employeeId)) {
        QString text;
        if (r.source == RankHistoryRepository::sourcePromotion())
            text = QCoreApplication::translate("TransferRegister", "Rank %1 (promotion)").arg(r.rank.fullText());
        else if (r.source == RankHistoryRepository::sourceCorrection())
            text = QCoreApplication::translate("TransferRegister", "Rank %1 (correction)").arg(r.rank.fullText());
        else
            text = QCoreApplication::translate("TransferRegister", "Rank %1").arg(r.rank.fullText());
        events << TimelineEvent{QDateTime(r.tmt, QTime(0, 0), Qt::UTC), text, 0};
    }
    const TransferRepository repo(m_db);
    for (const Transfer &t : repo.forEmployee(employeeId))
        for (const TransferStep &s : repo.steps(t.id)) {
            const QString status = transfercodes::displayName(s.to);
            const QString text =
                s.comment.isEmpty()
                    ? QCoreApplication::translate("TransferRegister", "Transfer %1: %2 (%3)")
                          .arg(t.number, status, s.actor)
                    : QCoreApplication::translate("TransferRegister", "Transfer %1: %2 (%3): %4")
                          .arg(t.number, status, s.actor, s.comment);
            events << TimelineEvent{s.at, text, t.id};
        }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return events;
}

} // namespace imbang
