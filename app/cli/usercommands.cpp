// imbang-cli users and user <add|reset|deactivate|activate|role|password>: the accounts of an office
// database, through the same core calls (AccountService) as the GUI, with the same permission checks.
#include "access/accountservice.h"
#include "access/session.h"
#include "access/userrepository.h"
#include "clicontext.h"
#include "output/texttable.h"

#include <QCoreApplication>

namespace imbang::cli {
namespace {

std::optional<UserAccount> findUser(Context &ctx, const QSqlDatabase &db, const QString &name) {
    std::optional<UserAccount> a = UserRepository(db).byUsername(name);
    if (!a)
        ctx.err() << QCoreApplication::translate("UserCli",
                                                 "There is no user \"%1\". \"imbang-cli users\" lists them.")
                         .arg(name)
                  << Qt::endl;
    return a;
}

int users(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("UserCli", "List the user accounts of the office database (administrators)."));
    Context::addDatabaseOption(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    if (Status s = access::require(db->connection(), Permission::ManageUsers); !s)
        return ctx.fail(s.error());
    TextTable t;
    t.keys = {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("active"),
              QStringLiteral("must_change"), QStringLiteral("last_login")};
    t.headers = {QCoreApplication::translate("UserCli", "User name"), QCoreApplication::translate("UserCli", "Name"),
                 QCoreApplication::translate("UserCli", "Role"), QCoreApplication::translate("UserCli", "Active"),
                 QCoreApplication::translate("UserCli", "Must change password"),
                 QCoreApplication::translate("UserCli", "Last login")};
    const QString yes = QCoreApplication::translate("UserCli", "yes");
    const QString no = QCoreApplication::translate("UserCli", "no");
    for (const UserAccount &a : UserRepository(db->connection()).all())
        t.rows << QStringList{a.username,
                              a.fullName,
                              access::displayName(a.role),
                              a.active ? yes : no,
                              a.mustChangePassword ? yes : no,
                              a.lastLoginAt.isValid()
                                  ? a.lastLoginAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString()};
    if (t.rows.isEmpty()) {
        ctx.out() << QCoreApplication::translate("UserCli",
                                                 "No user accounts: the database runs in single-user mode. "
                                                 "\"imbang-cli user add\" creates the first administrator.")
                  << Qt::endl;
        return Success;
    }
    ctx.out() << QString::fromUtf8(output::toAligned(t)) << Qt::flush;
    return Success;
}

// The subcommands share: --db, one positional user name, and what they do with it.
int userAction(Context &ctx, const QString &sub) {
    QCommandLineParser parser;
    Context::addDatabaseOption(parser);
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "UserCli", "Create a user account. The first account of a database is the administrator; later ones "
                       "are made by an administrator (--user) and must change the password at the first login. "
                       "The password comes from IMBANG_NEW_PASSWORD or is typed twice."));
        parser.addOption({QStringLiteral("name"), QCoreApplication::translate("UserCli", "Full name."),
                          QCoreApplication::translate("UserCli", "name")});
        parser.addOption({QStringLiteral("nip"), QCoreApplication::translate("UserCli", "NIP of the user (optional)."),
                          QStringLiteral("nip")});
        parser.addOption({QStringLiteral("role"),
                          QCoreApplication::translate(
                              "UserCli", "ADMINISTRATOR, OPERATOR, VERIFIKATOR or PIMPINAN (default: OPERATOR)."),
                          QCoreApplication::translate("UserCli", "role")});
    } else if (sub == QLatin1String("reset")) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "UserCli", "Set a temporary password (IMBANG_NEW_PASSWORD or typed) that the user must change at the "
                       "next login. Administrators only."));
    } else if (sub == QLatin1String("deactivate") || sub == QLatin1String("activate")) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "UserCli", "Deactivate an account (it can no longer log in, and stays in the audit trail) or activate "
                       "it again. Administrators only."));
    } else if (sub == QLatin1String("role")) {
        parser.setApplicationDescription(
            QCoreApplication::translate("UserCli", "Give a user another role. Administrators only."));
        parser.addOption({QStringLiteral("role"),
                          QCoreApplication::translate("UserCli", "ADMINISTRATOR, OPERATOR, VERIFIKATOR or PIMPINAN."),
                          QCoreApplication::translate("UserCli", "role")});
    } else if (sub == QLatin1String("password")) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "UserCli", "Change your own password (log in with --user; the new one comes from IMBANG_NEW_PASSWORD or "
                       "is typed twice)."));
    }
    if (sub != QLatin1String("password"))
        parser.addPositionalArgument(QStringLiteral("username"), QCoreApplication::translate("UserCli", "User name."));
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (sub != QLatin1String("password") && positional.size() != 1)
        return ctx.fail(QCoreApplication::translate("UserCli", "Name exactly one user: imbang-cli user %1 USERNAME.")
                            .arg(sub),
                        UsageError);
    std::optional<Role> role;
    if (parser.isSet(QStringLiteral("role"))) {
        role = access::roleFromText(parser.value(QStringLiteral("role")));
        if (!role)
            return ctx.fail(QCoreApplication::translate(
                                "UserCli", "--role must be ADMINISTRATOR, OPERATOR, VERIFIKATOR or PIMPINAN, not \"%1\".")
                                .arg(parser.value(QStringLiteral("role"))),
                            UsageError);
    } else if (sub == QLatin1String("role")) {
        return ctx.fail(QCoreApplication::translate("UserCli", "Give the new role with --role."), UsageError);
    }
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    AccountService service(c);

    if (sub == QLatin1String("add")) {
        const bool first = !UserRepository(c).hasAccounts();
        if (first && role && *role != Role::Administrator)
            return ctx.fail(QCoreApplication::translate(
                "UserCli", "The first account of a database is the administrator; leave out --role or give "
                           "ADMINISTRATOR."));
        if (!first)
            if (Status s = access::require(c, Permission::ManageUsers); !s)
                return ctx.fail(s.error());
        NewAccount account;
        account.username = positional.constFirst();
        account.fullName = parser.value(QStringLiteral("name"));
        account.nip = parser.value(QStringLiteral("nip"));
        account.role = role.value_or(first ? Role::Administrator : Role::Operator);
        account.password = ctx.password("IMBANG_NEW_PASSWORD",
                                        QCoreApplication::translate("UserCli", "New password for %1: ")
                                            .arg(account.username),
                                        true);
        if (account.password.isEmpty())
            return BadInput;
        Expected<qint64> id = first ? service.createFirstAdministrator(account) : service.createUser(account);
        if (!id)
            return ctx.fail(id.error());
        ctx.out() << (first ? QCoreApplication::translate("UserCli", "Administrator %1 created. From now on this "
                                                                     "database needs a login (--user).")
                                  .arg(account.username)
                            : QCoreApplication::translate("UserCli", "User %1 created as %2; the password must be "
                                                                     "changed at the first login.")
                                  .arg(account.username, access::displayName(account.role)))
                  << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("password")) {
        const std::optional<UserAccount> me = access::currentUser(c);
        if (!me)
            return ctx.fail(QCoreApplication::translate("UserCli", "Log in with --user to change your password."),
                            UsageError);
        // The login already checked the current password; asking for it again would only ask twice.
        const QString current = qEnvironmentVariable("IMBANG_PASSWORD");
        const QString fresh = ctx.password("IMBANG_NEW_PASSWORD",
                                           QCoreApplication::translate("UserCli", "New password: "), true);
        if (fresh.isEmpty())
            return BadInput;
        Status s = service.changePassword(me->id, current.isEmpty() ? ctx.password("IMBANG_PASSWORD",
                                                                                   QCoreApplication::translate(
                                                                                       "UserCli",
                                                                                       "Current password: "))
                                                                    : current,
                                          fresh);
        if (!s)
            return ctx.fail(s.error());
        ctx.out() << QCoreApplication::translate("UserCli", "Password changed.") << Qt::endl;
        return Success;
    }
    const std::optional<UserAccount> target = findUser(ctx, c, positional.constFirst());
    if (!target)
        return BadInput;
    Status s;
    QString done;
    if (sub == QLatin1String("reset")) {
        if (Status allowed = access::require(c, Permission::ManageUsers); !allowed)
            return ctx.fail(allowed.error());
        const QString temporary = ctx.password(
            "IMBANG_NEW_PASSWORD",
            QCoreApplication::translate("UserCli", "Temporary password for %1: ").arg(target->username), true);
        if (temporary.isEmpty())
            return BadInput;
        s = service.resetPassword(target->id, temporary);
        done = QCoreApplication::translate("UserCli", "Password of %1 reset; it must be changed at the next login.")
                   .arg(target->username);
    } else if (sub == QLatin1String("deactivate") || sub == QLatin1String("activate")) {
        const bool active = sub == QLatin1String("activate");
        s = service.setActive(target->id, active);
        done = active ? QCoreApplication::translate("UserCli", "User %1 activated.").arg(target->username)
                      : QCoreApplication::translate("UserCli", "User %1 deactivated.").arg(target->username);
    } else {
        s = service.setRole(target->id, *role);
        done = QCoreApplication::translate("UserCli", "%1 is now %2.")
                   .arg(target->username, access::displayName(*role));
    }
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << done << Qt::endl;
    return Success;
}

int user(Context &ctx) {
    QStringList args = ctx.arguments();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    static const QStringList subs{QStringLiteral("add"),      QStringLiteral("reset"), QStringLiteral("deactivate"),
                                  QStringLiteral("activate"), QStringLiteral("role"),  QStringLiteral("password")};
    if (subs.contains(sub)) {
        Context subContext(QStringLiteral("user ") + sub, args);
        return userAction(subContext, sub);
    }
    ctx.err() << QCoreApplication::translate("UserCli",
                                             "Usage: imbang-cli user <add|reset|deactivate|activate|role|password> "
                                             "[options]\n\"imbang-cli user <subcommand> --help\" shows the options.")
              << Qt::endl;
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? Success : UsageError;
}

} // namespace

QList<Command> userCommands() {
    return {
        {QStringLiteral("users"), QCoreApplication::translate("UserCli", "List the user accounts."), users},
        {QStringLiteral("user"),
         QCoreApplication::translate("UserCli", "Add users, reset passwords, deactivate, change roles or your own "
                                                "password."),
         user},
    };
}

} // namespace imbang::cli
