#pragma once

#include "util/expected.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Small helpers so repositories read as SQL plus intent, not as error plumbing.
namespace imbang::sql {

// Dates are stored as ISO text ("2026-11-29"); NULL for an invalid date.
QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);
QVariant fromDateTime(const QDateTime &dateTime); // ISO with milliseconds, UTC
QDateTime toDateTime(const QVariant &value);
QVariant fromOptional(const std::optional<double> &value);
QVariant fromOptional(const std::optional<int> &value);
std::optional<double> toOptionalDouble(const QVariant &value);
std::optional<int> toOptionalInt(const QVariant &value);
QVariant nullIfZero(qint64 id);
// Text for a NOT NULL column: a null QString would be bound as SQL NULL, so it becomes "".
QVariant text(const QString &value);

// Prepares and runs `statement` with positional bindings. On failure returns a translated message
// that names the operation (`what`) and carries the driver's text for the log.
Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> bindings = {}, const QString &what = {});
Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings,
                        const QString &what = {});

// Runs each statement (no bindings) in order; stops at the first failure.
Status runAll(const QSqlDatabase &db, const QStringList &statements);

// A transaction that rolls back unless commit() is called: an early return or exception can never
// leave half a change in the file. Transactions nest (inner ones are savepoints).
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    void rollback();
    void finish();

    QSqlDatabase m_db;
    QString m_name;
    bool m_outermost = false;
    bool m_active = false;
    QString m_error;
};

// The SQLite error code of a failed query ("5" is SQLITE_BUSY), for telling locks from damage.
bool isBusyError(const QSqlError &error);

} // namespace imbang::sql
