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
        // Covers the default employee list (active people by name, searched as you type, filtered
        // by unit) so it never touches the table rows: 100,000 people list in about 10 ms.
        QStringLiteral("CREATE INDEX employee_list ON employee(active, name COLLATE NOCASE, id, unit_id, search_text)"),
    });
}

// Version 2: spreadsheet import. A batch per import (file, hash, counts) with the records it touched
// and their previous state, so that an import can be undone; unit/position changes of known
// employees kept for the transfer workflow; column mappings remembered per header signature.
Status toVersion2(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE import_batch (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            file_name     TEXT NOT NULL,
            file_sha256   TEXT NOT NULL,
            sheet         TEXT NOT NULL DEFAULT '',
            imported_at   TEXT NOT NULL,
            actor         TEXT NOT NULL DEFAULT '',
            rows_total    INTEGER NOT NULL DEFAULT 0,
            inserted      INTEGER NOT NULL DEFAULT 0,
            updated       INTEGER NOT NULL DEFAULT 0,
            unchanged     INTEGER NOT NULL DEFAULT 0,
            rejected      INTEGER NOT NULL DEFAULT 0,
            pending       INTEGER NOT NULL DEFAULT 0,
            units_added   INTEGER NOT NULL DEFAULT 0,
            positions_added INTEGER NOT NULL DEFAULT 0,
            undone_at     TEXT))"),
        // One row per employee the batch wrote; `before` is the record as it was (JSON) for updates.
        QStringLiteral(R"(CREATE TABLE import_batch_item (
            batch_id      INTEGER NOT NULL REFERENCES import_batch(id),
            entity        TEXT NOT NULL CHECK (entity IN ('employee', 'unit', 'position')),
            entity_id     INTEGER NOT NULL,
            action        TEXT NOT NULL CHECK (action IN ('insert', 'update')),
            before        TEXT,
            PRIMARY KEY (batch_id, entity, entity_id)) WITHOUT ROWID)"),
        // A known employee arrived with another unit or position and the officer did not call it a
        // correction: the record was left as it is. decision TRANSFER: to be recorded as a transfer
        // by the transfer workflow; UNDECIDED: still to be decided.
        QStringLiteral(R"(CREATE TABLE import_discrepancy (
            id              INTEGER PRIMARY KEY,
            batch_id        INTEGER NOT NULL REFERENCES import_batch(id),
            employee_id     INTEGER NOT NULL REFERENCES employee(id),
            old_unit_id     INTEGER REFERENCES unit(id),
            old_position_id INTEGER REFERENCES position(id),
            new_unit_id     INTEGER REFERENCES unit(id),
            new_position_id INTEGER REFERENCES position(id),
            new_position_tmt TEXT,
            decision        TEXT NOT NULL CHECK (decision IN ('UNDECIDED', 'TRANSFER')),
            source_row      INTEGER NOT NULL DEFAULT 0,
            resolved_at     TEXT))"),
        QStringLiteral("CREATE INDEX import_discrepancy_open ON import_discrepancy(resolved_at, decision)"),
        QStringLiteral(R"(CREATE TABLE import_mapping (
            signature     TEXT PRIMARY KEY,
            mapping       TEXT NOT NULL,
            used_at       TEXT NOT NULL))"),
    });
}

