#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// Helpers shared by the Qt Test executables.
namespace imbang::test {

QString dataPath(const QString &relative);    // tests/data/<relative>
QString samplePath(const QString &relative);  // ../shared/samples/<relative>

// A fresh database in a temporary folder that lives as long as the object.
struct TempDatabase {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString path;
    TempDatabase();
};

QByteArray fileBytes(const QString &path);

// Installs the Indonesian translators once, as the app does, so tests see the real messages.
void installIndonesian();

} // namespace imbang::test
