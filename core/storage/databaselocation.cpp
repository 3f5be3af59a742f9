#include "databaselocation.h"

#include <QStandardPaths>

namespace imbang {

QString defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/imbang.sqlite");
}

QString defaultDemoDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

} // namespace imbang
