#include "sqliteprepare.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace imbang {

QString prepareOnSqlite(const QSqlDatabase &db, const QString &statement, sqlite3 *&connection,
                        sqlite3_stmt *&prepared) {
    prepared = nullptr;
    connection = nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return QCoreApplication::translate("SqliteReader", "The database connection is not an SQLite connection.");
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        prepared = nullptr;
        return QCoreApplication::translate("Sql", "Database error while %1: %2")
            .arg(statement.left(60), QString::fromUtf8(sqlite3_errmsg(connection)));
    }
    return {};
}

} // namespace imbang
