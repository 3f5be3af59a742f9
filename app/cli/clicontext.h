#pragma once

#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace imbang::cli {

// Exit codes of imbang-cli: 0 success, 1 bad input (a file or value that cannot be used),
// 2 usage error (unknown command or option).
enum Exit { Success = 0, BadInput = 1, UsageError = 2 };

// What a command gets: its own arguments and the two output streams. Data goes to `out`,
// messages to `err`.
class Context {
public:
    Context(QString command, QStringList arguments);

    const QString &command() const { return m_command; }
    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses the command's arguments; on --help prints help and returns false with exit Success,
    // on an unknown option prints the problem and returns false with exit UsageError.
    bool parse(QCommandLineParser &parser, int &exitCode);

    // Adds --db PATH to the parser (default: the office database of this user).
    static void addDatabaseOption(QCommandLineParser &parser);
    // Opens the database named by --db, printing the reason on failure. With --user NAME (taken off
    // the command line by main()) it also logs NAME in, the password coming from IMBANG_PASSWORD or a
    // prompt; a failed login is a failure here.
    std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser);
    static void setLoginName(const QString &username);
    static QString loginName();
    // A password from the environment variable `variable`, else typed at the terminal without echo
    // (twice when `confirm`). Empty and a message on err when neither is possible.
    QString password(const char *variable, const QString &prompt, bool confirm = false);

    // Reads an integer option; prints a message and returns false when it is not a number in range.
    bool intOption(const QCommandLineParser &parser, const QString &name, int low, int high, int &value);

    int fail(const QString &message, int code = BadInput);

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

struct Command {
    QString name;
    QString summary; // translated
    std::function<int(Context &)> run;
};

QList<Command> recordCommands(); // init, stats, employees, demo
QList<Command> importCommands(); // import, import-units, import-ratings, imports
QList<Command> transferCommands(); // transfers, transfer
QList<Command> auditCommands();    // audit
QList<Command> workloadCommands(); // workload, import-abk, abk, need
QList<Command> exchangeCommands(); // export-package, import-package, offices, office-key
QList<Command> decreeCommands();   // decree, decrees, decree-template
// Commands that lay out documents (decree PDF/ODT) need a QGuiApplication instead of a QCoreApplication.
bool needsGui(const QString &command);
QList<Command> plannerCommands();  // plan, hold, move-request
QList<Command> userCommands();     // users, user

} // namespace imbang::cli
