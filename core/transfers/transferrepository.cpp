#include "transferrepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <limits>

namespace imbang {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT ") + TransferRepository::columns(QString()) + QStringLiteral(" FROM transfer");

// Statuses of a transfer that is on its way: submitted, not yet finished.
const QString pipelineStatuses = QStringLiteral("('DIUSULKAN', 'DIVERIFIKASI', 'DISETUJUI', 'SK_TERBIT')");

} // namespace

Transfer TransferRepository::read(const QSqlQuery &q) {
    Transfer t;
    t.id = q.value(0).toLongLong();
    t.uuid = QUuid::fromString(q.value(1).toString());
    t.number = q.value(2).toString();
    t.batchId = q.value(3).toLongLong();
    t.employeeId = q.value(4).toLongLong();
    t.fromUnitId = q.value(5).toLongLong();
    t.fromPositionId = q.value(6).toLongLong();
    t.fromPositionTmt = sql::toDate(q.value(7));
    t.toUnitId = q.value(8).toLongLong();
    t.toPositionId = q.value(9).toLongLong();
    t.tmt = sql::toDate(q.value(10));
    t.kind = transfercodes::kindFromText(q.value(11).toString()).value_or(TransferKind::WithinAgency);
    t.reason = transfercodes::reasonFromText(q.value(12).toString()).value_or(TransferReason::Other);
    t.notes = q.value(13).toString();
    t.status = transfercodes::statusFromText(q.value(14).toString()).value_or(TransferStatus::Draft);
    t.decreeNumber = q.value(15).toString();
    t.decreeDate = sql::toDate(q.value(16));
    t.executedAt = sql::toDateTime(q.value(17));
    t.reversesId = q.value(18).toLongLong();
    t.createdAt = sql::toDateTime(q.value(19));
    t.modifiedAt = sql::toDateTime(q.value(20));
    t.originOffice = q.value(21).toString();
    return t;
}

namespace {

QList<Transfer> readAll(Expected<QSqlQuery> q) {
    QList<Transfer> all;
    if (q)
        while (q->next())
            all << TransferRepository::read(*q);
    return all;
}

QString uuidText() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString TransferRepository::columns(const QString &alias) {
    QStringList names{QStringLiteral("id"),
                      QStringLiteral("uuid"),
                      QStringLiteral("number"),
                      QStringLiteral("batch_id"),
                      QStringLiteral("employee_id"),
                      QStringLiteral("from_unit_id"),
                      QStringLiteral("from_position_id"),
                      QStringLiteral("from_position_tmt"),
                      QStringLiteral("to_unit_id"),
                      QStringLiteral("to_position_id"),
                      QStringLiteral("tmt"),
                      QStringLiteral("kind"),
                      QStringLiteral("reason"),
                      QStringLiteral("notes"),
                      QStringLiteral("status"),
                      QStringLiteral("decree_number"),
                      QStringLiteral("decree_date"),
                      QStringLiteral("executed_at"),
                      QStringLiteral("reverses_id"),
                      QStringLiteral("created_at"),
                      QStringLiteral("modified_at"),
                      QStringLiteral("origin_office")};
    if (!alias.isEmpty())
        for (QString &n : names)
            n.prepend(alias + QLatin1Char('.'));
    return names.join(QStringLiteral(", "));
}

std::optional<Transfer> TransferRepository::byId(qint64 id) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (q && q->next())
        return read(*q);
    return std::nullopt;
}

std::optional<Transfer> TransferRepository::byNumber(const QString &number) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE number = ? COLLATE NOCASE"),
                      {number.trimmed()});
    if (q && q->next())
        return read(*q);
    return std::nullopt;
}

std::optional<Transfer> TransferRepository::find(const QString &numberOrId) const {
    if (auto t = byNumber(numberOrId))
        return t;
    bool ok = false;
    const qint64 id = numberOrId.trimmed().toLongLong(&ok);
    return ok ? byId(id) : std::nullopt;
}

QList<Transfer> TransferRepository::inBatch(qint64 batchId) const {
    return readAll(
        sql::run(m_db, selectColumns + QStringLiteral(" WHERE batch_id = ? ORDER BY id"), {batchId}));
}

QList<Transfer> TransferRepository::forEmployee(qint64 employeeId) const {
    return readAll(sql::run(m_db, selectColumns + QStringLiteral(" WHERE employee_id = ? ORDER BY id DESC"),
                            {employeeId}));
}

QStringList TransferRepository::openNumbersFor(qint64 employeeId, qint64 excludeId) const {
    QStringList numbers;
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT number FROM transfer WHERE employee_id = ? AND id <> ? AND status NOT IN "
                       "('SELESAI', 'DITOLAK', 'DIBATALKAN') ORDER BY id"),
        {employeeId, excludeId});
    if (q)
        while (q->next())
            numbers << q->value(0).toString();
    return numbers;
}

