#include "session.h"

#include "access/userrepository.h"
#include "audit/actor.h"
#include "audit/audittrail.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace imbang::access {
namespace {

QMutex mutex;
std::optional<UserAccount> user;
QString userDatabase;

} // namespace

void logIn(const QSqlDatabase &db, const UserAccount &account) {
    QMutexLocker lock(&mutex);
    user = account;
    user->passwordHash.clear(); // nothing keeps it in memory longer than the check
    userDatabase = db.databaseName();
    actor::setLoggedIn(account.username);
}

void logOut() {
    QMutexLocker lock(&mutex);
    user.reset();
    userDatabase.clear();
    actor::setLoggedIn({});
}

std::optional<UserAccount> currentUser() {
    QMutexLocker lock(&mutex);
    return user;
}

std::optional<UserAccount> currentUser(const QSqlDatabase &db) {
    qint64 id = 0;
    {
        QMutexLocker lock(&mutex);
        if (!user || userDatabase != db.databaseName())
            return std::nullopt;
        id = user->id;
    }
    std::optional<UserAccount> fresh = UserRepository(db).byId(id);
    if (!fresh || !fresh->active)
        return std::nullopt;
    return fresh;
}

bool singleUserMode(const QSqlDatabase &db) { return !UserRepository(db).hasAccounts(); }

bool can(const QSqlDatabase &db, Permission permission) {
    if (const std::optional<UserAccount> u = currentUser(db))
        return allows(u->role, permission);
    return singleUserMode(db);
}

Status require(const QSqlDatabase &db, Permission permission) {
    const std::optional<UserAccount> u = currentUser(db);
    if (u ? allows(u->role, permission) : singleUserMode(db))
        return {};
    QString message;
    if (!u) {
        message = QCoreApplication::translate("Access",
                                              "This database is protected by user accounts: log in to %1 "
                                              "(in imbang-cli with --user NAME).")
                      .arg(displayName(permission));
    } else {
        QStringList roles;
        for (Role r : allRoles())
            if (allows(r, permission))
                roles << displayName(r);
        message = QCoreApplication::translate("Access", "Your role (%1) may not %2. Ask a user with the role: %3.")
                      .arg(displayName(u->role), displayName(permission), roles.join(QStringLiteral(", ")));
    }
    // Refusals are part of the record too. Failing to write it (a read-only file) must not hide the refusal.
    const Status audited = AuditTrail(db).record({QStringLiteral("access.denied"), QStringLiteral("permission"), {},
                                                  QCoreApplication::translate("Access", "Refused: %1")
                                                      .arg(displayName(permission)),
                                                  {}, {}});
    Q_UNUSED(audited)
    return Status::failure(message);
}

} // namespace imbang::access
