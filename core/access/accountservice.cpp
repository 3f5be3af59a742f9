#include "accountservice.h"

#include "access/passwordhash.h"
#include "access/passwordpolicy.h"
#include "access/session.h"
#include "access/userrepository.h"
#include "audit/audittrail.h"
#include "domain/nip.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace imbang {
namespace {

QJsonObject publicJson(const UserAccount &a) {
    return {{QStringLiteral("username"), a.username},
            {QStringLiteral("full_name"), a.fullName},
            {QStringLiteral("nip"), a.nip},
            {QStringLiteral("role"), access::toCode(a.role)},
            {QStringLiteral("active"), a.active},
            {QStringLiteral("must_change"), a.mustChangePassword}};
}

QString wrongLogin() {
    return QCoreApplication::translate("AccountService",
                                       "The user name or the password is wrong. Check Caps Lock and try again.");
}

std::optional<UserAccount> existing(const QSqlDatabase &db, qint64 id, QString &error) {
    std::optional<UserAccount> a = UserRepository(db).byId(id);
    if (!a)
        error = QCoreApplication::translate("AccountService", "User account %1 does not exist.").arg(id);
    return a;
}

} // namespace

int AccountService::delaySeconds(int failedLogins) {
    if (failedLogins < 3)
        return 0;
    const int doublings = std::min(failedLogins - 3, 10);
    return std::min(5 * (1 << doublings), 15 * 60);
}

QStringList AccountService::passwordProblems(const QString &password, const UserAccount &account) const {
    const int minimum = std::max(8, Settings(m_db).get(settingkeys::passwordMinimumLength));
    return PasswordPolicy(minimum).problems(password, account.username, account.fullName, account.nip);
}

Status AccountService::checkNew(const NewAccount &account) const {
    QStringList problems;
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!usernamePattern.match(account.username.trimmed()).hasMatch())
        problems << QCoreApplication::translate("AccountService",
                                                "The user name \"%1\" must be 3 to 32 letters, digits, dots, "
                                                "dashes or underscores, without spaces.")
                        .arg(account.username.trimmed());
    else if (UserRepository(m_db).byUsername(account.username))
        problems << QCoreApplication::translate("AccountService", "The user name \"%1\" is taken; choose another.")
                        .arg(account.username.trimmed());
    if (account.fullName.simplified().isEmpty())
        problems << QCoreApplication::translate("AccountService", "Enter the full name of the user.");
    if (!account.nip.trimmed().isEmpty() && !nip::checkPns(account.nip, Clock::today()).isValid() &&
        !nip::checkPppk(account.nip, Clock::today()).isValid())
        problems << QCoreApplication::translate("AccountService", "The NIP \"%1\" is not a valid 18-digit NIP.")
                        .arg(account.nip.trimmed());
    UserAccount probe;
    probe.username = account.username;
    probe.fullName = account.fullName;
    probe.nip = account.nip;
    problems << passwordProblems(account.password, probe);
    if (problems.isEmpty())
        return {};
    return Status::failure(problems.join(QLatin1Char(' ')));
}

Status AccountService::audit(const QString &action, const UserAccount &account, const QString &summary,
                             const QString &actorName) const {
    return AuditTrail(m_db).record({action, QStringLiteral("user"), account.uuid, summary, {}, publicJson(account)},
                                   actorName);
}