int TransferRepository::pendingCount(qint64 unitId, qint64 positionId, bool incoming, qint64 transferId,
                                     qint64 batchId) const {
    // Members of the same batch count when they come earlier in it, whatever their open status, so a
    // batch is judged in its own order at every step; other transfers count once submitted.
    const QString side = incoming ? QStringLiteral("to") : QStringLiteral("from");
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT count(*) FROM transfer WHERE %1_unit_id = ? AND %1_position_id = ? "
                                "AND id <> ? AND CASE WHEN batch_id = ? THEN id < ? AND status NOT IN "
                                "('SELESAI', 'DITOLAK', 'DIBATALKAN') ELSE status IN %2 END")
                     .arg(side, pipelineStatuses),
                 {unitId, positionId, transferId, batchId ? QVariant(batchId) : QVariant(-1),
                  transferId ? QVariant(transferId) : QVariant(std::numeric_limits<qint64>::max())});
    return q && q->next() ? q->value(0).toInt() : 0;
}

QString TransferRepository::nextNumber(int year) const {
    const QString prefix = QStringLiteral("MUT-%1-").arg(year);
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM transfer WHERE number LIKE ?"),
        {prefix.size() + 1, prefix + QLatin1Char('%')});
    const int last = q && q->next() ? q->value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Expected<qint64> TransferRepository::insert(Transfer t) {
    if (t.uuid.isNull())
        t.uuid = QUuid::createUuid();
    const QDateTime now = Clock::now();
    if (!t.createdAt.isValid())
        t.createdAt = now;
    t.modifiedAt = now;
    if (t.number.isEmpty())
        t.number = nextNumber(t.createdAt.date().year());
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO transfer(uuid, number, batch_id, employee_id, from_unit_id, from_position_id, "
            "from_position_tmt, to_unit_id, to_position_id, tmt, kind, reason, notes, status, decree_number, "
            "decree_date, executed_at, reverses_id, created_at, modified_at, origin_office) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.uuid.toString(QUuid::WithoutBraces),
         t.number,
         sql::nullIfZero(t.batchId),
         t.employeeId,
         sql::nullIfZero(t.fromUnitId),
         sql::nullIfZero(t.fromPositionId),
         sql::fromDate(t.fromPositionTmt),
         t.toUnitId,
         t.toPositionId,
         sql::fromDate(t.tmt),
         transfercodes::toCode(t.kind),
         transfercodes::toCode(t.reason),
         sql::text(t.notes),
         transfercodes::toCode(t.status),
         sql::text(t.decreeNumber),
         sql::fromDate(t.decreeDate),
         sql::fromDateTime(t.executedAt),
         sql::nullIfZero(t.reversesId),
         sql::fromDateTime(t.createdAt),
         sql::fromDateTime(t.modifiedAt),
         sql::text(t.originOffice)},
        QCoreApplication::translate("TransferRepository", "saving transfer %1").arg(t.number));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

Status TransferRepository::update(Transfer t) {
    t.modifiedAt = Clock::now();
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "UPDATE transfer SET batch_id = ?, employee_id = ?, from_unit_id = ?, from_position_id = ?, "
            "from_position_tmt = ?, to_unit_id = ?, to_position_id = ?, tmt = ?, kind = ?, reason = ?, "
            "notes = ?, status = ?, decree_number = ?, decree_date = ?, executed_at = ?, reverses_id = ?, "
            "modified_at = ? WHERE id = ?"),
        {sql::nullIfZero(t.batchId), t.employeeId, sql::nullIfZero(t.fromUnitId),
         sql::nullIfZero(t.fromPositionId), sql::fromDate(t.fromPositionTmt), t.toUnitId, t.toPositionId,
         sql::fromDate(t.tmt), transfercodes::toCode(t.kind), transfercodes::toCode(t.reason),
         sql::text(t.notes), transfercodes::toCode(t.status), sql::text(t.decreeNumber),
         sql::fromDate(t.decreeDate), sql::fromDateTime(t.executedAt), sql::nullIfZero(t.reversesId),
         sql::fromDateTime(t.modifiedAt), t.id},
        QCoreApplication::translate("TransferRepository", "saving transfer %1").arg(t.number));
    return q ? Status() : Status::failure(q.error());
}

Expected<qint64> TransferRepository::createBatch(const QString &title) {
    const QVariant now = sql::fromDateTime(Clock::now());
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO transfer_batch(uuid, title, created_at, modified_at) "
                                     "VALUES(?, ?, ?, ?)"),
                      {uuidText(), sql::text(title.simplified()), now, now},
                      QCoreApplication::translate("TransferRepository", "saving the proposal"));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

