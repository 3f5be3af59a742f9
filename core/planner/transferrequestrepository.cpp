#include "transferrequestrepository.h"

#include "access/session.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {

QList<TransferRequest> TransferRequestRepository::select(const QString &where, const QVariantList &bindings) const {
    QList<TransferRequest> requests;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, employee_id, region, note, requested_on FROM transfer_request %1 "
                                     "ORDER BY requested_on, id")
                          .arg(where),
                      bindings);
    if (q)
        while (q->next())
            requests << TransferRequest{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                                        q->value(3).toString(), sql::toDate(q->value(4))};
    return requests;
}

QList<TransferRequest> TransferRequestRepository::all() const { return select(QString(), {}); }

QList<TransferRequest> TransferRequestRepository::forEmployee(qint64 employeeId) const {
    return select(QStringLiteral("WHERE employee_id = ?"), {employeeId});
}

Status TransferRequestRepository::add(qint64 employeeId, const QString &region, const QString &note) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    const QString name = region.simplified();
    auto known = sql::run(m_db, QStringLiteral("SELECT region FROM unit WHERE lower(region) = lower(?) LIMIT 1"),
                          {name});
    if (!known || !known->next())
        return Status::failure(QCoreApplication::translate(
                                   "TransferRequest", "No unit lies in the region \"%1\". Write the kabupaten/kota "
                                                      "as the unit list names it, e.g. \"Kabupaten Bungo\".")
                                   .arg(name));
    const QString canonical = known->value(0).toString();
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO transfer_request(employee_id, region, note, requested_on) "
                                           "VALUES(?, ?, ?, ?) ON CONFLICT(employee_id, region) DO UPDATE SET "
                                           "note = excluded.note"),
                      {employeeId, canonical, sql::text(note.trimmed()), sql::fromDate(Clock::today())});
    return q ? Status() : Status::failure(q.error());
}

Status TransferRequestRepository::remove(qint64 employeeId, const QString &region) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM transfer_request WHERE employee_id = ? AND "
                                           "lower(region) = lower(?)"),
                      {employeeId, region.simplified()});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("TransferRequest", "This person has no request to move to \"%1\".")
                .arg(region.simplified()));
    return {};
}

} // namespace imbang
