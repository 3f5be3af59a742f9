#include "plannercommands.h"

#include <QCoreApplication>

namespace imbang::ui {

HoldCommand::HoldCommand(QSqlDatabase db, const Employee &employee, std::optional<PlannerHold> before,
                         std::optional<QString> reason)
    : m_db(std::move(db)), m_employeeId(employee.id), m_before(std::move(before)), m_after(std::move(reason)) {
    setText(m_after ? QCoreApplication::translate("PlannerChanges", "Do not move %1").arg(employee.fullName())
                    : QCoreApplication::translate("PlannerChanges", "Allow moving %1 again").arg(employee.fullName()));
}

Status HoldCommand::set(const std::optional<QString> &reason) {
    PlannerHoldRepository holds(m_db);
    if (reason)
        return holds.hold(m_employeeId, *reason);
    return holds.find(m_employeeId) ? holds.release(m_employeeId) : Status();
}

TransferRequestCommand::TransferRequestCommand(QSqlDatabase db, const Employee &employee, const QString &region,
                                               std::optional<TransferRequest> before, std::optional<QString> note)
    : m_db(std::move(db)), m_employeeId(employee.id), m_region(region), m_before(std::move(before)),
      m_after(std::move(note)) {
    setText(m_after ? QCoreApplication::translate("PlannerChanges", "Request of %1 to move to %2")
                          .arg(employee.fullName(), region)
                    : QCoreApplication::translate("PlannerChanges", "Withdraw the request of %1 to move to %2")
                          .arg(employee.fullName(), region));
}

Status TransferRequestCommand::set(const std::optional<QString> &note) {
    TransferRequestRepository requests(m_db);
    if (note)
        return requests.add(m_employeeId, m_region, *note);
    return requests.find(m_employeeId, m_region) ? requests.remove(m_employeeId, m_region) : Status();
}

} // namespace imbang::ui
