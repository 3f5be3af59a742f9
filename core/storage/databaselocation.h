#pragma once

#include <QString>

namespace imbang {

// Where the office database lives when no --db is given: QStandardPaths::AppDataLocation/imbang.sqlite.
QString defaultDatabasePath();
// Where `imbang --demo` keeps its demo database.
QString defaultDemoDatabasePath();

} // namespace imbang
