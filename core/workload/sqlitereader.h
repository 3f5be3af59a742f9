#pragma once

#include <QSqlDatabase>
#include <QLatin1StringView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace imbang {

// Reads query results straight from SQLite on the connection Qt opened, for the few queries that return
// tens of thousands of rows where QSqlQuery's per-cell QVariant costs more than SQLite itself (the workload
// engine). Qt documents this use of QSqlDriver::handle(). Read-only statements only.
class SqliteReader {
public:
    SqliteReader(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    bool isValid() const { return m_statement != nullptr && m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool next(); // false at the end or on an error (then error() says which)
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QLatin1StringView latin1(int column) const; // no copy: valid until next()
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace imbang
