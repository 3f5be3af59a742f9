#include "clicontext.h"

#include "access/accountservice.h"
#include "access/session.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace imbang::cli {
namespace {

QString requestedUser;

// One line from the terminal with echo off, so the password is not shown or left on screen.
QString readHidden(QTextStream &err, const QString &prompt) {
    err << prompt << Qt::flush;
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << Qt::endl;
    }
    return line;
}

} // namespace

void Context::setLoginName(const QString &username) { requestedUser = username.trimmed(); }

QString Context::loginName() { return requestedUser; }

QString Context::password(const char *variable, const QString &prompt, bool confirm) {
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!isatty(STDIN_FILENO)) {
        m_err << QCoreApplication::translate("Cli",
                                             "No password: set the environment variable %1 or run the command in a "
                                             "terminal to type it.")
                     .arg(QString::fromLatin1(variable))
              << Qt::endl;
        return {};
    }
    const QString first = readHidden(m_err, prompt);
    if (confirm && readHidden(m_err, QCoreApplication::translate("Cli", "Type it again: ")) != first) {
        m_err << QCoreApplication::translate("Cli", "The two passwords differ; nothing was changed.") << Qt::endl;
        return {};
    }
    return first;
}

Context::Context(QString command, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr) {}

bool Context::parse(QCommandLineParser &parser, int &exitCode) {
    parser.setApplicationDescription(parser.applicationDescription());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    QStringList args = m_arguments;
    args.prepend(QStringLiteral("imbang-cli %1").arg(m_command));
    if (!parser.parse(args)) {
        m_err << parser.errorText() << '\n'
              << QCoreApplication::translate("Cli", "Run \"imbang-cli %1 --help\" for the options.").arg(m_command)
              << Qt::endl;
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the program by its path; officers type "imbang-cli <command>".
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("imbang-cli %1").arg(m_command));
        text.replace(QStringLiteral("Usage: "), QCoreApplication::translate("Cli", "Usage: "));
        m_out << text << Qt::flush;
        exitCode = Success;
        return false;
    }
    return true;
}

void Context::addDatabaseOption(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("Cli", "The office database (default: %1).")
                          .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                      QCoreApplication::translate("Cli", "path")});
}

std::unique_ptr<Database> Context::openDatabase(const QCommandLineParser &parser) {
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    OpenResult result = Database::open(path);
    if (!result) {
        m_err << result.message << Qt::endl;
        return nullptr;
    }
    if (!result.message.isEmpty())
        m_err << result.message << Qt::endl;
    if (!requestedUser.isEmpty()) {
        const QString pw = password("IMBANG_PASSWORD",
                                    QCoreApplication::translate("Cli", "Password for %1: ").arg(requestedUser));
        if (pw.isEmpty())
            return nullptr;
        Expected<UserAccount> user = AccountService(result.database->connection()).authenticate(requestedUser, pw);
        if (!user) {
            m_err << user.error() << Qt::endl;
            return nullptr;
        }
        // A temporary password set by an administrator is good for changing it and nothing else.
        if (user->mustChangePassword && m_command != QLatin1String("user password")) {
            m_err << QCoreApplication::translate("Cli",
                                                 "%1 must choose a new password first: imbang-cli user password "
                                                 "--user %1")
                         .arg(user->username)
                  << Qt::endl;
            return nullptr;
        }
        access::logIn(result.database->connection(), *user);
    }
    return std::move(result.database);
}

bool Context::intOption(const QCommandLineParser &parser, const QString &name, int low, int high, int &value) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        m_err << QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(low)
                     .arg(high)
                     .arg(parser.value(name))
              << Qt::endl;
        return false;
    }
    value = parsed;
    return true;
}

int Context::fail(const QString &message, int code) {
    m_err << message << Qt::endl;
    return code;
}

} // namespace imbang::cli
