#pragma once

#include "domain/employee.h"
#include "records/employeefilter.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace imbang {

struct EmployeeCounts {
    int active = 0;
    int inactive = 0;
};

// Employees in the database. Filtering and sorting run in SQL so that a list of 100,000 people is
// served page by page: findIds() returns the ordered ids, byIds() loads one page.
class EmployeeRepository {
public:
    explicit EmployeeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Employee> byId(qint64 id) const;
    std::optional<Employee> byNip(const QString &nip) const;
    QList<Employee> byIds(const QList<qint64> &ids) const; // in the order of `ids`

    QList<qint64> findIds(const EmployeeFilter &filter, const EmployeeSort &sort = {}) const;
    int count(const EmployeeFilter &filter) const;
    EmployeeCounts counts() const;

    // Inserting a NIP that exists fails with a message naming who holds it.
    Expected<qint64> insert(Employee employee);
    Status update(Employee employee);
    // Removes the row. Records are deactivated, not deleted; this is for undoing an addition.
    Status remove(qint64 id);

    // Lower-case text the search looks in: full name, name without titles, NIP.
    static QString searchText(const Employee &employee);

private:
    QSqlDatabase m_db;
};

} // namespace imbang