QString TransferRepository::batchTitle(qint64 batchId) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT title FROM transfer_batch WHERE id = ?"), {batchId});
    return q && q->next() ? q->value(0).toString() : QString();
}

Status TransferRepository::addStep(const TransferStep &step) {
    const QVariant at = sql::fromDateTime(step.at.isValid() ? step.at : Clock::now());
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO transfer_step(uuid, transfer_id, from_status, to_status, actor, at, "
                       "comment, checks, modified_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuidText(), step.transferId, sql::text(step.from ? transfercodes::toCode(*step.from) : QString()),
         transfercodes::toCode(step.to), sql::text(step.actor), at, sql::text(step.comment.trimmed()),
         sql::text(step.checks.isEmpty()
                       ? QString()
                       : QString::fromUtf8(QJsonDocument(step.checks).toJson(QJsonDocument::Compact))),
         at},
        QCoreApplication::translate("TransferRepository", "recording a workflow step"));
    return q ? Status() : Status::failure(q.error());
}

QList<TransferStep> TransferRepository::steps(qint64 transferId) const {
    QList<TransferStep> steps;
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT id, transfer_id, from_status, to_status, actor, at, comment, checks "
                                "FROM transfer_step WHERE transfer_id = ? ORDER BY id"),
                 {transferId});
    if (q)
        while (q->next()) {
            TransferStep s;
            s.id = q->value(0).toLongLong();
            s.transferId = q->value(1).toLongLong();
            s.from = transfercodes::statusFromText(q->value(2).toString());
            s.to = transfercodes::statusFromText(q->value(3).toString()).value_or(TransferStatus::Draft);
            s.actor = q->value(4).toString();
            s.at = sql::toDateTime(q->value(5));
            s.comment = q->value(6).toString();
            s.checks = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).array();
            steps << s;
        }
    return steps;
}

QList<RuleOverride> TransferRepository::overrides(qint64 transferId) const {
    QList<RuleOverride> all;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT rule, justification, actor, at FROM transfer_override "
                                     "WHERE transfer_id = ? ORDER BY id"),
                      {transferId});
    if (q)
        while (q->next())
            all << RuleOverride{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                sql::toDateTime(q->value(3))};
    return all;
}

Status TransferRepository::setOverride(qint64 transferId, const RuleOverride &value) {
    const QVariant at = sql::fromDateTime(value.at.isValid() ? value.at : Clock::now());
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO transfer_override(uuid, transfer_id, rule, justification, actor, at, "
                       "modified_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(transfer_id, rule) DO "
                       "UPDATE SET justification = excluded.justification, actor = excluded.actor, "
                       "at = excluded.at, modified_at = excluded.modified_at"),
        {uuidText(), transferId, value.rule, sql::text(value.justification.trimmed()), sql::text(value.actor),
         at, at},
        QCoreApplication::translate("TransferRepository", "saving a justification"));
    return q ? Status() : Status::failure(q.error());
}

Status TransferRepository::removeOverride(qint64 transferId, const QString &rule) {
    auto q =
        sql::run(m_db, QStringLiteral("DELETE FROM transfer_override WHERE transfer_id = ? AND rule = ?"),
                 {transferId, rule});
    return q ? Status() : Status::failure(q.error());
}

QList<DocumentTick> TransferRepository::documents(qint64 transferId) const {
    QList<DocumentTick> all;
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT document, received_on, file_ref, note, actor FROM transfer_document "
                                "WHERE transfer_id = ? ORDER BY id"),
                 {transferId});
    if (q)
        while (q->next())
            all << DocumentTick{q->value(0).toString(), sql::toDate(q->value(1)), q->value(2).toString(),
                                q->value(3).toString(), q->value(4).toString()};
    return all;
}

Status TransferRepository::setDocument(qint64 transferId, const DocumentTick &tick) {
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO transfer_document(uuid, transfer_id, document, received_on, file_ref, "
                       "note, actor, modified_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(transfer_id, document) DO UPDATE SET received_on = "
                       "excluded.received_on, file_ref = excluded.file_ref, note = excluded.note, "
                       "actor = excluded.actor, modified_at = excluded.modified_at"),
        {uuidText(), transferId, tick.document, sql::fromDate(tick.receivedOn),
         sql::text(tick.fileRef.trimmed()), sql::text(tick.note.trimmed()), sql::text(tick.actor),
         sql::fromDateTime(Clock::now())},
        QCoreApplication::translate("TransferRepository", "saving a document of the checklist"));
    return q ? Status() : Status::failure(q.error());
}

Status TransferRepository::removeDocument(qint64 transferId, const QString &document) {
    auto q =
        sql::run(m_db, QStringLiteral("DELETE FROM transfer_document WHERE transfer_id = ? AND document = ?"),
                 {transferId, document});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
