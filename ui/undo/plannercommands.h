#pragma once

#include "domain/employee.h"
#include "planner/plannerholdrepository.h"
#include "planner/transferrequestrepository.h"
#include "undo/undofacade.h"

#include <QSqlDatabase>

#include <optional>

// The planner's undoable record changes: "do not move" holds and own transfer requests. Both go through
// the core repositories (permission check, audit entry), in either direction.
namespace imbang::ui {

// Holds a person with a reason (or a new reason), or releases the hold (`reason` empty).
class HoldCommand : public RecordCommand {
public:
    HoldCommand(QSqlDatabase db, const Employee &employee, std::optional<PlannerHold> before,
                std::optional<QString> reason);
    Status apply() override { return set(m_after); }
    Status revert() override { return set(m_before ? std::optional<QString>(m_before->reason) : std::nullopt); }

private:
    Status set(const std::optional<QString> &reason);
    QSqlDatabase m_db;
    qint64 m_employeeId;
    std::optional<PlannerHold> m_before;
    std::optional<QString> m_after;
};

// Records (or changes the note of) a request to move to a region, or withdraws it (`note` empty).
class TransferRequestCommand : public RecordCommand {
public:
    TransferRequestCommand(QSqlDatabase db, const Employee &employee, const QString &region,
                           std::optional<TransferRequest> before, std::optional<QString> note);
    Status apply() override { return set(m_after); }
    Status revert() override { return set(m_before ? std::optional<QString>(m_before->note) : std::nullopt); }

private:
    Status set(const std::optional<QString> &note);
    QSqlDatabase m_db;
    qint64 m_employeeId;
    QString m_region;
    std::optional<TransferRequest> m_before;
    std::optional<QString> m_after;
};

} // namespace imbang::ui
