#include "transferrequestrepository.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "records/employeerepository.h"
#include "storage/changebus.h"
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
    const std::optional<Employee> employee = EmployeeRepository(m_db).byId(employeeId);
    if (!employee)
        return Status::failure(QCoreApplication::translate("TransferRequest", "The employee no longer exists."));
    auto home = sql::run(m_db, QStringLiteral("SELECT region FROM unit WHERE id = ?"), {employee->unitId});
    if (home && home->next() && home->value(0).toString().compare(canonical, Qt::CaseInsensitive) == 0)
        return Status::failure(QCoreApplication::translate("TransferRequest",
                                                           "%1 already works in %2: a request names another "
                                                           "kabupaten/kota.")
                                   .arg(employee->fullName(), canonical));
    sql::Transaction tx(m_db);
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO transfer_request(employee_id, region, note, requested_on) "
                                           "VALUES(?, ?, ?, ?) ON CONFLICT(employee_id, region) DO UPDATE SET "
                                           "note = excluded.note"),
                      {employeeId, canonical, sql::text(note.trimmed()), sql::fromDate(Clock::today())});
    if (!q)
        return Status::failure(q.error());
    AuditRecord record;
    record.action = QStringLiteral("planner.request");
    record.entity = QStringLiteral("employee");
    record.entityUuid = employee->uuid;
    record.summary = QCoreApplication::translate("TransferRequest", "Own request of %1 to move to %2")
                         .arg(employee->fullName(), canonical);
    record.after = {{QStringLiteral("region"), canonical}, {QStringLiteral("note"), note.trimmed()}};
    if (Status s = AuditTrail(m_db).record(record); !s)
        return s;
    if (Status committed = tx.commit(); !committed)
        return committed;
    ChangeBus::notify(QStringLiteral("transfer_request"));
    return {};
}

Status TransferRequestRepository::remove(qint64 employeeId, const QString &region) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    const std::optional<TransferRequest> current = find(employeeId, region);
    if (!current)
        return Status::failure(
            QCoreApplication::translate("TransferRequest", "This person has no request to move to \"%1\".")
                .arg(region.simplified()));
    const std::optional<Employee> employee = EmployeeRepository(m_db).byId(employeeId);
    sql::Transaction tx(m_db);
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM transfer_request WHERE id = ?"), {current->id});
    if (!q)
        return Status::failure(q.error());
    AuditRecord record;
    record.action = QStringLiteral("planner.request_withdrawn");
    record.entity = QStringLiteral("employee");
    record.entityUuid = employee ? employee->uuid : QUuid();
    record.summary = QCoreApplication::translate("TransferRequest", "Request of %1 to move to %2 withdrawn")
                         .arg(employee ? employee->fullName() : QString::number(employeeId), current->region);
    record.before = {{QStringLiteral("region"), current->region}, {QStringLiteral("note"), current->note}};
    if (Status s = AuditTrail(m_db).record(record); !s)
        return s;
    if (Status committed = tx.commit(); !committed)
        return committed;
    ChangeBus::notify(QStringLiteral("transfer_request"));
    return {};
}

QStringList TransferRequestRepository::regions() const {
    QStringList names;
    auto q = sql::run(m_db, QStringLiteral("SELECT DISTINCT region FROM unit WHERE trim(region) <> '' ORDER BY region"));
    if (q)
        while (q->next())
            names << q->value(0).toString();
    return names;
}

std::optional<TransferRequest> TransferRequestRepository::find(qint64 employeeId, const QString &region) const {
    const QList<TransferRequest> found =
        select(QStringLiteral("WHERE employee_id = ? AND lower(region) = lower(?)"), {employeeId, region.simplified()});
    return found.isEmpty() ? std::nullopt : std::optional<TransferRequest>(found.first());
}

} // namespace imbang
