#include "testsupport.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

namespace imbang::test {

QString dataPath(const QString &relative) {
    return QStringLiteral(IMBANG_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QString samplePath(const QString &relative) {
    return QStringLiteral(IMBANG_SAMPLES_DIR) + QLatin1Char('/') + relative;
}

TempDatabase::TempDatabase() {
    path = dir.filePath(QStringLiteral("office.sqlite"));
    OpenResult result = Database::create(path);
    if (!result)
        qFatal("cannot create test database: %s", qPrintable(result.message));
    db = std::move(result.database);
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void installIndonesian() {
    static bool done = false;
    if (!done && QCoreApplication::instance()) {
        i18n::install(*QCoreApplication::instance(), QStringLiteral("id"));
        done = true;
    }
}

} // namespace imbang::test
