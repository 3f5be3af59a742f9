#include "plannerpeopleactions.h"

#include "holddialog.h"
#include "transferrequestdialog.h"

#include "records/employeerepository.h"
#include "undo/plannercommands.h"
#include "util/dialoghooks.h"

#include <QCoreApplication>

namespace imbang::ui::plannerpeople {

bool hold(QSqlDatabase db, qint64 employeeId, QWidget *parent) {
    HoldDialog dialog(db, employeeId, parent);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    const auto employee = EmployeeRepository(db).byId(dialog.employeeId());
    if (!employee)
        return false;
    const auto before = PlannerHoldRepository(db).find(employee->id);
    if (before && before->reason == dialog.reason())
        return true;
    if (Status s = execute(new HoldCommand(db, *employee, before, dialog.reason())); !s) {
        dialogs::warning(parent, QCoreApplication::translate("PlannerPeople", "Not held"), s.error());
        return false;
    }
    return true;
}

bool release(QSqlDatabase db, qint64 employeeId, QWidget *parent) {
    const auto employee = EmployeeRepository(db).byId(employeeId);
    const auto before = PlannerHoldRepository(db).find(employeeId);
    if (!employee || !before)
        return false;
    if (dialogs::question(parent, QCoreApplication::translate("PlannerPeople", "Allow moving again"),
                          QCoreApplication::translate("PlannerPeople",
                                                      "%1 is held because: %2\n\nMay the planner propose moving "
                                                      "this person again?")
                              .arg(employee->fullName(), before->reason)) != QMessageBox::Yes)
        return false;
    if (Status s = execute(new HoldCommand(db, *employee, before, std::nullopt)); !s) {
        dialogs::warning(parent, QCoreApplication::translate("PlannerPeople", "Hold not released"), s.error());
        return false;
    }
    return true;
}

bool addRequest(QSqlDatabase db, qint64 employeeId, QWidget *parent) {
    TransferRequestDialog dialog(db, employeeId, parent);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    const auto employee = EmployeeRepository(db).byId(dialog.employeeId());
    if (!employee)
        return false;
    const auto before = TransferRequestRepository(db).find(employee->id, dialog.region());
    if (Status s = execute(new TransferRequestCommand(db, *employee, dialog.region(), before, dialog.note())); !s) {
        dialogs::warning(parent, QCoreApplication::translate("PlannerPeople", "Request not recorded"), s.error());
        return false;
    }
    return true;
}

bool withdrawRequest(QSqlDatabase db, qint64 employeeId, const QString &region, QWidget *parent) {
    const auto employee = EmployeeRepository(db).byId(employeeId);
    const auto before = TransferRequestRepository(db).find(employeeId, region);
    if (!employee || !before)
        return false;
    if (dialogs::question(parent, QCoreApplication::translate("PlannerPeople", "Withdraw request"),
                          QCoreApplication::translate("PlannerPeople", "Withdraw the request of %1 to move to %2?")
                              .arg(employee->fullName(), before->region)) != QMessageBox::Yes)
        return false;
    if (Status s = execute(new TransferRequestCommand(db, *employee, before->region, before, std::nullopt)); !s) {
        dialogs::warning(parent, QCoreApplication::translate("PlannerPeople", "Request not withdrawn"), s.error());
        return false;
    }
    return true;
}

} // namespace imbang::ui::plannerpeople
