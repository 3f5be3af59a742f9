#include "employeebatchwriter.h"

#include "records/employeecolumns.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlError>

namespace imbang {

EmployeeBatchWriter::EmployeeBatchWriter(QSqlDatabase db) : m_insert(db), m_update(db) {
    m_prepared = m_insert.prepare(employeecolumns::insertStatement());
    if (!m_prepared)
        m_prepareError = m_insert.lastError().text();
}

Expected<qint64> EmployeeBatchWriter::insert(Employee employee) {
    if (!m_prepared)
        return Expected<qint64>::failure(m_prepareError);
    if (employee.uuid.isNull())
        employee.uuid = QUuid::createUuid();
    if (!employee.modifiedAt.isValid())
        employee.modifiedAt = Clock::now();
    const QVariantList values = employeecolumns::values(employee);
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (!m_insert.exec()) {
        const QString text = m_insert.lastError().text();
        if (text.contains(QLatin1String("employee.nip")))
            return Expected<qint64>::failure(
                QCoreApplication::translate("EmployeeBatchWriter", "NIP %1 appears twice.").arg(employee.nip));
        return Expected<qint64>::failure(
            QCoreApplication::translate("EmployeeBatchWriter", "Employee %1 could not be saved: %2")
                .arg(employee.nip, text));
    }
    return m_insert.lastInsertId().toLongLong();
}

Status EmployeeBatchWriter::update(const Employee &employee) {
    if (!m_updatePrepared) {
        m_updatePrepared = m_update.prepare(employeecolumns::updateStatement());
        if (!m_updatePrepared)
            return Status::failure(m_update.lastError().text());
    }
    const QVariantList values = employeecolumns::values(employee);
    for (int i = 0; i < values.size(); ++i)
        m_update.bindValue(i, values.at(i));
    m_update.bindValue(int(values.size()), employee.id);
    if (!m_update.exec())
        return Status::failure(
            QCoreApplication::translate("EmployeeBatchWriter", "Employee %1 could not be saved: %2")
                .arg(employee.nip, m_update.lastError().text()));
    return {};
}

} // namespace imbang
