#pragma once

#include <QSqlDatabase>
#include <QString>

#include "util/expected.h"

#include <atomic>
#include <memory>

namespace imbang {

// Why a database file could not be opened. Each has its own message; none of them modifies the file.
enum class OpenError {
    None,
    NotFound,     // no such file
    Unreadable,   // no permission to read it
    NotSqlite,    // some other kind of file
    NotImbang,    // an SQLite database of another program
    Corrupt,      // PRAGMA quick_check failed
    TooNew,       // written by a newer Imbang
    Locked,       // another process holds a lock
    ReadOnlyNeedsUpgrade, // read-only and too old to be used without an upgrade
    UpgradeFailed,
    CannotCreate,
    AlreadyExists,
};

struct OpenOptions {
    int busyTimeoutMs = 3000;
    bool forceReadOnly = false;
    // The GUI shows the file first and runs PRAGMA quick_check (a read of the whole file) in a worker
    // thread with checkIntegrity(). Until markVerified() the connection refuses every write (query_only),
    // so a damaged file is still never modified. A file that needs an upgrade is checked before it, as ever.
    bool deferIntegrityCheck = false;
};

class Database;

struct OpenResult {
    std::unique_ptr<Database> database;
    OpenError error = OpenError::None;
    QString message; // translated; also set on success when the file was opened read-only
    explicit operator bool() const { return database != nullptr; }
};

// One office's SQLite file, opened through QSQLITE with WAL, foreign keys and a busy timeout, at the
// newest schema version. A Database is one connection, usable from the thread that opened it; a
// worker thread calls openSibling() to get its own.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file, upgrading its schema when it is older. Refuses (without modifying the
    // file) anything that is not an Imbang database, is damaged, newer, or locked. A file in a
    // read-only location is opened read-only with a message saying so.
    static OpenResult open(const QString &path, const OpenOptions &options = {});

    // Creates a new, empty database at the newest schema. Fails if the file exists and is not empty.
    static OpenResult create(const QString &path, const OpenOptions &options = {});

    // Another connection to the same file, for use in the calling thread.
    OpenResult openSibling() const;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // False while a deferred integrity check has not passed yet (see OpenOptions).
    bool isVerified() const { return m_verified; }
    void markVerified(); // lifts query_only; call from the thread that opened the database
    // PRAGMA quick_check on a read-only connection of its own: usable from any thread.
    static Status checkIntegrity(const QString &path, int busyTimeoutMs = 3000);
    int schemaVersion() const;

private:
    Database(QString path, QString connectionName, bool readOnly);
    static OpenResult openExisting(const QString &path, const OpenOptions &options);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    std::atomic<bool> m_verified = true;
    OpenOptions m_options;
};

} // namespace imbang
