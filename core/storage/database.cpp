#include "database.h"

#include "storage/migrations.h"
#include "storage/sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace imbang {
namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("imbang-%1").arg(counter.fetchAndAddRelaxed(1));
}

OpenResult failure(OpenError error, const QString &message) {
    OpenResult result;
    result.error = error;
    result.message = message;
    return result;
}

// Opens a raw QSQLITE connection. Read-only connections never write to the file: this is how every
// check runs before the program decides the file is safe to use.
QSqlDatabase addConnection(const QString &name, const QString &path, bool readOnly, int busyTimeoutMs,
                           bool immutable = false) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A read-only folder cannot hold the WAL index; immutable mode reads the file as it is.
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

void dropConnection(const QString &name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool hasSqliteHeader(QFile &file) {
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

// Writable means we may create the -wal and -shm files beside it too. A file whose owner has no
// write permission counts as read-only even for an administrator who could override it: someone
// marked it so on purpose.
bool isMarkedWritable(const QFileInfo &info) {
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

bool locationWritable(const QFileInfo &info) {
    return isMarkedWritable(info) && isMarkedWritable(QFileInfo(info.absolutePath()));
}

struct Inspection {
    OpenError error = OpenError::None;
    QString message;
    int version = 0;
};

// Looks at the file through a read-only connection: integrity, owner, schema version.
Inspection inspect(const QString &path, int busyTimeoutMs, bool immutable, bool quickCheck = true) {
    Inspection result;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = addConnection(name, path, true, busyTimeoutMs, immutable);
        if (!db.open()) {
            result.error = sql::isBusyError(db.lastError()) ? OpenError::Locked : OpenError::Corrupt;
        } else {
            QSqlQuery check(db);
            // Without the full check, reading the schema version still proves the first pages readable.
            if (!check.exec(quickCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("SELECT 'ok'"))) {
                result.error = sql::isBusyError(check.lastError()) ? OpenError::Locked : OpenError::Corrupt;
            } else {
                QStringList findings;
                while (check.next())
                    findings << check.value(0).toString();
                if (findings != QStringList{QStringLiteral("ok")})
                    result.error = OpenError::Corrupt;
            }
            if (result.error == OpenError::None) {
                QSqlQuery appId(db);
                const bool haveId = appId.exec(QStringLiteral("PRAGMA application_id")) && appId.next();
                result.version = migrations::readVersion(db);
                if (result.version < 0 || (result.version > 0 && haveId &&
                                           appId.value(0).toInt() != migrations::applicationId))
                    result.error = OpenError::NotImbang;
                else if (result.version > migrations::currentVersion()) {
                    result.error = OpenError::TooNew;
                    QSqlQuery needed(db);
                    if (needed.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'min_app_version'")) &&
                        needed.next())
                        result.message = needed.value(0).toString();
                }
            }
        }
    }
    dropConnection(name);
    return result;
}

QString messageFor(OpenError error, const QString &path, const QString &detail = {}) {
    const QString file = QDir::toNativeSeparators(path);
    switch (error) {
    case OpenError::None:
        return {};
    case OpenError::NotFound:
        return QCoreApplication::translate("Database", "The file %1 does not exist. Check the name and folder, or "
                                                       "create a new database.").arg(file);
    case OpenError::Unreadable:
        return QCoreApplication::translate("Database", "The file %1 cannot be read: you have no permission to "
                                                       "open it. Ask the computer's administrator.").arg(file);
    case OpenError::NotSqlite:
        return QCoreApplication::translate("Database", "The file %1 is not an Imbang database (it is not an SQLite "
                                                       "file). Choose the .sqlite file of your office.").arg(file);
    case OpenError::NotImbang:
        return QCoreApplication::translate("Database", "The file %1 is an SQLite database of another program, not "
                                                       "of Imbang. It was left unchanged.").arg(file);
    case OpenError::Corrupt:
        return QCoreApplication::translate("Database", "The file %1 is damaged (the integrity check failed). It "
                                                       "was left unchanged. Open your latest backup copy instead.")
            .arg(file);
    case OpenError::TooNew:
        return detail.isEmpty()
                   ? QCoreApplication::translate("Database", "The file %1 was made by a newer version of Imbang. "
                                                             "Install the newest Imbang to open it.").arg(file)
                   : QCoreApplication::translate("Database", "The file %1 was made by a newer version of Imbang. "
                                                             "Install Imbang %2 or later to open it.")
                         .arg(file, detail);
    case OpenError::Locked:
        return QCoreApplication::translate("Database", "The file %1 is locked by another program that is writing "
                                                       "to it. Close that program (or wait for it to finish) and "
                                                       "try again.").arg(file);
    case OpenError::ReadOnlyNeedsUpgrade:
        return QCoreApplication::translate("Database", "The file %1 was made by an older Imbang and must be "
                                                       "upgraded, but it is in a read-only location. Copy it to a "
                                                       "folder you can write to and open the copy.").arg(file);
    case OpenError::UpgradeFailed:
        return QCoreApplication::translate("Database", "The file %1 could not be upgraded; it was left as it was. "
                                                       "%2").arg(file, detail);
    case OpenError::CannotCreate:
        return QCoreApplication::translate("Database", "The database %1 could not be created: %2").arg(file, detail);
    case OpenError::AlreadyExists:
        return QCoreApplication::translate("Database", "The file %1 already exists. Choose another name, or open "
                                                       "it instead.").arg(file);
    }
    return {};
}

// Settings every read-write connection needs. journal_mode is a property of the file and is set
// once the schema is current; the others are per connection.
bool configureConnection(QSqlDatabase &db) {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) &&
           q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly) {}

Database::~Database() { dropConnection(m_connectionName); }

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const { return migrations::readVersion(connection()); }

OpenResult Database::open(const QString &path, const OpenOptions &options) {
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return failure(OpenError::NotFound, messageFor(OpenError::NotFound, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(OpenError::Unreadable, messageFor(OpenError::Unreadable, path));
    if (info.size() > 0 && !hasSqliteHeader(file))
        return failure(OpenError::NotSqlite, messageFor(OpenError::NotSqlite, path));
    file.close();
    return openExisting(path, options);
}

OpenResult Database::openExisting(const QString &path, const OpenOptions &options) {
    const QFileInfo info(path);
    const bool readOnly = options.forceReadOnly || !locationWritable(info);
    const bool immutable = readOnly && !isMarkedWritable(QFileInfo(info.absolutePath()));

    bool deferred = false;
    if (info.size() > 0) {
        Inspection inspection = inspect(path, options.busyTimeoutMs, immutable, !options.deferIntegrityCheck);
        deferred = options.deferIntegrityCheck;
        if (deferred && inspection.error == OpenError::None && inspection.version < migrations::currentVersion()) {
            // An upgrade writes: the file must pass the full check first.
            inspection = inspect(path, options.busyTimeoutMs, immutable);
            deferred = false;
        }
        if (inspection.error != OpenError::None)
            return failure(inspection.error, messageFor(inspection.error, path, inspection.message));
        if (readOnly && inspection.version < migrations::currentVersion())
            return failure(OpenError::ReadOnlyNeedsUpgrade, messageFor(OpenError::ReadOnlyNeedsUpgrade, path));
    } else if (readOnly) {
        return failure(OpenError::ReadOnlyNeedsUpgrade, messageFor(OpenError::ReadOnlyNeedsUpgrade, path));
    }

    const QString name = nextConnectionName();
    QSqlDatabase db = addConnection(name, path, readOnly, options.busyTimeoutMs, immutable);
    const auto fail = [&](OpenError error, const QString &detail = {}) {
        db = QSqlDatabase();
        dropConnection(name);
        return failure(error, messageFor(error, path, detail));
    };
    if (!db.open())
        return fail(sql::isBusyError(db.lastError()) ? OpenError::Locked : OpenError::CannotCreate,
                    db.lastError().text());

    OpenResult result;
    if (readOnly) {
        result.message = QCoreApplication::translate(
            "Database", "The file %1 is in a read-only location, so it was opened read-only: you can look but "
                        "not change anything. Copy it to a folder you can write to for editing.")
                             .arg(QDir::toNativeSeparators(path));
    } else {
        if (!configureConnection(db))
            return fail(OpenError::Locked);
        if (Status s = migrations::migrate(db); !s) {
            const bool busy = sql::isBusyError(db.lastError()) || s.error().contains(QLatin1String("locked"));
            return fail(busy ? OpenError::Locked : OpenError::UpgradeFailed, s.error());
        }
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fail(sql::isBusyError(wal.lastError()) ? OpenError::Locked : OpenError::CannotCreate,
                        wal.lastError().text());
    }
    if (deferred && !readOnly) {
        QSqlQuery guard(db);
        if (!guard.exec(QStringLiteral("PRAGMA query_only = ON")))
            return fail(OpenError::CannotCreate, guard.lastError().text());
    }
    result.database.reset(new Database(path, name, readOnly));
    result.database->m_options = options;
    result.database->m_verified = !deferred;
    return result;
}

Status Database::checkIntegrity(const QString &path, int busyTimeoutMs) {
    const QFileInfo info(path);
    const bool immutable = !locationWritable(info) && !isMarkedWritable(QFileInfo(info.absolutePath()));
    const Inspection inspection = inspect(path, busyTimeoutMs, immutable);
    if (inspection.error != OpenError::None)
        return Status::failure(messageFor(inspection.error, path, inspection.message));
    return {};
}

void Database::markVerified() {
    if (m_verified)
        return;
    m_verified = true;
    if (!m_readOnly) {
        QSqlQuery lift(connection());
        lift.exec(QStringLiteral("PRAGMA query_only = OFF"));
    }
}

OpenResult Database::create(const QString &path, const OpenOptions &options) {
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return failure(OpenError::AlreadyExists, messageFor(OpenError::AlreadyExists, path));
    if (!QDir().mkpath(info.absolutePath()))
        return failure(OpenError::CannotCreate,
                       messageFor(OpenError::CannotCreate, path,
                                  QCoreApplication::translate("Database", "the folder cannot be made")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(OpenError::CannotCreate, messageFor(OpenError::CannotCreate, path, file.errorString()));
    file.close();
    OpenResult result = openExisting(path, options);
    if (!result)
        QFile::remove(path);
    return result;
}

OpenResult Database::openSibling() const {
    // The file was checked and upgraded when this connection opened it: only connect.
    const QString name = nextConnectionName();
    const bool immutable = m_readOnly && !isMarkedWritable(QFileInfo(QFileInfo(m_path).absolutePath()));
    QSqlDatabase db = addConnection(name, m_path, m_readOnly, m_options.busyTimeoutMs, immutable);
    if (!db.open() || (!m_readOnly && !configureConnection(db))) {
        const bool busy = sql::isBusyError(db.lastError());
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        dropConnection(name);
        return failure(busy ? OpenError::Locked : OpenError::CannotCreate,
                       messageFor(busy ? OpenError::Locked : OpenError::CannotCreate, m_path, detail));
    }
    if (!m_verified && !m_readOnly) { // the check has not passed yet: no writes from workers either
        QSqlQuery guard(db);
        guard.exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    OpenResult result;
    result.database.reset(new Database(m_path, name, m_readOnly));
    result.database->m_options = m_options;
    result.database->m_verified = m_verified.load();
    return result;
}

} // namespace imbang
