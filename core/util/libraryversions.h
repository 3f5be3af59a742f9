#pragma once

#include <QList>
#include <QString>

namespace imbang {

// A library Imbang is built on, as the About dialog lists it (the licences of these libraries ask
// that users can see them).
struct LibraryInfo {
    QString name;
    QString version; // the version in use: asked from the library at run time where it can tell
    QString licence; // SPDX expression, or a translated phrase where there is none (SQLite)
    QString url;
};

// Qt, Qt Charts, SQLite, Boost, libsodium, liborcus, libxlsxwriter and LEMON, in that order.
// SQLite's version is the one Qt's QSQLITE driver runs, asked with "select sqlite_version()" on an
// in-memory database; it is empty when the driver is missing.
QList<LibraryInfo> libraryVersions();

} // namespace imbang
