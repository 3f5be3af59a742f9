#include "migrations.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::migrations {
namespace {

// Version 1: the foundation. Units as a hierarchy, the position catalogue, employees, staffing needs,
// settings and the meta table. Every record carries a UUID, its last change and origin office so that exchange
// packages can merge them later.
Status toVersion1(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
        QStringLiteral(R"(CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE unit (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            code          TEXT NOT NULL UNIQUE,
            name          TEXT NOT NULL,
            kind          TEXT NOT NULL,
            parent_id     INTEGER REFERENCES unit(id),
            region        TEXT NOT NULL DEFAULT '',
            latitude      REAL,
            longitude     REAL,
            closed_on     TEXT,
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            CHECK (parent_id IS NULL OR parent_id <> id)))"),
        QStringLiteral("CREATE INDEX unit_parent ON unit(parent_id)"),
        QStringLiteral("CREATE INDEX unit_name ON unit(name COLLATE NOCASE)"),
        QStringLiteral(R"(CREATE TABLE position (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            code          TEXT UNIQUE,
            name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind          TEXT NOT NULL,
            level         TEXT NOT NULL DEFAULT '',
            family        TEXT NOT NULL DEFAULT '',
            teacher       INTEGER NOT NULL DEFAULT 0,
            bup_override  INTEGER,
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE employee (
            id              INTEGER PRIMARY KEY,
            uuid            TEXT NOT NULL UNIQUE,
            nip             TEXT NOT NULL UNIQUE,
            name            TEXT NOT NULL,
            title_front     TEXT NOT NULL DEFAULT '',
            title_back      TEXT NOT NULL DEFAULT '',
            gender          TEXT NOT NULL CHECK (gender IN ('L', 'P')),
            birth_place     TEXT NOT NULL DEFAULT '',
            birth_date      TEXT,
            status          TEXT NOT NULL CHECK (status IN ('PNS', 'CPNS', 'PPPK')),
            rank_code       INTEGER,
            rank_tmt        TEXT,
            position_id     INTEGER REFERENCES position(id),
            unit_id         INTEGER REFERENCES unit(id),
            position_tmt    TEXT,
            cpns_tmt        TEXT,
            education       TEXT NOT NULL DEFAULT '',
            active          INTEGER NOT NULL DEFAULT 1,
            inactive_reason TEXT,
            inactive_date   TEXT,
            search_text     TEXT NOT NULL DEFAULT '',
            modified_at     TEXT NOT NULL,
            origin_office   TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX employee_unit ON employee(unit_id, active)"),
        // Staff a unit needs per position: entered directly (formasi) or computed (ABK, teachers).
        QStringLiteral(R"(CREATE TABLE staffing_need (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            unit_id       INTEGER NOT NULL REFERENCES unit(id),
            position_id   INTEGER NOT NULL REFERENCES position(id),
            need          REAL NOT NULL CHECK (need >= 0),
            source        TEXT NOT NULL DEFAULT 'LANGSUNG',
            note          TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            UNIQUE (unit_id, position_id)))"),
        QStringLiteral("CREATE INDEX employee_position ON employee(position_id)"),
        // Append-only audit trail; each entry carries the hash of the one before it (AuditTrail).
        QStringLiteral(R"(CREATE TABLE audit_entry (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            actor       TEXT NOT NULL,
            action      TEXT NOT NULL,
            entity      TEXT NOT NULL,
            entity_uuid TEXT NOT NULL DEFAULT '',
            summary     TEXT NOT NULL DEFAULT '',
            before      TEXT NOT NULL DEFAULT '',
            after       TEXT NOT NULL DEFAULT '',
            prev_hash   TEXT NOT NULL,
            hash        TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_entry(entity, entity_uuid)"),
        QStringLiteral("CREATE INDEX employee_name ON employee(name COLLATE NOCASE)"),
    });
}

