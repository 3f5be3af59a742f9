#include "libraryversions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>

#include <boost/version.hpp>
#include <lemon/config.h>
#include <orcus/info.hpp>
#include <sodium.h>
#include <xlsxwriter.h>

namespace imbang {

namespace {

QString sqliteVersion() {
    // A throw-away connection with its own name, so that no database the program has open is touched.
    const QString name = QStringLiteral("imbang-sqlite-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString boostVersion() {
    // Boost.Serialization and Boost.Iostreams report no version at run time; BOOST_VERSION is
    // major * 100000 + minor * 100 + patch.
    return QStringLiteral("%1.%2.%3").arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000).arg(BOOST_VERSION % 100);
}

QString orcusVersion() {
    return QStringLiteral("%1.%2.%3")
        .arg(orcus::get_version_major())
        .arg(orcus::get_version_minor())
        .arg(orcus::get_version_micro());
}

} // namespace

QList<LibraryInfo> libraryVersions() {
    const QString qt = QString::fromLatin1(qVersion());
    return {
        {QStringLiteral("Qt"), qt, QStringLiteral("LGPL-3.0-only OR GPL-2.0-or-later"), QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("Qt Charts"), qt, QStringLiteral("GPL-3.0-only"), QStringLiteral("https://doc.qt.io/qt-6/qtcharts-index.html")},
        {QStringLiteral("SQLite"), sqliteVersion(),
         QCoreApplication::translate("LibraryVersions", "public domain"), QStringLiteral("https://sqlite.org/")},
        {QStringLiteral("Boost"), boostVersion(), QStringLiteral("BSL-1.0"), QStringLiteral("https://www.boost.org/")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
         QStringLiteral("https://libsodium.org/")},
        {QStringLiteral("liborcus"), orcusVersion(), QStringLiteral("MPL-2.0"),
         QStringLiteral("https://gitlab.com/orcus/orcus")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/")},
        // LEMON is linked statically, so the version it was built with is the one in use.
        {QStringLiteral("LEMON"), QStringLiteral(LEMON_VERSION), QStringLiteral("BSL-1.0"),
         QStringLiteral("https://lemon.cs.elte.hu/")},
    };
}

} // namespace imbang