// Version 3: transfers (mutasi). A transfer moves one employee; a batch groups the transfers of one
// proposal. Each workflow step, overridden warning and received document is its own row, so the
// whole path of a transfer stays explainable. position_history keeps every post an employee held
// (written when a transfer is executed; the records feature adds corrections and the initial post).
// staffing_minimum holds the lowest head count a unit may fall to in a position (transfer rules).
Status toVersion3(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE transfer_batch (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            title         TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL,
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE transfer (
            id                INTEGER PRIMARY KEY,
            uuid              TEXT NOT NULL UNIQUE,
            number            TEXT NOT NULL UNIQUE,
            batch_id          INTEGER REFERENCES transfer_batch(id),
            employee_id       INTEGER NOT NULL REFERENCES employee(id),
            from_unit_id      INTEGER REFERENCES unit(id),
            from_position_id  INTEGER REFERENCES position(id),
            from_position_tmt TEXT,
            to_unit_id        INTEGER NOT NULL REFERENCES unit(id),
            to_position_id    INTEGER NOT NULL REFERENCES position(id),
            tmt               TEXT NOT NULL,
            kind              TEXT NOT NULL CHECK (kind IN ('DALAM_INSTANSI', 'ANTAR_INSTANSI', 'ANTAR_KABKOTA',
                                                            'ANTAR_PROVINSI', 'PUSAT_DAERAH')),
            reason            TEXT NOT NULL CHECK (reason IN ('KEBUTUHAN_ORGANISASI', 'PERMINTAAN_SENDIRI',
                                                              'PENGEMBANGAN_KARIER', 'DISIPLIN', 'LAINNYA')),
            notes             TEXT NOT NULL DEFAULT '',
            status            TEXT NOT NULL CHECK (status IN ('DRAFT', 'DIUSULKAN', 'DIVERIFIKASI', 'DISETUJUI',
                                                              'SK_TERBIT', 'SELESAI', 'DITOLAK', 'DIBATALKAN')),
            decree_number     TEXT NOT NULL DEFAULT '',
            decree_date       TEXT,
            executed_at       TEXT,
            reverses_id       INTEGER REFERENCES transfer(id),
            created_at        TEXT NOT NULL,
            modified_at       TEXT NOT NULL,
            origin_office     TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX transfer_employee ON transfer(employee_id)"),
        QStringLiteral("CREATE INDEX transfer_status ON transfer(status, tmt)"),
        QStringLiteral("CREATE INDEX transfer_from_unit ON transfer(from_unit_id)"),
        QStringLiteral("CREATE INDEX transfer_to_unit ON transfer(to_unit_id)"),
        QStringLiteral("CREATE INDEX transfer_batch_member ON transfer(batch_id)"),
        // At most one open transfer per person, whatever the program does.
        QStringLiteral("CREATE UNIQUE INDEX transfer_one_open ON transfer(employee_id) "
                       "WHERE status NOT IN ('SELESAI', 'DITOLAK', 'DIBATALKAN')"),
        QStringLiteral(R"(CREATE TABLE transfer_step (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            transfer_id   INTEGER NOT NULL REFERENCES transfer(id),
            from_status   TEXT NOT NULL DEFAULT '',
            to_status     TEXT NOT NULL,
            actor         TEXT NOT NULL,
            at            TEXT NOT NULL,
            comment       TEXT NOT NULL DEFAULT '',
            checks        TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX transfer_step_transfer ON transfer_step(transfer_id, id)"),
        QStringLiteral(R"(CREATE TABLE transfer_override (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            transfer_id   INTEGER NOT NULL REFERENCES transfer(id),
            rule          TEXT NOT NULL,
            justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
            actor         TEXT NOT NULL,
            at            TEXT NOT NULL,
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            UNIQUE (transfer_id, rule)))"),
        QStringLiteral(R"(CREATE TABLE transfer_document (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            transfer_id   INTEGER NOT NULL REFERENCES transfer(id),
            document      TEXT NOT NULL,
            received_on   TEXT NOT NULL,
            file_ref      TEXT NOT NULL DEFAULT '',
            note          TEXT NOT NULL DEFAULT '',
            actor         TEXT NOT NULL,
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            UNIQUE (transfer_id, document)))"),
        QStringLiteral(R"(CREATE TABLE position_history (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            employee_id   INTEGER NOT NULL REFERENCES employee(id),
            unit_id       INTEGER REFERENCES unit(id),
            position_id   INTEGER REFERENCES position(id),
            tmt           TEXT,
            source        TEXT NOT NULL,
            transfer_id   INTEGER REFERENCES transfer(id),
            note          TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX position_history_employee ON position_history(employee_id, tmt)"),
        // Head counts per unit and position (staffing::levelOf, asked for every transfer checked): without
        // it SQLite walks every holder of the position, thousands at province scale.
        QStringLiteral("CREATE INDEX employee_post ON employee(unit_id, position_id, active)"),
        QStringLiteral(R"(CREATE TABLE staffing_minimum (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            unit_id       INTEGER NOT NULL REFERENCES unit(id),
            position_id   INTEGER NOT NULL REFERENCES position(id),
            minimum       INTEGER NOT NULL CHECK (minimum >= 0),
            note          TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            UNIQUE (unit_id, position_id)))"),
    });
}

