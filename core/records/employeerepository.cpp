#include "employeerepository.h"

#include "records/employeecolumns.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace imbang {
namespace {

// Builds the WHERE clause for a filter; values go to `values` in placeholder order.
QString whereClause(const EmployeeFilter &filter, QVariantList &values) {
    QStringList conditions;
    if (!filter.includeInactive)
        conditions << QStringLiteral("e.active = 1");
    const QStringList words = filter.search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << QStringLiteral("instr(e.search_text, ?) > 0");
        values << word;
    }
    if (filter.unitId) {
        if (filter.includeSubunits) {
            conditions << QStringLiteral(
                "e.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                "SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)");
        } else {
            conditions << QStringLiteral("e.unit_id = ?");
        }
        values << filter.unitId;
    }
    if (!filter.region.isEmpty()) {
        conditions << QStringLiteral("e.unit_id IN (SELECT id FROM unit WHERE region = ?)");
        values << filter.region;
    }
    if (filter.rankCode) {
        conditions << QStringLiteral("e.rank_code = ?");
        values << filter.rankCode;
    }
    if (filter.positionId) {
        conditions << QStringLiteral("e.position_id = ?");
        values << filter.positionId;
    }
    if (filter.status) {
        conditions << QStringLiteral("e.status = ?");
        values << codes::toCode(*filter.status);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderClause(const EmployeeSort &sort) {
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    QString key;
    switch (sort.key) {
    case EmployeeSortKey::Name: key = QStringLiteral("e.name COLLATE NOCASE"); break;
    case EmployeeSortKey::Nip: key = QStringLiteral("e.nip"); break;
    case EmployeeSortKey::Rank: key = QStringLiteral("e.rank_code"); break;
    case EmployeeSortKey::Position: key = QStringLiteral("p.name COLLATE NOCASE"); break;
    case EmployeeSortKey::Unit: key = QStringLiteral("u.name COLLATE NOCASE"); break;
    case EmployeeSortKey::BirthDate: key = QStringLiteral("e.birth_date"); break;
    case EmployeeSortKey::PositionTmt: key = QStringLiteral("e.position_tmt"); break;
    case EmployeeSortKey::Status: key = QStringLiteral("e.status"); break;
    }
    // The id keeps the order stable between equal keys, so pages never overlap.
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", e.id") + dir;
}

} // namespace

QString EmployeeRepository::searchText(const Employee &employee) {
    return QStringList{employee.fullName(), employee.nip}.join(QLatin1Char(' ')).toLower();
}

std::optional<Employee> EmployeeRepository::byId(qint64 id) const {
    auto q = sql::run(m_db, employeecolumns::select() + QStringLiteral(" WHERE e.id = ?"), {id});
    if (q && q->next())
        return employeecolumns::read(*q);
    return std::nullopt;
}

std::optional<Employee> EmployeeRepository::byNip(const QString &nip) const {
    auto q = sql::run(m_db, employeecolumns::select() + QStringLiteral(" WHERE e.nip = ?"), {nip});
    if (q && q->next())
        return employeecolumns::read(*q);
    return std::nullopt;
}

QList<Employee> EmployeeRepository::byIds(const QList<qint64> &ids) const {
    if (ids.isEmpty())
        return {};
    QStringList placeholders;
    QVariantList values;
    placeholders.reserve(ids.size());
    for (qint64 id : ids) {
        placeholders << QStringLiteral("?");
        values << id;
    }
    QHash<qint64, Employee> found;
    auto q = sql::run(m_db, employeecolumns::select() + QStringLiteral(" WHERE e.id IN (%1)").arg(placeholders.join(QLatin1Char(','))),
                      values);
    if (q)
        while (q->next()) {
            Employee e = employeecolumns::read(*q);
            found.insert(e.id, std::move(e));
        }
    QList<Employee> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = found.constFind(id); it != found.cend())
            ordered << *it;
    return ordered;
}

QList<qint64> EmployeeRepository::findIds(const EmployeeFilter &filter, const EmployeeSort &sort) const {
    QVariantList values;
    const QString where = whereClause(filter, values);
    QString joins;
    if (sort.key == EmployeeSortKey::Position)
        joins = QStringLiteral(" LEFT JOIN position p ON p.id = e.position_id");
    else if (sort.key == EmployeeSortKey::Unit)
        joins = QStringLiteral(" LEFT JOIN unit u ON u.id = e.unit_id");
    QList<qint64> ids;
    auto q = sql::run(m_db, QStringLiteral("SELECT e.id FROM employee e") + joins + where + orderClause(sort), values);
    if (q)
        while (q->next())
            ids << q->value(0).toLongLong();
    return ids;
}

int EmployeeRepository::count(const EmployeeFilter &filter) const {
    QVariantList values;
    const QString where = whereClause(filter, values);
    auto q = sql::run(m_db, QStringLiteral("SELECT count(*) FROM employee e") + where, values);
    return q && q->next() ? q->value(0).toInt() : 0;
}

EmployeeCounts EmployeeRepository::counts() const {
    EmployeeCounts counts;
    // A bare count(*) is answered from the b-tree pages without visiting rows; only the few inactive
    // people are then counted one by one. Grouping by "active" walked all 100,000 rows on every open.
    auto total = sql::run(m_db, QStringLiteral("SELECT count(*) FROM employee"));
    auto inactive = sql::run(m_db, QStringLiteral("SELECT count(*) FROM employee WHERE active = 0"));
    if (total && total->next() && inactive && inactive->next()) {
        counts.inactive = inactive->value(0).toInt();
        counts.active = total->value(0).toInt() - counts.inactive;
    }
    return counts;
}

Expected<qint64> EmployeeRepository::insert(Employee employee) {
    if (employee.uuid.isNull())
        employee.uuid = QUuid::createUuid();
    employee.modifiedAt = Clock::now();
    if (auto existing = byNip(employee.nip))
        return Expected<qint64>::failure(
            QCoreApplication::translate("EmployeeRepository", "NIP %1 is already registered to %2.")
                .arg(employee.nip, existing->fullName()));
    auto q = sql::run(m_db, employeecolumns::insertStatement(), employeecolumns::values(employee),
                      QCoreApplication::translate("EmployeeRepository", "adding employee %1").arg(employee.nip));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

Status EmployeeRepository::update(Employee employee) {
    employee.modifiedAt = Clock::now();
    if (auto existing = byNip(employee.nip); existing && existing->id != employee.id)
        return Status::failure(
            QCoreApplication::translate("EmployeeRepository", "NIP %1 is already registered to %2.")
                .arg(employee.nip, existing->fullName()));
    QVariantList values = employeecolumns::values(employee);
    values << employee.id;
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE employee SET uuid = ?, nip = ?, name = ?, title_front = ?, "
                                     "title_back = ?, gender = ?, birth_place = ?, birth_date = ?, status = ?, "
                                     "rank_code = ?, rank_tmt = ?, position_id = ?, unit_id = ?, position_tmt = ?, "
                                     "cpns_tmt = ?, education = ?, active = ?, inactive_reason = ?, "
                                     "inactive_date = ?, search_text = ?, modified_at = ?, origin_office = ? "
                                     "WHERE id = ?"),
                      values, QCoreApplication::translate("EmployeeRepository", "saving employee %1").arg(employee.nip));
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang

namespace imbang {

Status EmployeeRepository::remove(qint64 id) {
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM employee WHERE id = ?"), {id});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
