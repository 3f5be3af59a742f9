#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace imbang {

// One prepared statement run straight on SQLite, on the connection Qt opened (QSqlDriver::handle(),
// as workload/sqlitereader.h does), for bulk writes of tens of thousands of rows: QSqlQuery binds text
// as UTF-16 through a QVariant per value and SQLite then converts it back, which cost more than the
// insert itself. Bindings are 0-based like QSqlQuery::bindValue; text is bound as UTF-8.
class SqliteStatement {
public:
    SqliteStatement(const QSqlDatabase &db, const QString &statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    const QString &error() const { return m_error; }

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bindUtf8(int index, const QByteArray &utf8); // kept by the caller until exec()
    void bind(int index, const QVariant &value);      // null, integer, double or text
    void bindAll(const QVariantList &values);

    // Runs the statement once and resets it for the next bindings; failures carry SQLite's message.
    Status exec();
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    std::vector<std::string> m_buffers; // UTF-8 text of the bound parameters
};

} // namespace imbang
