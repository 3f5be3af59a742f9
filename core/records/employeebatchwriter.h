#pragma once

#include "domain/employee.h"
#include "util/expected.h"

#include <QSqlDatabase>

#include <memory>

namespace imbang {

class SqliteStatement;

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

    ~EmployeeBatchWriter();

private:
    // Straight on SQLite: QSqlQuery's per-value QVariant and UTF-16 binding cost more than the insert.
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_update;
    QSqlDatabase m_db;
};

} // namespace imbang