// Version 4: workload analysis. ABK tasks per unit and position and year; the teaching data of schools
// (class groups, remote flag, weekly hours per subject) that give the teacher need; and covering indexes
// so the workload engine counts staff and reads needs per unit and position without reading whole rows.
Status toVersion4(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE abk_task (
            id               INTEGER PRIMARY KEY,
            uuid             TEXT NOT NULL UNIQUE,
            unit_id          INTEGER NOT NULL REFERENCES unit(id),
            position_id      INTEGER NOT NULL REFERENCES position(id),
            year             INTEGER NOT NULL,
            seq              INTEGER NOT NULL DEFAULT 0,
            description      TEXT NOT NULL,
            output           TEXT NOT NULL DEFAULT '',
            volume           REAL NOT NULL CHECK (volume >= 0),
            period           TEXT NOT NULL CHECK (period IN ('HARI', 'MINGGU', 'BULAN', 'TAHUN')),
            standard_minutes REAL NOT NULL CHECK (standard_minutes >= 0),
            modified_at      TEXT NOT NULL,
            origin_office    TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX abk_task_post ON abk_task(unit_id, position_id, year)"),
        QStringLiteral(R"(CREATE TABLE school_profile (
            unit_id           INTEGER PRIMARY KEY REFERENCES unit(id),
            uuid              TEXT NOT NULL UNIQUE,
            rombel            INTEGER NOT NULL CHECK (rombel >= 0),
            remote            INTEGER NOT NULL DEFAULT 0,
            class_position_id INTEGER REFERENCES position(id),
            modified_at       TEXT NOT NULL,
            origin_office     TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE school_subject (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            unit_id       INTEGER NOT NULL REFERENCES school_profile(unit_id) ON DELETE CASCADE,
            subject       TEXT NOT NULL,
            weekly_hours  REAL NOT NULL CHECK (weekly_hours >= 0),
            position_id   INTEGER NOT NULL REFERENCES position(id),
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            UNIQUE (unit_id, subject)))"),
        QStringLiteral("CREATE INDEX employee_workload ON employee(unit_id, position_id, active, birth_date)"),
        QStringLiteral("CREATE INDEX staffing_need_workload ON staffing_need(unit_id, position_id, need, source)"),
    });
}

// Version 5: exchange packages between offices (core/exchange). The office's Ed25519 key pair; the
// offices we know (their public key and whether the officer trusts them); per record and office the
// content hash last received from and last sent to that office (the common base of a three-way
// merge); the packages sent (for "changes since the last package") and received; and tombstones so
// that deletions travel. Triggers write the tombstones, so every deletion is caught whoever makes it.
// (A deleted UUID only comes back through an import, which removes its tombstone itself: an insert
// trigger would slow every bulk insert down.)
Status toVersion5(const QSqlDatabase &db) {
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

// Version 8: decree drafts (core/decree). The office's decree template (one JSON document and its heading
// image); the sequence of decree numbers per year, which only goes up so that a number is never used
// twice; final decrees with the immutable snapshot they are reprinted from, and the transfers each one
// covers (a transfer is in at most one decree). Triggers refuse to change or delete a final decree.
Status toVersion8(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE decree_template (
            id            INTEGER PRIMARY KEY CHECK (id = 1),
            content       TEXT NOT NULL,
            emblem        BLOB,
            emblem_format TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE decree_sequence (
            year     INTEGER PRIMARY KEY,
            last     INTEGER NOT NULL CHECK (last >= 0)))"),
        QStringLiteral(R"(CREATE TABLE decree (
            id         INTEGER PRIMARY KEY,
            uuid       TEXT NOT NULL UNIQUE,
            number     TEXT NOT NULL UNIQUE COLLATE NOCASE,
            year       INTEGER NOT NULL,
            sequence   INTEGER NOT NULL,
            issued_on  TEXT NOT NULL,
            batch_id   INTEGER REFERENCES transfer_batch(id),
            snapshot   TEXT NOT NULL,
            created_at TEXT NOT NULL,
            actor      TEXT NOT NULL DEFAULT '',
            UNIQUE (year, sequence)))"),
        QStringLiteral(R"(CREATE TABLE decree_transfer (
            decree_id   INTEGER NOT NULL REFERENCES decree(id),
            transfer_id INTEGER NOT NULL UNIQUE REFERENCES transfer(id),
            PRIMARY KEY (decree_id, transfer_id)))"),
        QStringLiteral("CREATE TRIGGER decree_final_update BEFORE UPDATE ON decree BEGIN "
                       "SELECT RAISE(ABORT, 'a final decree cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER decree_final_delete BEFORE DELETE ON decree BEGIN "
                       "SELECT RAISE(ABORT, 'a final decree cannot be deleted'); END"),
    });
}

Status setMeta(const QSqlDatabase &db, const QString &key, const QString &value) {
    auto q = sql::run(db, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    return q ? Status() : Status::failure(q.error());
}

// Version 6: rank history (riwayat pangkat). Like position_history, entries are appended: a new rank
// with its TMT (KENAIKAN), a correction of the current one (KOREKSI), or the first known rank (AWAL).
Status toVersion6(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE rank_history (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            employee_id   INTEGER NOT NULL REFERENCES employee(id),
            rank_code     INTEGER NOT NULL,
            tmt           TEXT,
            source        TEXT NOT NULL,
            note          TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX rank_history_employee ON rank_history(employee_id, tmt)"),
    });
}

