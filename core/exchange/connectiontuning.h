#pragma once

#include <QSqlDatabase>

namespace imbang::exchange {

// Raises the page cache and keeps temporary files in memory for the life of the object. A package
// of a province touches more pages than SQLite's default 2 MB cache holds: re-reading them (export)
// and spilling them and statement journals to files (import) would take most of the time.
class ConnectionTuning {
public:
    explicit ConnectionTuning(QSqlDatabase db);
    ~ConnectionTuning();
    ConnectionTuning(const ConnectionTuning &) = delete;
    ConnectionTuning &operator=(const ConnectionTuning &) = delete;

private:
    QSqlDatabase m_db;
    int m_cacheSize = -2000;
    int m_tempStore = 0;
};

} // namespace imbang::exchange
