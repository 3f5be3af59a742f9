#pragma once

#include "competence/competencechanges.h"
#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "records/employeehistory.h"
#include "records/staffingneedrepository.h"
#include "records/unitchanges.h"
#include "undo/undofacade.h"

#include <QSqlDatabase>

#include <optional>

// The undoable changes of records. Value changes keep the record before and after; additions are
// undone by removing what was added (then re-added with the same UUID on redo).
namespace imbang::ui {

class EmployeeValueCommand : public RecordCommand {
public:
    EmployeeValueCommand(QSqlDatabase db, Employee before, Employee after,
                         HistoryChange history = HistoryChange::None);
    Status apply() override;
    Status revert() override;
    int id() const override { return 1; }
    // Successive edits of the same kind to the same person (typing in a field) undo as one.
    bool mergeWith(const QUndoCommand *other) override;

private:
    QSqlDatabase m_db;
    Employee m_before;
    Employee m_after;
    HistoryChange m_history;
    std::optional<employeehistory::Snapshot> m_historyBefore;
};

// Replaces a person's performance ratings and competences; undo puts the earlier lists back.
class CompetenceCommand : public RecordCommand {
public:
    CompetenceCommand(QSqlDatabase db, Employee employee, CompetenceRecord before, CompetenceRecord after);
    Status apply() override { return competencechanges::save(m_db, m_employee, m_before, m_after); }
    Status revert() override { return competencechanges::save(m_db, m_employee, m_after, m_before); }

private:
    QSqlDatabase m_db;
    Employee m_employee;
    CompetenceRecord m_before;
    CompetenceRecord m_after;
};

// Sets what a position expects (minimum education, certification).
class RequirementCommand : public RecordCommand {
public:
    RequirementCommand(QSqlDatabase db, QString positionName, PositionRequirement before, PositionRequirement after);
    Status apply() override { return competencechanges::saveRequirement(m_db, m_name, m_before, m_after); }
    Status revert() override { return competencechanges::saveRequirement(m_db, m_name, m_after, m_before); }

private:
    QSqlDatabase m_db;
    QString m_name;
    PositionRequirement m_before;
    PositionRequirement m_after;
};

class AddEmployeeCommand : public RecordCommand {
public:
    AddEmployeeCommand(QSqlDatabase db, Employee employee);
    Status apply() override;
    Status revert() override;
    qint64 employeeId() const { return m_employee.id; }

private:
    QSqlDatabase m_db;
    Employee m_employee;
};

class UnitValueCommand : public RecordCommand {
public:
    // Covers every change that is a new version of one unit row: rename, recode, move, close, reopen.
    UnitValueCommand(QSqlDatabase db, Unit before, Unit after, const QString &text);
    Status apply() override;
    Status revert() override;

private:
    Status write(const Unit &from, const Unit &to);
    QSqlDatabase m_db;
    Unit m_before;
    Unit m_after;
};

class AddUnitCommand : public RecordCommand {
public:
    AddUnitCommand(QSqlDatabase db, Unit unit);
    Status apply() override;
    Status revert() override;
    qint64 unitId() const { return m_unit.id; }

private:
    QSqlDatabase m_db;
    Unit m_unit;
};

class MergeUnitsCommand : public RecordCommand {
public:
    MergeUnitsCommand(QSqlDatabase db, qint64 fromId, qint64 intoId, QDate date, const QString &text);
    Status apply() override;
    Status revert() override;

private:
    QSqlDatabase m_db;
    qint64 m_from;
    qint64 m_into;
    QDate m_date;
    std::optional<unitchanges::MergeRecord> m_record;
};

class PositionValueCommand : public RecordCommand {
public:
    PositionValueCommand(QSqlDatabase db, std::optional<Position> before, Position after);
    Status apply() override; // adds when there was no "before"
    Status revert() override;
    qint64 positionId() const { return m_after.id; }

private:
    QSqlDatabase m_db;
    std::optional<Position> m_before;
    Position m_after;
};

class NeedCommand : public RecordCommand {
public:
    NeedCommand(QSqlDatabase db, qint64 unitId, qint64 positionId, std::optional<StaffingNeed> before,
                std::optional<StaffingNeed> after, const QString &text);
    Status apply() override;
    Status revert() override;

private:
    QSqlDatabase m_db;
    qint64 m_unitId;
    qint64 m_positionId;
    std::optional<StaffingNeed> m_before;
    std::optional<StaffingNeed> m_after;
};

} // namespace imbang::ui
