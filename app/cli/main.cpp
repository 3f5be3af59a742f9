// imbang-cli: the headless face of Imbang. Every command calls the same core functions as the GUI.
#include "clicontext.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace imbang;

namespace {

QList<cli::Command> allCommands() {
    QList<cli::Command> commands;
    commands << cli::recordCommands();
    commands << cli::importCommands();
    commands << cli::transferCommands();
    commands << cli::auditCommands();
    commands << cli::workloadCommands();
    commands << cli::exchangeCommands();
    commands << cli::decreeCommands();
    commands << cli::plannerCommands();
    commands << cli::userCommands();
    return commands;
}

void printUsage(QTextStream &out, const QList<cli::Command> &commands) {
    out << QCoreApplication::translate("Cli", "Usage: imbang-cli <command> [options]") << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const cli::Command &c : commands)
        out << "  " << c.name.leftJustified(18) << c.summary << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "\"imbang-cli <command> --help\" shows the options of a command.") << '\n'
        << QCoreApplication::translate("Cli", "Exit codes: 0 success, 1 bad input, 2 usage error.") << '\n'
        << QCoreApplication::translate("Cli", "--user NAME after any command logs in (password from IMBANG_PASSWORD or "
                                              "a prompt); databases with user accounts need it to change data.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[]) {
    // Decree PDFs and ODTs are laid out with Qt Gui: those commands get a QGuiApplication, on the
    // offscreen platform unless the user chose one, so they also run on a server without a display.
    const bool gui = argc > 1 && cli::needsGui(QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Imbang"));
    QCoreApplication::setApplicationName(QStringLiteral("imbang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMBANG_VERSION));
    i18n::install(app, i18n::chosenLanguage());

    const QList<cli::Command> commands = allCommands();
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? err : out, commands);
        return args.isEmpty() ? cli::UsageError : cli::Success;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "imbang-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::Success;
    }
    const QString name = args.takeFirst();
    // --user NAME works with every command: the login happens when the command opens the database.
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--user") && i + 1 < args.size()) {
            cli::Context::setLoginName(args.at(i + 1));
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--user="))) {
            cli::Context::setLoginName(args.at(i).mid(7));
            args.remove(i);
            break;
        }
    }
    for (const cli::Command &command : commands) {
        if (command.name == name) {
            cli::Context context(name, args);
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << "\n\n";
    printUsage(err, commands);
    return cli::UsageError;
}
