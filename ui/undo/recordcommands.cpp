#include "recordcommands.h"

#include "records/catalogchanges.h"
#include "records/employeechanges.h"

#include <QCoreApplication>

namespace imbang::ui {

EmployeeValueCommand::EmployeeValueCommand(QSqlDatabase db, Employee before, Employee after, HistoryChange history)
    : m_db(std::move(db)), m_before(std::move(before)), m_after(std::move(after)), m_history(history) {
    setText(employeechanges::describe(m_before, m_after));
}

Status EmployeeValueCommand::apply() {
    m_historyBefore = employeehistory::snapshot(m_db, m_after.id);
    return employeechanges::save(m_db, m_after, m_history);
}

Status EmployeeValueCommand::revert() {
    if (Status s = employeechanges::save(m_db, m_before); !s)
        return s;
    return m_historyBefore ? employeehistory::restore(m_db, *m_historyBefore) : Status();
}

bool EmployeeValueCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = dynamic_cast<const EmployeeValueCommand *>(other);
    // Only plain edits merge: each history entry stays its own undo step.
    if (!next || next->m_before.id != m_after.id || next->text() != text() || m_history != HistoryChange::None ||
        next->m_history != HistoryChange::None)
        return false;
    m_after = next->m_after;
    return true;
}

CompetenceCommand::CompetenceCommand(QSqlDatabase db, Employee employee, CompetenceRecord before, CompetenceRecord after)
    : m_db(std::move(db)), m_employee(std::move(employee)), m_before(std::move(before)), m_after(std::move(after)) {
    setText(QCoreApplication::translate("CompetenceChanges", "Change performance and competence of %1")
                .arg(m_employee.fullName()));
}

RequirementCommand::RequirementCommand(QSqlDatabase db, QString positionName, PositionRequirement before,
                                       PositionRequirement after)
    : m_db(std::move(db)), m_name(std::move(positionName)), m_before(std::move(before)), m_after(std::move(after)) {
    setText(QCoreApplication::translate("CompetenceChanges", "Change what %1 expects").arg(m_name));
}

AddEmployeeCommand::AddEmployeeCommand(QSqlDatabase db, Employee employee)
    : m_db(std::move(db)), m_employee(std::move(employee)) {
    if (m_employee.uuid.isNull())
        m_employee.uuid = QUuid::createUuid();
    setText(QCoreApplication::translate("EmployeeChanges", "Add employee %1").arg(m_employee.fullName()));
}

Status AddEmployeeCommand::apply() {
    m_employee.id = 0;
    auto id = employeechanges::add(m_db, m_employee);
    if (!id)
        return Status::failure(id.error());
    m_employee.id = *id;
    return {};
}

Status AddEmployeeCommand::revert() { return employeechanges::remove(m_db, m_employee.id); }

UnitValueCommand::UnitValueCommand(QSqlDatabase db, Unit before, Unit after, const QString &text)
    : m_db(std::move(db)), m_before(std::move(before)), m_after(std::move(after)) {
    setText(text);
}

Status UnitValueCommand::write(const Unit &from, const Unit &to) {
    // Moving and closing have rules of their own; the other fields are a plain save.
    if (from.parentId != to.parentId)
        if (Status s = unitchanges::move(m_db, to.id, to.parentId); !s)
            return s;
    if (from.closedOn != to.closedOn) {
        Status s = to.closedOn.isValid() ? unitchanges::close(m_db, to.id, to.closedOn) : unitchanges::reopen(m_db, to.id);
        if (!s)
            return s;
    }
    Unit sameFields = from;
    sameFields.parentId = to.parentId;
    sameFields.closedOn = to.closedOn;
    sameFields.modifiedAt = to.modifiedAt;
    if (sameFields == to)
        return {};
    return unitchanges::save(m_db, to);
}

Status UnitValueCommand::apply() { return write(m_before, m_after); }
Status UnitValueCommand::revert() { return write(m_after, m_before); }

AddUnitCommand::AddUnitCommand(QSqlDatabase db, Unit unit) : m_db(std::move(db)), m_unit(std::move(unit)) {
    if (m_unit.uuid.isNull())
        m_unit.uuid = QUuid::createUuid();
    setText(QCoreApplication::translate("UnitChanges", "Add unit %1").arg(m_unit.name));
}

Status AddUnitCommand::apply() {
    m_unit.id = 0;
    auto id = unitchanges::add(m_db, m_unit);
    if (!id)
        return Status::failure(id.error());
    m_unit.id = *id;
    return {};
}

Status AddUnitCommand::revert() { return unitchanges::remove(m_db, m_unit.id); }

MergeUnitsCommand::MergeUnitsCommand(QSqlDatabase db, qint64 fromId, qint64 intoId, QDate date, const QString &text)
    : m_db(std::move(db)), m_from(fromId), m_into(intoId), m_date(date) {
    setText(text);
}

Status MergeUnitsCommand::apply() {
    auto record = unitchanges::merge(m_db, m_from, m_into, m_date);
    if (!record)
        return Status::failure(record.error());
    m_record = *record;
    return {};
}

Status MergeUnitsCommand::revert() {
    if (!m_record)
        return {};
    return unitchanges::unmerge(m_db, *m_record);
}

PositionValueCommand::PositionValueCommand(QSqlDatabase db, std::optional<Position> before, Position after)
    : m_db(std::move(db)), m_before(std::move(before)), m_after(std::move(after)) {
    if (m_after.uuid.isNull())
        m_after.uuid = QUuid::createUuid();
    setText(m_before ? QCoreApplication::translate("CatalogChanges", "Edit position %1").arg(m_after.name)
                     : QCoreApplication::translate("CatalogChanges", "Add position %1").arg(m_after.name));
}

Status PositionValueCommand::apply() {
    if (m_before)
        return catalogchanges::savePosition(m_db, m_after);
    m_after.id = 0;
    auto id = catalogchanges::addPosition(m_db, m_after);
    if (!id)
        return Status::failure(id.error());
    m_after.id = *id;
    return {};
}

Status PositionValueCommand::revert() {
    if (m_before)
        return catalogchanges::savePosition(m_db, *m_before);
    return catalogchanges::removePosition(m_db, m_after.id);
}

NeedCommand::NeedCommand(QSqlDatabase db, qint64 unitId, qint64 positionId, std::optional<StaffingNeed> before,
                         std::optional<StaffingNeed> after, const QString &text)
    : m_db(std::move(db)), m_unitId(unitId), m_positionId(positionId), m_before(std::move(before)),
      m_after(std::move(after)) {
    setText(text);
}

Status NeedCommand::apply() { return catalogchanges::setNeed(m_db, m_unitId, m_positionId, m_after); }
Status NeedCommand::revert() { return catalogchanges::setNeed(m_db, m_unitId, m_positionId, m_before); }

} // namespace imbang::ui
