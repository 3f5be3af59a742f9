#include "importbatchrepository.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "importing/employeesnapshot.h"
#include "records/employeecolumns.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>

namespace imbang {
namespace {

const QString batchColumns = QStringLiteral(
    "SELECT id, uuid, file_name, file_sha256, sheet, imported_at, actor, rows_total, inserted, updated, unchanged, "
    "rejected, pending, units_added, positions_added, undone_at FROM import_batch");

ImportBatch readBatch(const QSqlQuery &q) {
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.uuid = QUuid::fromString(q.value(1).toString());
    b.fileName = q.value(2).toString();
    b.fileSha256 = q.value(3).toString();
    b.sheet = q.value(4).toString();
    b.importedAt = sql::toDateTime(q.value(5));
    b.actor = q.value(6).toString();
    b.rowsTotal = q.value(7).toInt();
    b.inserted = q.value(8).toInt();
    b.updated = q.value(9).toInt();
    b.unchanged = q.value(10).toInt();
    b.rejected = q.value(11).toInt();
    b.pending = q.value(12).toInt();
    b.unitsAdded = q.value(13).toInt();
    b.positionsAdded = q.value(14).toInt();
    b.undoneAt = sql::toDateTime(q.value(15));
    return b;
}

} // namespace

QList<ImportBatch> ImportBatchRepository::all() const {
    QList<ImportBatch> list;
    auto q = sql::run(m_db, batchColumns + QStringLiteral(" ORDER BY id DESC"));
    if (q)
        while (q->next())
            list << readBatch(*q);
    return list;
}

std::optional<ImportBatch> ImportBatchRepository::byId(qint64 id) const {
    auto q = sql::run(m_db, batchColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (q && q->next())
        return readBatch(*q);
    return std::nullopt;
}

Status ImportBatchRepository::undo(qint64 batchId) {
    if (Status allowed = access::require(m_db, Permission::ImportData); !allowed)
        return allowed;
    const auto batch = byId(batchId);
    if (!batch)
        return Status::failure(QCoreApplication::translate("ImportBatchRepository", "There is no import number %1.")
                                   .arg(batchId));
    if (batch->isUndone())
        return Status::failure(QCoreApplication::translate("ImportBatchRepository", "The import of %1 was already undone.")
                                   .arg(batch->fileName));
    sql::Transaction transaction(m_db);
    const QString stamp = sql::fromDateTime(batch->importedAt).toString();

    // Records changed after the import: undoing would destroy those changes.
    auto changed = sql::run(m_db,
                            QStringLiteral("SELECT e.nip, e.name FROM import_batch_item i JOIN employee e ON "
                                           "e.id = i.entity_id WHERE i.batch_id = ? AND i.entity = 'employee' AND "
                                           "e.modified_at <> ? LIMIT 6"),
                            {batchId, stamp});
    if (!changed)
        return Status::failure(changed.error());
    QStringList names;
    while (changed->next())
        names << QStringLiteral("%1 (%2)").arg(changed->value(1).toString(), changed->value(0).toString());
    if (!names.isEmpty())
        return Status::failure(
            QCoreApplication::translate("ImportBatchRepository",
                                        "The import of %1 cannot be undone: records it wrote were changed afterwards, "
                                        "for example %2. Undo the later imports or edits first.")
                .arg(batch->fileName, names.mid(0, 5).join(QStringLiteral(", "))));

    if (Status s = sql::runAll(m_db, {QStringLiteral("DELETE FROM import_discrepancy WHERE batch_id = %1").arg(batchId)}); !s)
        return s;
    auto items = sql::run(m_db,
                          QStringLiteral("SELECT entity, entity_id, action, before FROM import_batch_item WHERE "
                                         "batch_id = ? ORDER BY CASE entity WHEN 'employee' THEN 0 ELSE 1 END"),
                          {batchId});
    if (!items)
        return Status::failure(items.error());
    QSqlQuery remove(m_db), restore(m_db), removeUnit(m_db), removePosition(m_db);
    remove.prepare(QStringLiteral("DELETE FROM employee WHERE id = ?"));
    restore.prepare(employeecolumns::updateStatement());
    removeUnit.prepare(QStringLiteral("DELETE FROM unit WHERE id = ? AND NOT EXISTS (SELECT 1 FROM employee WHERE "
                                      "unit_id = ?) AND NOT EXISTS (SELECT 1 FROM unit WHERE parent_id = ?)"));
    removePosition.prepare(
        QStringLiteral("DELETE FROM position WHERE id = ? AND NOT EXISTS (SELECT 1 FROM employee WHERE position_id = ?)"));
    const auto failed = [&](const QSqlQuery &q) {
        return Status::failure(QCoreApplication::translate("ImportBatchRepository",
                                                           "Undoing the import of %1 failed; nothing was changed. %2")
                                   .arg(batch->fileName, q.lastError().text()));
    };
    int restored = 0;
    while (items->next()) {
        const QString entity = items->value(0).toString();
        const qint64 id = items->value(1).toLongLong();
        const bool inserted = items->value(2).toString() == QLatin1String("insert");
        if (entity == QLatin1String("employee")) {
            if (inserted) {
                remove.bindValue(0, id);
                if (!remove.exec())
                    return failed(remove);
            } else {
                QVariantList values;
                qint64 recordId = 0;
                if (!employeesnapshot::restore(items->value(3).toString(), values, recordId) || recordId != id)
                    return Status::failure(QCoreApplication::translate(
                        "ImportBatchRepository", "The saved state of a record of this import is unreadable; the "
                                                 "import cannot be undone."));
                for (int i = 0; i < values.size(); ++i)
                    restore.bindValue(i, values.at(i));
                restore.bindValue(int(values.size()), id);
                if (!restore.exec())
                    return failed(restore);
            }
            ++restored;
        } else if (entity == QLatin1String("unit")) {
            for (int i = 0; i < 3; ++i)
                removeUnit.bindValue(i, id);
            if (!removeUnit.exec())
                return failed(removeUnit);
        } else {
            removePosition.bindValue(0, id);
            removePosition.bindValue(1, id);
            if (!removePosition.exec())
                return failed(removePosition);
        }
    }
    auto marked = sql::run(m_db, QStringLiteral("UPDATE import_batch SET undone_at = ? WHERE id = ?"),
                           {sql::fromDateTime(Clock::now()), batchId});
    if (!marked)
        return Status::failure(marked.error());
    AuditRecord audit;
    audit.action = QStringLiteral("import.undo");
    audit.entity = QStringLiteral("import_batch");
    audit.entityUuid = batch->uuid;
    audit.summary = QCoreApplication::translate("ImportBatchRepository", "Undo of the import of %1 (%2 records)")
                        .arg(batch->fileName)
                        .arg(restored);
    audit.before = QJsonObject{{QStringLiteral("file"), batch->fileName}, {QStringLiteral("records"), restored}};
    if (Status s = AuditTrail(m_db).record(audit); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    return {};
}

QList<ImportDiscrepancy> ImportBatchRepository::openDiscrepancies() const {
    QList<ImportDiscrepancy> list;
    auto q = sql::run(m_db, QStringLiteral("SELECT id, batch_id, employee_id, old_unit_id, old_position_id, new_unit_id, "
                                           "new_position_id, decision, source_row FROM import_discrepancy WHERE "
                                           "resolved_at IS NULL ORDER BY id"));
    if (q)
        while (q->next())
            list << ImportDiscrepancy{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                                      q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                                      q->value(6).toLongLong(), q->value(7).toString(),     q->value(8).toInt()};
    return list;
}

Status ImportBatchRepository::resolveDiscrepancy(qint64 id) {
    if (Status allowed = access::require(m_db, Permission::ImportData); !allowed)
        return allowed;
    auto q = sql::run(m_db, QStringLiteral("UPDATE import_discrepancy SET resolved_at = ? WHERE id = ?"),
                      {sql::fromDateTime(Clock::now()), id});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