Expected<qint64> AccountService::createFirstAdministrator(NewAccount account) {
    account.role = Role::Administrator;
    sql::Transaction transaction(m_db);
    if (UserRepository(m_db).hasAccounts())
        return Expected<qint64>::failure(QCoreApplication::translate(
            "AccountService", "This database already has user accounts; an administrator adds new ones."));
    if (Status s = checkNew(account); !s)
        return Expected<qint64>::failure(s.error());
    Expected<QString> hash = passwordhash::hash(account.password);
    if (!hash)
        return Expected<qint64>::failure(hash.error());
    UserAccount a;
    a.uuid = QUuid::createUuid();
    a.username = account.username.trimmed();
    a.fullName = account.fullName.simplified();
    a.nip = nip::normalize(account.nip);
    a.role = Role::Administrator;
    a.passwordHash = *hash;
    Expected<qint64> id = UserRepository(m_db).insert(a);
    if (!id)
        return id;
    if (Status s = audit(QStringLiteral("user.create"), a,
                         QCoreApplication::translate("AccountService", "First administrator %1 created").arg(a.username),
                         a.username);
        !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Expected<qint64> AccountService::createUser(const NewAccount &account) {
    if (UserRepository(m_db).hasAccounts()) {
        if (Status s = access::require(m_db, Permission::ManageUsers); !s)
            return Expected<qint64>::failure(s.error());
    } else {
        // The first account is always the administrator, whoever asks.
        return createFirstAdministrator(account);
    }
    if (Status s = checkNew(account); !s)
        return Expected<qint64>::failure(s.error());
    Expected<QString> hash = passwordhash::hash(account.password);
    if (!hash)
        return Expected<qint64>::failure(hash.error());
    UserAccount a;
    a.uuid = QUuid::createUuid();
    a.username = account.username.trimmed();
    a.fullName = account.fullName.simplified();
    a.nip = nip::normalize(account.nip);
    a.role = account.role;
    a.passwordHash = *hash;
    a.mustChangePassword = true; // the administrator knows it
    sql::Transaction transaction(m_db);
    Expected<qint64> id = UserRepository(m_db).insert(a);
    if (!id)
        return id;
    if (Status s = audit(QStringLiteral("user.create"), a,
                         QCoreApplication::translate("AccountService", "User %1 created as %2")
                             .arg(a.username, access::displayName(a.role)));
        !s)
        return Expected<qint64>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Expected<UserAccount> AccountService::authenticate(const QString &username, const QString &password,
                                                   const QDateTime &when) {
    const QDateTime now = when.isValid() ? when : Clock::now();
    UserRepository repo(m_db);
    std::optional<UserAccount> a = repo.byUsername(username);
    if (!a) {
        UserAccount unknown;
        unknown.username = username.trimmed();
        // Errors writing the audit (a read-only file) must not change the answer.
        Q_UNUSED(AuditTrail(m_db).record({QStringLiteral("login.failed"), QStringLiteral("user"), {},
                                          QCoreApplication::translate("AccountService",
                                                                      "Failed login as unknown user %1")
                                              .arg(unknown.username),
                                          {}, {}},
                                         unknown.username.isEmpty() ? QStringLiteral("?") : unknown.username))
        return Expected<UserAccount>::failure(wrongLogin());
    }
    if (a->lockedUntil.isValid() && now < a->lockedUntil) {
        const qint64 wait = std::max<qint64>(1, (now.msecsTo(a->lockedUntil) + 999) / 1000);
        Q_UNUSED(audit(QStringLiteral("login.failed"), *a,
                       QCoreApplication::translate("AccountService", "Login as %1 tried during the wait")
                           .arg(a->username),
                       a->username))
        return Expected<UserAccount>::failure(
            QCoreApplication::translate("AccountService",
                                        "Too many wrong passwords for %1. Wait %n second(s) and try again.", "",
                                        int(wait))
                .arg(a->username));
    }
    if (!passwordhash::verify(a->passwordHash, password)) {
        ++a->failedLogins;
        const int delay = delaySeconds(a->failedLogins);
        a->lockedUntil = delay > 0 ? now.addSecs(delay) : QDateTime();
        Q_UNUSED(repo.update(*a))
        Q_UNUSED(audit(QStringLiteral("login.failed"), *a,
                       QCoreApplication::translate("AccountService", "Wrong password for %1 (%n time(s) in a row)",
                                                   "", a->failedLogins)
                           .arg(a->username),
                       a->username))
        if (delay > 0)
            return Expected<UserAccount>::failure(
                QCoreApplication::translate("AccountService",
                                            "The user name or the password is wrong. The next attempt is possible in "
                                            "%n second(s).",
                                            "", delay));
        return Expected<UserAccount>::failure(wrongLogin());
    }
    if (!a->active) {
        Q_UNUSED(audit(QStringLiteral("login.failed"), *a,
                       QCoreApplication::translate("AccountService", "Login as deactivated user %1").arg(a->username),
                       a->username))
        return Expected<UserAccount>::failure(
            QCoreApplication::translate("AccountService",
                                        "The account %1 is deactivated. An administrator can activate it again.")
                .arg(a->username));
    }
    a->failedLogins = 0;
    a->lockedUntil = {};
    a->lastLoginAt = now;
    if (passwordhash::needsRehash(a->passwordHash))
        if (Expected<QString> renewed = passwordhash::hash(password))
            a->passwordHash = *renewed;
    Q_UNUSED(repo.update(*a))
    Q_UNUSED(audit(QStringLiteral("login"), *a,
                   QCoreApplication::translate("AccountService", "%1 logged in").arg(a->username), a->username))
    return *a;
}

Status AccountService::changePassword(qint64 userId, const QString &currentPassword, const QString &newPassword) {
    QString error;
    std::optional<UserAccount> a = existing(m_db, userId, error);
    if (!a)
        return Status::failure(error);
    const std::optional<UserAccount> me = access::currentUser(m_db);
    if (!me || me->id != userId)
        return Status::failure(QCoreApplication::translate(
            "AccountService", "Only %1 can change this password; an administrator can reset it.").arg(a->username));
    if (!passwordhash::verify(a->passwordHash, currentPassword))
        return Status::failure(QCoreApplication::translate("AccountService", "The current password is wrong."));
    if (passwordhash::verify(a->passwordHash, newPassword))
        return Status::failure(
            QCoreApplication::translate("AccountService", "The new password must differ from the current one."));
    if (const QStringList problems = passwordProblems(newPassword, *a); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Expected<QString> hash = passwordhash::hash(newPassword);
    if (!hash)
        return Status::failure(hash.error());
    a->passwordHash = *hash;
    a->mustChangePassword = false;
    sql::Transaction transaction(m_db);
    if (Status s = UserRepository(m_db).update(*a); !s)
        return s;
    if (Status s = audit(QStringLiteral("user.password"), *a,
                         QCoreApplication::translate("AccountService", "%1 changed the password").arg(a->username));
        !s)
        return s;
    return transaction.commit();
}

Status AccountService::resetPassword(qint64 userId, const QString &temporaryPassword) {
    if (Status s = access::require(m_db, Permission::ManageUsers); !s)
        return s;
    QString error;
    std::optional<UserAccount> a = existing(m_db, userId, error);
    if (!a)
        return Status::failure(error);
    if (const QStringList problems = passwordProblems(temporaryPassword, *a); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Expected<QString> hash = passwordhash::hash(temporaryPassword);
    if (!hash)
        return Status::failure(hash.error());
    a->passwordHash = *hash;
    a->mustChangePassword = true;
    a->failedLogins = 0;
    a->lockedUntil = {};
    sql::Transaction transaction(m_db);
    if (Status s = UserRepository(m_db).update(*a); !s)
        return s;
    if (Status s = audit(QStringLiteral("user.reset_password"), *a,
                         QCoreApplication::translate("AccountService", "Password of %1 reset; to be changed at the "
                                                                       "next login")
                             .arg(a->username));
        !s)
        return s;
    return transaction.commit();
}

Status AccountService::setActive(qint64 userId, bool active) {
    if (Status s = access::require(m_db, Permission::ManageUsers); !s)
        return s;
    QString error;
    std::optional<UserAccount> a = existing(m_db, userId, error);
    if (!a)
        return Status::failure(error);
    if (a->active == active)
        return {};
    if (!active) {
        const std::optional<UserAccount> me = access::currentUser(m_db);
        if (me && me->id == userId)
            return Status::failure(QCoreApplication::translate(
                "AccountService", "You cannot deactivate your own account; another administrator can."));
        if (a->role == Role::Administrator && UserRepository(m_db).activeAdministrators() <= 1)
            return Status::failure(QCoreApplication::translate(
                "AccountService", "%1 is the last active administrator; make another administrator first.")
                                       .arg(a->username));
    }
    a->active = active;
    sql::Transaction transaction(m_db);
    if (Status s = UserRepository(m_db).update(*a); !s)
        return s;
    if (Status s = audit(active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"), *a,
                         active ? QCoreApplication::translate("AccountService", "User %1 activated").arg(a->username)
                                : QCoreApplication::translate("AccountService", "User %1 deactivated").arg(a->username));
        !s)
        return s;
    return transaction.commit();
}

Status AccountService::setRole(qint64 userId, Role role) {
    if (Status s = access::require(m_db, Permission::ManageUsers); !s)
        return s;
    QString error;
    std::optional<UserAccount> a = existing(m_db, userId, error);
    if (!a)
        return Status::failure(error);
    if (a->role == role)
        return {};
    if (a->role == Role::Administrator && a->active && UserRepository(m_db).activeAdministrators() <= 1)
        return Status::failure(QCoreApplication::translate(
            "AccountService", "%1 is the last active administrator; make another administrator first.")
                                   .arg(a->username));
    const Role old = a->role;
    a->role = role;
    sql::Transaction transaction(m_db);
    if (Status s = UserRepository(m_db).update(*a); !s)
        return s;
    if (Status s = audit(QStringLiteral("user.role"), *a,
                         QCoreApplication::translate("AccountService", "Role of %1 changed from %2 to %3")
                             .arg(a->username, access::displayName(old), access::displayName(role)));
        !s)
        return s;
    return transaction.commit();
}

} // namespace imbang
