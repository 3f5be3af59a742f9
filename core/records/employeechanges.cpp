#include "employeechanges.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "competence/competencerepository.h"
#include "records/employeerepository.h"
#include "records/employeevalidator.h"
#include "records/recordjson.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang::employeechanges {
namespace {

// Errors only: warnings were shown to the officer, who chose to go on.
Status blockingProblems(const Employee &employee) {
    QStringList messages;
    for (const Problem &p : employeevalidation::validate(employee, Clock::today()))
        if (p.isError())
            messages << p.message;
    if (messages.isEmpty())
        return {};
    return Status::failure(messages.join(QLatin1Char('\n')));
}

Status audit(const QSqlDatabase &db, const QString &action, const QString &summary, const Employee *before,
             const Employee *after) {
    AuditRecord record;
    record.action = action;
    record.entity = QStringLiteral("employee");
    record.entityUuid = after ? after->uuid : before->uuid;
    record.summary = summary;
    if (before)
        record.before = recordjson::toJson(*before);
    if (after)
        record.after = recordjson::toJson(*after);
    return AuditTrail(db).record(record);
}

} // namespace

QString describe(const Employee &before, const Employee &after) {
    const QString name = after.fullName();
    if (before.active && !after.active)
        return QCoreApplication::translate("EmployeeChanges", "Deactivate %1").arg(name);
    if (!before.active && after.active)
        return QCoreApplication::translate("EmployeeChanges", "Reactivate %1").arg(name);
    // Which single field group changed? Copy each group from `after` and see if that explains all.
    const auto onlyChanged = [&](auto copyGroup) {
        Employee p = before;
        copyGroup(p);
        p.modifiedAt = after.modifiedAt;
        return p == after;
    };
    if (onlyChanged([&](Employee &p) { p.positionId = after.positionId; p.positionTmt = after.positionTmt; }))
        return QCoreApplication::translate("EmployeeChanges", "Change position of %1").arg(name);
    if (onlyChanged([&](Employee &p) { p.unitId = after.unitId; }))
        return QCoreApplication::translate("EmployeeChanges", "Change unit of %1").arg(name);
    if (onlyChanged([&](Employee &p) { p.rank = after.rank; p.rankTmt = after.rankTmt; }))
        return QCoreApplication::translate("EmployeeChanges", "Change rank of %1").arg(name);
    if (onlyChanged([&](Employee &p) { p.name = after.name; p.titleFront = after.titleFront; p.titleBack = after.titleBack; }))
        return QCoreApplication::translate("EmployeeChanges", "Change name of %1").arg(name);
    return QCoreApplication::translate("EmployeeChanges", "Edit %1").arg(name);
}

Expected<qint64> add(const QSqlDatabase &db, Employee employee) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return Expected<qint64>::failure(allowed.error());
    if (Status s = blockingProblems(employee); !s)
        return Expected<qint64>::failure(s.error());
    sql::Transaction transaction(db);
    EmployeeRepository repo(db);
    if (employee.uuid.isNull())
        employee.uuid = QUuid::createUuid();
    auto id = repo.insert(employee);
    if (!id)
        return id;
    employee.id = *id;
    if (Status s = employeehistory::recordInitial(db, employee); !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = audit(db, QStringLiteral("create"),
                         QCoreApplication::translate("EmployeeChanges", "Add employee %1").arg(employee.fullName()),
                         nullptr, &employee);
        !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Expected<qint64>::failure(s.error());
    ChangeBus::notify(QStringLiteral("employee"));
    return id;
}

Status save(const QSqlDatabase &db, const Employee &after, HistoryChange history) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    if (Status s = blockingProblems(after); !s)
        return s;
    sql::Transaction transaction(db);
    EmployeeRepository repo(db);
    const std::optional<Employee> before = repo.byId(after.id);
    if (!before)
        return Status::failure(QCoreApplication::translate("EmployeeChanges", "The employee no longer exists."));
    if (Status s = repo.update(after); !s)
        return s;
    if (Status s = employeehistory::record(db, *before, after, history); !s)
        return s;
    if (Status s = audit(db, QStringLiteral("update"), describe(*before, after), &*before, &after); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    return {};
}

Status remove(const QSqlDatabase &db, qint64 id) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    sql::Transaction transaction(db);
    EmployeeRepository repo(db);
    const std::optional<Employee> before = repo.byId(id);
    if (!before)
        return {};
    // The history of a person who is removed again (an addition undone) goes with them.
    if (Status s = employeehistory::restore(db, {id, 0, 0}); !s)
        return s;
    if (Status s = CompetenceRepository(db).replaceRatings(id, {}); !s)
        return s;
    if (Status s = CompetenceRepository(db).replaceCompetences(id, {}); !s)
        return s;
    if (Status s = repo.remove(id); !s)
        return s;
    if (Status s = audit(db, QStringLiteral("delete"),
                         QCoreApplication::translate("EmployeeChanges", "Remove employee %1").arg(before->fullName()),
                         &*before, nullptr);
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    return {};
}

} // namespace imbang::employeechanges