// Performance ratings (SKP), certifications and trainings, and what positions expect (issue 12).
Status toVersion7(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE performance_rating (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            employee_id   INTEGER NOT NULL REFERENCES employee(id),
            year          INTEGER NOT NULL,
            predicate     TEXT NOT NULL CHECK (predicate IN ('SB', 'B', 'BP', 'K', 'SK')),
            score         REAL,
            document      TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT '',
            UNIQUE (employee_id, year)))"),
        QStringLiteral(R"(CREATE TABLE competence (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            employee_id   INTEGER NOT NULL REFERENCES employee(id),
            kind          TEXT NOT NULL CHECK (kind IN ('SERTIFIKASI', 'DIKLAT')),
            name          TEXT NOT NULL,
            subject       TEXT NOT NULL DEFAULT '',
            year          INTEGER NOT NULL DEFAULT 0,
            reference     TEXT NOT NULL DEFAULT '',
            modified_at   TEXT NOT NULL,
            origin_office TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX competence_employee ON competence(employee_id)"),
        QStringLiteral(R"(CREATE TABLE position_requirement (
            position_id       INTEGER PRIMARY KEY REFERENCES position(id),
            minimum_education TEXT NOT NULL DEFAULT '',
            certification     TEXT NOT NULL DEFAULT ''))"),
    });
}

// Version 9: the rebalancing planner (core/planner). People the planner must not move, each with the
// recorded reason (health, a spouse's posting, ...), and employees' own requests to move to a region.
Status toVersion9(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE planner_hold (
            employee_id INTEGER PRIMARY KEY REFERENCES employee(id) ON DELETE CASCADE,
            reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            recorded_at TEXT NOT NULL,
            actor       TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE transfer_request (
            id           INTEGER PRIMARY KEY,
            employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
            region       TEXT NOT NULL CHECK (length(trim(region)) > 0),
            note         TEXT NOT NULL DEFAULT '',
            requested_on TEXT NOT NULL,
            UNIQUE (employee_id, region)))"),
    });
}

// Version 10: user accounts (core/access). Passwords only as Argon2id hashes; accounts are deactivated,
// never deleted, so the audit trail always names someone on record. failed_logins and locked_until
// carry the growing delay after wrong passwords across program runs.
Status toVersion10(const QSqlDatabase &db) {
    return sql::runAll(db, {
        QStringLiteral(R"(CREATE TABLE user_account (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE,
            username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name     TEXT NOT NULL,
            nip           TEXT NOT NULL DEFAULT '',
            role          TEXT NOT NULL CHECK (role IN ('ADMINISTRATOR', 'OPERATOR', 'VERIFIKATOR', 'PIMPINAN')),
            password_hash TEXT NOT NULL,
            must_change   INTEGER NOT NULL DEFAULT 0,
            active        INTEGER NOT NULL DEFAULT 1,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until  TEXT,
            last_login_at TEXT,
            created_at    TEXT NOT NULL,
            modified_at   TEXT NOT NULL))"),
    });
}

// Version 11: exchange packages carry rank history, performance ratings, competences, transfers and their
// steps. These tables already have uuid, modified_at and origin_office (versions 3, 6 and 7); what they
// lack are the tombstones that let their deletions travel. The ratings and competences of an employee
// are saved by deleting and re-inserting them with their UUIDs, so an insert also removes a tombstone
// of its UUID: a record that exists again is no longer deleted.
Status toVersion11(const QSqlDatabase &db) {
    QStringList statements;
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    for (const QString &table : {QStringLiteral("rank_history"), QStringLiteral("performance_rating"),
                                QStringLiteral("competence"), QStringLiteral("transfer"),
                                QStringLiteral("transfer_step")}) {
        statements << QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 BEGIN "
                                     "INSERT OR REPLACE INTO exchange_tombstone(uuid, entity, deleted_at, "
                                     "origin_office, recorded_at) VALUES(OLD.uuid, '%1', %2, "
                                     "coalesce((SELECT value FROM meta WHERE key = 'office_id'), ''), %2); END")
                          .arg(table, now)
                   << QStringLiteral("CREATE TRIGGER %1_untombstone AFTER INSERT ON %1 BEGIN "
                                     "DELETE FROM exchange_tombstone WHERE uuid = NEW.uuid; END")
                          .arg(table);
    }
    return sql::runAll(db, statements);
}

} // namespace

QList<MigrationStep> standardSteps() {
    return {
        {1, QStringLiteral("0.1.0"), toVersion1},
        {2, QStringLiteral("0.1.0"), toVersion2},
        {3, QStringLiteral("0.1.0"), toVersion3},
        {4, QStringLiteral("0.1.0"), toVersion4},
        {5, QStringLiteral("0.1.0"), toVersion5},
        {6, QStringLiteral("0.1.0"), toVersion6},
        {7, QStringLiteral("0.1.0"), toVersion7},
        {8, QStringLiteral("0.1.0"), toVersion8},
        {9, QStringLiteral("0.1.0"), toVersion9},
        {10, QStringLiteral("0.1.0"), toVersion10},
        {11, QStringLiteral("0.1.0"), toVersion11},
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
