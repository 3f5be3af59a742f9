#include "importcommitter.h"

#include "access/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "importing/employeesnapshot.h"
#include "importing/positionmatcher.h"
#include "records/employeebatchwriter.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QJsonObject>
#include <QSqlError>

namespace imbang {
namespace {

UnitKind guessUnitKind(const QString &name) {
    const QString n = name.toLower();
    if (n.startsWith(QLatin1String("sd")) || n.startsWith(QLatin1String("smp")) || n.startsWith(QLatin1String("sma")) ||
        n.startsWith(QLatin1String("smk")) || n.startsWith(QLatin1String("slb")) || n.startsWith(QLatin1String("tk ")))
        return UnitKind::School;
    if (n.startsWith(QLatin1String("puskesmas")))
        return UnitKind::Puskesmas;
    if (n.startsWith(QLatin1String("uptd")))
        return UnitKind::Uptd;
    if (n.startsWith(QLatin1String("dinas")) || n.startsWith(QLatin1String("badan")) ||
        n.startsWith(QLatin1String("sekretariat")) || n.startsWith(QLatin1String("inspektorat")))
        return UnitKind::Opd;
    return UnitKind::Other;
}

class Writer {
public:
    explicit Writer(const QSqlDatabase &db)
        : m_item(db, QStringLiteral("INSERT INTO import_batch_item(batch_id, entity, entity_id, action, before) "
                                    "VALUES(?, ?, ?, ?, ?)")),
          m_insertedRange(db, QStringLiteral("INSERT INTO import_batch_item(batch_id, entity, entity_id, action) "
                                             "SELECT ?, 'employee', id, 'insert' FROM employee WHERE id BETWEEN ? AND ?")),
          m_discrepancy(db, QStringLiteral("INSERT INTO import_discrepancy(batch_id, employee_id, old_unit_id, "
                                           "old_position_id, new_unit_id, new_position_id, new_position_tmt, decision, "
                                           "source_row) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {}

    Status item(qint64 batch, const QString &entity, qint64 id, const QString &action, const QVariant &before) {
        m_item.bind(0, batch);
        m_item.bind(1, entity);
        m_item.bind(2, id);
        m_item.bind(3, action);
        m_item.bind(4, before);
        return exec(m_item);
    }

    // The items of the employees inserted by this batch, in one statement: their ids are the
    // consecutive range the inserts were given.
    Status insertedEmployees(qint64 batch, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return {};
        if (ids.last() - ids.first() + 1 != ids.size()) {
            for (qint64 id : ids)
                if (Status s = item(batch, QStringLiteral("employee"), id, QStringLiteral("insert"), {}); !s)
                    return s;
            return {};
        }
        m_insertedRange.bind(0, batch);
        m_insertedRange.bind(1, ids.first());
        m_insertedRange.bind(2, ids.last());
        return exec(m_insertedRange);
    }

    Status discrepancy(qint64 batch, const PreviewRow &row, const Employee &old, qint64 newUnit, qint64 newPosition) {
        m_discrepancy.bindAll({batch, old.id, sql::nullIfZero(old.unitId), sql::nullIfZero(old.positionId),
                               sql::nullIfZero(newUnit), sql::nullIfZero(newPosition), QVariant(),
                               row.decision == DiscrepancyDecision::Transfer ? QStringLiteral("TRANSFER")
                                                                              : QStringLiteral("UNDECIDED"),
                               row.sourceRow});
        return exec(m_discrepancy);
    }

private:
    static Status exec(SqliteStatement &q) {
        if (Status s = q.exec(); !s)
            return Status::failure(
                QCoreApplication::translate("ImportCommitter", "Saving the import failed: %1").arg(s.error()));
        return {};
    }
    SqliteStatement m_item;
    SqliteStatement m_insertedRange;
    SqliteStatement m_discrepancy;
};

// The secondary indexes of a table, dropped for a bulk insert and built again afterwards: SQLite
// builds an index from sorted keys far faster than it takes 100,000 rows one by one in random order.
// Only the indexes the schema declared (by their stored SQL, unchanged); the UNIQUE ones stay, they
// check the rows. Inside the import's transaction, so a failure puts them back as they were.
class IndexRebuild {
public:
    IndexRebuild(const QSqlDatabase &db, const QString &table) : m_db(db) {
        auto q = sql::run(db,
                          QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                         "AND sql IS NOT NULL ORDER BY name"),
                          {table});
        if (q)
            while (q->next())
                m_indexes.append({q->value(0).toString(), q->value(1).toString()});
    }

    Status drop() {
        for (const auto &[name, statement] : std::as_const(m_indexes))
            if (auto q = sql::run(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !q)
                return Status::failure(q.error());
        m_dropped = true;
        return {};
    }

    Status restore() {
        if (!m_dropped)
            return {};
        for (const auto &[name, statement] : std::as_const(m_indexes))
            if (auto q = sql::run(m_db, statement); !q)
                return Status::failure(q.error());
        m_dropped = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    QList<QPair<QString, QString>> m_indexes;
    bool m_dropped = false;
};

} // namespace

QString fileSha256(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

Expected<CommitResult> ImportCommitter::commit(const QSqlDatabase &db, const ImportPreview &preview,
                                               const CommitOptions &options) {
    if (Status allowed = access::require(db, Permission::ImportData); !allowed)
        return Expected<CommitResult>::failure(allowed.error());
    using Result = Expected<CommitResult>;
    const auto fail = [](const QString &message) { return Result::failure(message); };
    // A large page cache for the length of the import: 100,000 rows go into five indexes in random
    // order, and with SQLite's default 2 MB cache most of the time went into spilling and re-reading
    // pages. The connection's own setting is restored afterwards.
    QVariant previousCache;
    if (auto q = sql::run(db, QStringLiteral("PRAGMA cache_size")); q && q->next())
        previousCache = q->value(0);
    sql::run(db, QStringLiteral("PRAGMA cache_size = -98304"));
    const auto restoreCache = qScopeGuard([&] {
        if (previousCache.isValid())
            sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(previousCache.toLongLong()));
    });
    sql::Transaction transaction(db);
    if (!transaction.isActive())
        return fail(QCoreApplication::translate("ImportCommitter", "The import could not start: %1")
                        .arg(transaction.error()));
    const QDateTime now = Clock::now();
    const QVariant stamp = sql::fromDateTime(now);
    const QUuid batchUuid = QUuid::createUuid();
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO import_batch(uuid, file_name, file_sha256, sheet, imported_at, "
                                            "actor) VALUES(?, ?, ?, ?, ?, ?)"),
                             {batchUuid.toString(QUuid::WithoutBraces), sql::text(options.fileName),
                              sql::text(options.fileSha256), sql::text(preview.sheetName), stamp, sql::text(actor::current())});
    if (!inserted)
        return fail(inserted.error());
    CommitResult result;
    result.batchId = inserted->lastInsertId().toLongLong();
    Writer writer(db);

    // Positions and units the rows need that are not there yet.
    QHash<QString, qint64> positionIds, unitIds;
    PositionRepository positions(db);
    UnitRepository units(db);
    for (const PreviewRow &row : preview.rows) {
        if (row.hasErrors())
            continue;
        if (!row.newPositionName.isEmpty() && !positionIds.contains(row.newPositionName)) {
            Position p = PositionMatcher::positionFromName(row.newPositionName);
            auto id = positions.insert(p);
            if (!id)
                return fail(id.error());
            positionIds.insert(row.newPositionName, *id);
            if (Status s = writer.item(result.batchId, QStringLiteral("position"), *id, QStringLiteral("insert"), {}); !s)
                return fail(s.error());
            ++result.positionsAdded;
        }
        if (!row.unitText.isEmpty() && !unitIds.contains(row.unitText)) {
            Unit u;
            u.name = row.unitText;
            u.kind = guessUnitKind(u.name);
            u.code = QStringLiteral("IMPOR-%1-%2").arg(result.batchId).arg(unitIds.size() + 1, 3, 10, QLatin1Char('0'));
            auto id = units.insert(u);
            if (!id)
                return fail(id.error());
            unitIds.insert(row.unitText, *id);
            if (Status s = writer.item(result.batchId, QStringLiteral("unit"), *id, QStringLiteral("insert"), {}); !s)
                return fail(s.error());
            ++result.unitsAdded;
        }
    }

    // Many new employees against few on file: rebuilding the indexes afterwards is cheaper.
    int toInsert = 0;
    for (const PreviewRow &row : preview.rows)
        toInsert += row.action == RowAction::Insert && !row.hasErrors() ? 1 : 0;
    IndexRebuild indexes(db, QStringLiteral("employee"));
    if (toInsert >= 20000) {
        qint64 onFile = -1;
        if (auto q = sql::run(db, QStringLiteral("SELECT count(*) FROM employee")); q && q->next())
            onFile = q->value(0).toLongLong(); // the query ends here: DROP INDEX needs no open statement
        if (onFile >= 0 && onFile <= toInsert)
            if (Status s = indexes.drop(); !s)
                return fail(s.error());
    }
    EmployeeBatchWriter employees(db);
    QList<qint64> insertedIds; // batch items written together after the loop
    insertedIds.reserve(preview.rows.size());
    const int total = int(preview.rows.size());
    int done = 0;
    for (const PreviewRow &row : preview.rows) {
        ++done;
        if (options.progress && (done % 1000 == 0 || done == total) && !options.progress(done, total))
            return fail(QCoreApplication::translate("ImportCommitter", "The import was cancelled; nothing was changed."));
        if (row.hasErrors()) {
            ++result.counts.rejected;
            continue;
        }
        Employee e = row.employee;
        const bool applyPlace = row.action == RowAction::Insert || !row.discrepancy ||
                                row.decision == DiscrepancyDecision::Correction;
        const qint64 createdPosition = positionIds.value(row.newPositionName, 0);
        const qint64 createdUnit = unitIds.value(row.unitText, 0);
        if (applyPlace) {
            if (createdPosition)
                e.positionId = createdPosition;
            if (createdUnit)
                e.unitId = createdUnit;
        }
        if (row.discrepancy && row.decision != DiscrepancyDecision::Correction) {
            const Employee &old = preview.before.contains(e.id) ? preview.before[e.id] : row.employee;
            const qint64 newUnit = createdUnit ? createdUnit : row.fileUnitId;
            const qint64 newPosition = createdPosition ? createdPosition : row.filePositionId;
            if (Status s = writer.discrepancy(result.batchId, row, old, newUnit, newPosition); !s)
                return fail(s.error());
            ++result.pending;
        }
        switch (row.action) {
        case RowAction::None: ++result.counts.unchanged; break;
        case RowAction::Insert: {
            e.uuid = QUuid();
            e.modifiedAt = now;
            auto id = employees.insert(e);
            if (!id)
                return fail(QCoreApplication::translate("ImportCommitter", "Row %1: %2").arg(row.sourceRow).arg(id.error()));
            insertedIds.append(*id);
            ++result.counts.inserted;
            break;
        }
        case RowAction::Update: {
            e.modifiedAt = now;
            const auto before = preview.before.constFind(e.id);
            if (before == preview.before.cend())
                return fail(QCoreApplication::translate("ImportCommitter", "Row %1: the previous record of NIP %2 is "
                                                                           "missing; check the file again.")
                                .arg(row.sourceRow)
                                .arg(e.nip));
            if (Status s = employees.update(e); !s)
                return fail(QCoreApplication::translate("ImportCommitter", "Row %1: %2").arg(row.sourceRow).arg(s.error()));
            if (Status s = writer.item(result.batchId, QStringLiteral("employee"), e.id, QStringLiteral("update"),
                                       employeesnapshot::toText(*before));
                !s)
                return fail(s.error());
            ++result.counts.updated;
            break;
        }
        }
    }
    if (Status s = writer.insertedEmployees(result.batchId, insertedIds); !s)
        return fail(s.error());
    if (Status s = indexes.restore(); !s)
        return fail(s.error());
    result.counts.total = total;

    auto counted = sql::run(db,
                            QStringLiteral("UPDATE import_batch SET rows_total = ?, inserted = ?, updated = ?, "
                                           "unchanged = ?, rejected = ?, pending = ?, units_added = ?, "
                                           "positions_added = ? WHERE id = ?"),
                            {total, result.counts.inserted, result.counts.updated, result.counts.unchanged,
                             result.counts.rejected, result.pending, result.unitsAdded, result.positionsAdded,
                             result.batchId});
    if (!counted)
        return fail(counted.error());
    AuditRecord audit;
    audit.action = QStringLiteral("import");
    audit.entity = QStringLiteral("import_batch");
    audit.entityUuid = batchUuid;
    audit.summary = QCoreApplication::translate("ImportCommitter", "Import of %1: %2 new, %3 updated, %4 rejected")
                        .arg(options.fileName)
                        .arg(result.counts.inserted)
                        .arg(result.counts.updated)
                        .arg(result.counts.rejected);
    audit.after = QJsonObject{{QStringLiteral("file"), options.fileName},
                              {QStringLiteral("sha256"), options.fileSha256},
                              {QStringLiteral("inserted"), result.counts.inserted},
                              {QStringLiteral("updated"), result.counts.updated},
                              {QStringLiteral("unchanged"), result.counts.unchanged},
                              {QStringLiteral("rejected"), result.counts.rejected},
                              {QStringLiteral("pending"), result.pending}};
    if (Status s = AuditTrail(db).record(audit); !s)
        return fail(s.error());
    if (Status s = transaction.commit(); !s)
        return fail(s.error());
    ChangeBus::notify(QStringLiteral("employee"));
    return result;
}

} // namespace imbang
