#pragma once

#include "domain/employee.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace imbang {

// Inserts many employees through one prepared statement, for demo data and imports. The caller
// owns the transaction. Unlike EmployeeRepository::insert it does not look up the NIP first: the
// UNIQUE constraint catches duplicates and the message says which NIP.
class EmployeeBatchWriter {
public:
    explicit EmployeeBatchWriter(QSqlDatabase db);
    Expected<qint64> insert(Employee employee); // stamps uuid (when null) and modified_at
    // Writes every column of an existing record (by id) as given, modified_at included: imports
    // stamp it themselves and undo restores the old value.
    Status update(const Employee &employee);

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
    bool m_prepared = false;
    bool m_updatePrepared = false;
    QString m_prepareError;
};

} // namespace imbang
