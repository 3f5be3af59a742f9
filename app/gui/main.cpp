// imbang: the desktop application. Parses the command line, installs the translators and opens
// the main window; everything else lives in ui/ and core/.
#include "appicon.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "storage/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

using namespace imbang;

int main(int argc, char *argv[]) {
    // --version must work without a display (packaging checks, scripts).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("imbang %s\n", IMBANG_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Imbang"));
    QApplication::setApplicationName(QStringLiteral("imbang"));
    QApplication::setApplicationDisplayName(QStringLiteral("Imbang"));
    QApplication::setApplicationVersion(QStringLiteral(IMBANG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(IMBANG_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    i18n::install(app, i18n::chosenLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Gui", "Balanced staffing for the regional civil service."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("demo"), QApplication::translate("Gui", "Open the demo database (made on first use).")});
    parser.addOption({QStringLiteral("db"), QApplication::translate("Gui", "Open this office database."),
                      QApplication::translate("Gui", "path")});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("Gui", "A database to open, or an exchange package (.imbang) to import."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ui::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("demo")))
        window.openDemo();
    else if (parser.isSet(QStringLiteral("db")))
        window.openDatabase(parser.value(QStringLiteral("db")));
    else if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().constFirst();
        if (file.endsWith(QLatin1String(".imbang"), Qt::CaseInsensitive))
            window.openPackageFile(file); // an exchange package opened from the file manager
        else
            window.openDatabase(file);
    }
    return app.exec();
}
