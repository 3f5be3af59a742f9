#include "plannerholdrepository.h"

#include "access/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "records/employeerepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {
namespace {

PlannerHold holdFrom(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), sql::toDateTime(q.value(2)), q.value(3).toString()};
}

} // namespace

std::optional<PlannerHold> PlannerHoldRepository::find(qint64 employeeId) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT employee_id, reason, recorded_at, actor FROM planner_hold "
                                           "WHERE employee_id = ?"),
                      {employeeId});
    if (q && q->next())
        return holdFrom(*q);
    return std::nullopt;
}

QList<PlannerHold> PlannerHoldRepository::all() const {
    QList<PlannerHold> holds;
    auto q = sql::run(m_db, QStringLiteral("SELECT employee_id, reason, recorded_at, actor FROM planner_hold "
                                           "ORDER BY employee_id"));
    if (q)
        while (q->next())
            holds << holdFrom(*q);
    return holds;
}

Status PlannerHoldRepository::hold(qint64 employeeId, const QString &reason) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "PlannerHold", "Write down why this person must not be moved (for example health or a spouse's "
                           "posting): a hold without a reason is not accepted."));
    const std::optional<Employee> employee = EmployeeRepository(m_db).byId(employeeId);
    if (!employee)
        return Status::failure(QCoreApplication::translate("PlannerHold", "The employee no longer exists."));
    sql::Transaction tx(m_db);
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO planner_hold(employee_id, reason, recorded_at, actor) "
                                           "VALUES(?, ?, ?, ?) ON CONFLICT(employee_id) DO UPDATE SET "
                                           "reason = excluded.reason, recorded_at = excluded.recorded_at, "
                                           "actor = excluded.actor"),
                      {employeeId, reason.trimmed(), sql::fromDateTime(Clock::now()), actor::current()});
    if (!q)
        return Status::failure(q.error());
    AuditRecord record;
    record.action = QStringLiteral("planner.hold");
    record.entity = QStringLiteral("employee");
    record.entityUuid = employee->uuid;
    record.summary = QCoreApplication::translate("PlannerHold", "Do not move %1: %2")
                         .arg(employee->fullName(), reason.trimmed());
    record.after = {{QStringLiteral("planner_hold"), reason.trimmed()}};
    if (Status s = AuditTrail(m_db).record(record); !s)
        return s;
    if (Status committed = tx.commit(); !committed)
        return committed;
    ChangeBus::notify(QStringLiteral("planner_hold"));
    return {};
}

Status PlannerHoldRepository::release(qint64 employeeId) {
    if (Status allowed = access::require(m_db, Permission::EditRecords); !allowed)
        return allowed;
    const std::optional<PlannerHold> current = find(employeeId);
    if (!current)
        return Status::failure(
            QCoreApplication::translate("PlannerHold", "This person is not marked \"do not move\"."));
    const std::optional<Employee> employee = EmployeeRepository(m_db).byId(employeeId);
    sql::Transaction tx(m_db);
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM planner_hold WHERE employee_id = ?"), {employeeId});
    if (!q)
        return Status::failure(q.error());
    AuditRecord record;
    record.action = QStringLiteral("planner.release");
    record.entity = QStringLiteral("employee");
    record.entityUuid = employee ? employee->uuid : QUuid();
    record.summary = QCoreApplication::translate("PlannerHold", "May be moved again: %1")
                         .arg(employee ? employee->fullName() : QString::number(employeeId));
    record.before = {{QStringLiteral("planner_hold"), current->reason}};
    if (Status s = AuditTrail(m_db).record(record); !s)
        return s;
    if (Status committed = tx.commit(); !committed)
        return committed;
    ChangeBus::notify(QStringLiteral("planner_hold"));
    return {};
}

} // namespace imbang
