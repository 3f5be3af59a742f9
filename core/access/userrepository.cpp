#include "userrepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, uuid, username, full_name, nip, role, password_hash, must_change, active, failed_logins, "
    "locked_until, last_login_at, created_at FROM user_account");

UserAccount readAccount(const QSqlQuery &q) {
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.uuid = QUuid::fromString(q.value(1).toString());
    a.username = q.value(2).toString();
    a.fullName = q.value(3).toString();
    a.nip = q.value(4).toString();
    a.role = access::roleFromText(q.value(5).toString()).value_or(Role::Pimpinan);
    a.passwordHash = q.value(6).toString();
    a.mustChangePassword = q.value(7).toBool();
    a.active = q.value(8).toBool();
    a.failedLogins = q.value(9).toInt();
    a.lockedUntil = sql::toDateTime(q.value(10));
    a.lastLoginAt = sql::toDateTime(q.value(11));
    a.createdAt = sql::toDateTime(q.value(12));
    return a;
}

QString what() { return QCoreApplication::translate("UserRepository", "saving the user account"); }

} // namespace

bool UserRepository::hasAccounts() const {
    auto q = sql::run(m_db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM user_account)"));
    return q && q->next() && q->value(0).toBool();
}

int UserRepository::activeAdministrators() const {
    auto q = sql::run(m_db, QStringLiteral("SELECT count(*) FROM user_account WHERE active = 1 AND role = ?"),
                      {access::toCode(Role::Administrator)});
    return q && q->next() ? q->value(0).toInt() : 0;
}

QList<UserAccount> UserRepository::all() const {
    QList<UserAccount> result;
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY active DESC, username COLLATE NOCASE"));
    if (q)
        while (q->next())
            result << readAccount(*q);
    return result;
}

std::optional<UserAccount> UserRepository::byId(qint64 id) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (q && q->next())
        return readAccount(*q);
    return std::nullopt;
}

std::optional<UserAccount> UserRepository::byUsername(const QString &username) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE username = ?"), {username.trimmed()});
    if (q && q->next())
        return readAccount(*q);
    return std::nullopt;
}

Expected<qint64> UserRepository::insert(const UserAccount &a) {
    const QVariant now = sql::fromDateTime(Clock::now());
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO user_account(uuid, username, full_name, nip, role, password_hash, "
                                     "must_change, active, failed_logins, created_at, modified_at) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
                      {(a.uuid.isNull() ? QUuid::createUuid() : a.uuid).toString(QUuid::WithoutBraces),
                       a.username.trimmed(), sql::text(a.fullName.simplified()), sql::text(a.nip.trimmed()),
                       access::toCode(a.role), a.passwordHash, a.mustChangePassword ? 1 : 0, a.active ? 1 : 0, now,
                       now},
                      what());
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

Status UserRepository::update(const UserAccount &a) {
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE user_account SET full_name = ?, nip = ?, role = ?, password_hash = ?, "
                                     "must_change = ?, active = ?, failed_logins = ?, locked_until = ?, "
                                     "last_login_at = ?, modified_at = ? WHERE id = ?"),
                      {sql::text(a.fullName.simplified()), sql::text(a.nip.trimmed()), access::toCode(a.role),
                       a.passwordHash, a.mustChangePassword ? 1 : 0, a.active ? 1 : 0, a.failedLogins,
                       sql::fromDateTime(a.lockedUntil), sql::fromDateTime(a.lastLoginAt),
                       sql::fromDateTime(Clock::now()), a.id},
                      what());
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
