#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace imbang {

// Prepares `statement` straight on the SQLite connection Qt opened (Qt documents this use of
// QSqlDriver::handle()). Sets `connection` and `prepared` and returns an empty string, or returns the
// translated reason (not an SQLite connection, or SQLite's own error) with `prepared` left null.
QString prepareOnSqlite(const QSqlDatabase &db, const QString &statement, sqlite3 *&connection,
                        sqlite3_stmt *&prepared);

} // namespace imbang
