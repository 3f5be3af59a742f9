#pragma once

#include "access/useraccount.h"
#include "util/expected.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace imbang {

struct NewAccount {
    QString username;
    QString fullName;
    QString nip;
    Role role = Role::Operator;
    QString password;
};

// Creates accounts, checks logins and changes passwords, with the rules of the office: Argon2id
// hashes, the password policy, a growing delay after failed logins, deactivation instead of deletion,
// and an audit entry for each of these.
class AccountService {
public:
    explicit AccountService(QSqlDatabase db) : m_db(std::move(db)) {}

    // The first account of a database (only while it has none): always an administrator.
    Expected<qint64> createFirstAdministrator(NewAccount account);
    // Needs ManageUsers. The new user must change the password at the first login.
    Expected<qint64> createUser(const NewAccount &account);

    // Checks the password. Failed attempts in a row make the next attempt wait (delaySeconds());
    // an attempt during the wait is refused without checking. Success and failure are audited.
    // Does not log the user in: the caller calls access::logIn() with the result.
    Expected<UserAccount> authenticate(const QString &username, const QString &password,
                                       const QDateTime &now = {});

    // The user's own change: needs the current password.
    Status changePassword(qint64 userId, const QString &currentPassword, const QString &newPassword);
    // An administrator sets a temporary password that must be changed at the next login.
    Status resetPassword(qint64 userId, const QString &temporaryPassword);
    Status setActive(qint64 userId, bool active);
    Status setRole(qint64 userId, Role role);

    QStringList passwordProblems(const QString &password, const UserAccount &account) const;
    // Seconds to wait after this many failed logins in a row: none for the first two (typing
    // mistakes), then 5, 10, 20, ... up to 15 minutes.
    static int delaySeconds(int failedLogins);

private:
    Status checkNew(const NewAccount &account) const;
    Status audit(const QString &action, const UserAccount &account, const QString &summary,
                 const QString &actorName = {}) const;

    QSqlDatabase m_db;
};

} // namespace imbang
