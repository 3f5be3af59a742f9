#include "employeebatchwriter.h"

#include "records/employeecolumns.h"
#include "storage/sqlitestatement.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {

EmployeeBatchWriter::EmployeeBatchWriter(QSqlDatabase db)
    : m_insert(std::make_unique<SqliteStatement>(db, employeecolumns::insertStatement())), m_db(std::move(db)) {}

EmployeeBatchWriter::~EmployeeBatchWriter() = default;

Expected<qint64> EmployeeBatchWriter::insert(Employee employee) {
    if (!m_insert->isValid())
        return Expected<qint64>::failure(m_insert->error());
    if (employee.uuid.isNull())
        employee.uuid = QUuid::createUuid();
    if (!employee.modifiedAt.isValid())
        employee.modifiedAt = Clock::now();
    m_insert->bindAll(employeecolumns::values(employee));
    if (Status s = m_insert->exec(); !s) {
        const QString text = s.error();
        if (text.contains(QLatin1String("employee.nip")))
            return Expected<qint64>::failure(
                QCoreApplication::translate("EmployeeBatchWriter", "NIP %1 appears twice.").arg(employee.nip));
        return Expected<qint64>::failure(
            QCoreApplication::translate("EmployeeBatchWriter", "Employee %1 could not be saved: %2")
                .arg(employee.nip, text));
    }
    return m_insert->lastInsertId();
}

Status EmployeeBatchWriter::update(const Employee &employee) {
    if (!m_update)
        m_update = std::make_unique<SqliteStatement>(m_db, employeecolumns::updateStatement());
    if (!m_update->isValid())
        return Status::failure(m_update->error());
    const QVariantList values = employeecolumns::values(employee);
    m_update->bindAll(values);
    m_update->bind(int(values.size()), employee.id);
    if (Status s = m_update->exec(); !s)
        return Status::failure(QCoreApplication::translate("EmployeeBatchWriter", "Employee %1 could not be saved: %2")
                                   .arg(employee.nip, s.error()));
    return {};
}

} // namespace imbang