// Version 2: exchange packages between offices (core/exchange). The office's Ed25519 key pair; the
// offices we know (their public key and whether the officer trusts them); per record and office the
// content hash last received from and last sent to that office (the common base of a three-way
// merge); the packages sent (for "changes since the last package") and received; and tombstones so
// that deletions travel. Triggers write the tombstones, so every deletion is caught whoever makes it.
// (A deleted UUID only comes back through an import, which removes its tombstone itself: an insert
// trigger would slow every bulk insert down.)
Status toVersion2(const QSqlDatabase &db) {
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE exchange_key (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            public_key  BLOB NOT NULL,
            secret_key  BLOB NOT NULL,
            created_at  TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE exchange_office (
            id             INTEGER PRIMARY KEY,
            office_id      TEXT NOT NULL UNIQUE,
            name           TEXT NOT NULL DEFAULT '',
            region         TEXT NOT NULL DEFAULT '',
            public_key     BLOB NOT NULL,
            trusted        INTEGER NOT NULL DEFAULT 0,
            trusted_at     TEXT,
            first_seen     TEXT NOT NULL,
            last_received  TEXT,
            last_sent      TEXT))"),
        QStringLiteral(R"(CREATE TABLE exchange_base (
            office        INTEGER NOT NULL REFERENCES exchange_office(id) ON DELETE CASCADE,
            uuid          TEXT NOT NULL,
            received_hash INTEGER,
            received_at   TEXT,
            sent_hash     INTEGER,
            PRIMARY KEY (office, uuid)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE exchange_sent_package (
            id           INTEGER PRIMARY KEY,
            office       INTEGER NOT NULL REFERENCES exchange_office(id) ON DELETE CASCADE,
            created_at   TEXT NOT NULL,
            snapshot_at  TEXT NOT NULL,
            scope        TEXT NOT NULL DEFAULT '',
            records      INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL DEFAULT '',
            file_name    TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX exchange_sent_package_office ON exchange_sent_package(office, snapshot_at)"),
        QStringLiteral(R"(CREATE TABLE exchange_received_package (
            content_hash TEXT PRIMARY KEY,
            office_id    TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            imported_at  TEXT NOT NULL,
            changes      INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE exchange_tombstone (
            uuid          TEXT PRIMARY KEY,
            entity        TEXT NOT NULL,
            deleted_at    TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            recorded_at   TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX exchange_tombstone_recorded ON exchange_tombstone(recorded_at)"),
    };
    // SQLite's clock in the format sql::fromDateTime() writes (UTC, milliseconds).
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    for (const QString &table : {QStringLiteral("unit"), QStringLiteral("position"), QStringLiteral("employee"),
                                QStringLiteral("staffing_need")}) {
        statements << QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 BEGIN "
                                     "INSERT OR REPLACE INTO exchange_tombstone(uuid, entity, deleted_at, "
                                     "origin_office, recorded_at) VALUES(OLD.uuid, '%1', %2, "
                                     "coalesce((SELECT value FROM meta WHERE key = 'office_id'), ''), %2); END")
                          .arg(table, now);
    }
    return sql::runAll(db, statements);
}

Status setMeta(const QSqlDatabase &db, const QString &key, const QString &value) {
    auto q = sql::run(db, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    return q ? Status() : Status::failure(q.error());
}

} // namespace

QList<MigrationStep> standardSteps() {
    return {
        {1, QStringLiteral("0.1.0"), toVersion1},
        {2, QStringLiteral("0.2.0"), toVersion2},
    };
}

int currentVersion() { return standardSteps().constLast().version; }

QString appVersionFor(int schemaVersion) {
    for (const MigrationStep &step : standardSteps())
        if (step.version == schemaVersion)
            return step.appVersion;
    return {};
}

int readVersion(const QSqlDatabase &db) {
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && query.next())
        return query.value(0).toInt();
    // No meta table: an empty file is version 0, anything else is not ours.
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next() &&
        query.value(0).toInt() == 0)
        return 0;
    return -1;
}

Status migrate(const QSqlDatabase &db, const QList<MigrationStep> &steps) {
    const int from = readVersion(db);
    if (from < 0)
        return Status::failure(QCoreApplication::translate(
            "Migrations", "This file is an SQLite database but not an Imbang database."));
    const int target = steps.isEmpty() ? 0 : steps.constLast().version;
    if (from > target)
        return Status::failure(QCoreApplication::translate(
            "Migrations", "This database has schema version %1, newer than this program knows (%2).")
                                   .arg(from)
                                   .arg(target));
    if (from == target)
        return {};

    sql::Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(QCoreApplication::translate("Migrations", "Could not start the upgrade: %1")
                                   .arg(transaction.error()));
    for (const MigrationStep &step : steps) {
        if (step.version <= from)
            continue;
        if (Status s = step.apply(db); !s)
            return Status::failure(QCoreApplication::translate(
                "Migrations", "Upgrading the database to schema version %1 failed; nothing was changed. %2")
                                       .arg(step.version)
                                       .arg(s.error()));
        if (Status s = setMeta(db, QStringLiteral("schema_version"), QString::number(step.version)); !s)
            return s;
        if (Status s = setMeta(db, QStringLiteral("min_app_version"), step.appVersion); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace imbang::migrations
