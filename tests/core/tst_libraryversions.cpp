#include "util/libraryversions.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

#include <sodium.h>
#include <xlsxwriter.h>

using namespace imbang;

// The About dialog lists these; the versions must be the ones really in use, not hard-coded text.
class TestLibraryVersions : public QObject {
    Q_OBJECT

    static LibraryInfo find(const QString &name) {
        for (const LibraryInfo &library : libraryVersions())
            if (library.name == name)
                return library;
        return {};
    }

private slots:
    void everyLibraryHasVersionLicenceAndUrl() {
        const QList<LibraryInfo> libraries = libraryVersions();
        QStringList names;
        for (const LibraryInfo &library : libraries)
            names << library.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("Qt Charts"), QStringLiteral("SQLite"),
                                     QStringLiteral("Boost"), QStringLiteral("libsodium"), QStringLiteral("liborcus"),
                                     QStringLiteral("libxlsxwriter"), QStringLiteral("LEMON")}));
        const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
        for (const LibraryInfo &library : libraries) {
            QVERIFY2(version.match(library.version).hasMatch(), qPrintable(library.name + u' ' + library.version));
            QVERIFY2(!library.licence.isEmpty(), qPrintable(library.name));
            QVERIFY2(library.url.startsWith(QLatin1String("https://")), qPrintable(library.name));
        }
    }

    void runtimeVersionsComeFromTheLibraries() {
        QCOMPARE(find(QStringLiteral("Qt")).version, QString::fromLatin1(qVersion()));
        QCOMPARE(find(QStringLiteral("libsodium")).version, QString::fromLatin1(sodium_version_string()));
        QCOMPARE(find(QStringLiteral("libxlsxwriter")).version, QStringLiteral(LXW_VERSION));
    }

    void sqliteVersionIsTheOneOfTheSystemLibrary() {
        // Debian's sqlite3 shell and Qt's QSQLITE driver both use the shared libsqlite3.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("sqlite3 is not installed (packaging/install-deps.sh installs it)");
        QProcess process;
        process.start(shell, {QStringLiteral("-version")});
        QVERIFY(process.waitForFinished(10000));
        const QString reported = QString::fromUtf8(process.readAllStandardOutput()).section(u' ', 0, 0);
        QCOMPARE(find(QStringLiteral("SQLite")).version, reported);
    }

    void sqliteProbeLeavesNoConnectionBehind() {
        const QStringList before = QSqlDatabase::connectionNames();
        libraryVersions();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestLibraryVersions)
#include "tst_libraryversions.moc"
