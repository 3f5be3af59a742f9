#include "clicontext.h"

#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace imbang::cli {

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
