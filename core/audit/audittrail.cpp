#include "audittrail.h"

#include "audit/actor.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace imbang {
namespace {

QString compactJson(const QJsonObject &object) {
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text) {
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString selectColumns = QStringLiteral(
    "SELECT id, at, actor, action, entity, entity_uuid, summary, before, after, prev_hash, hash FROM audit_entry");

AuditEntry readEntry(const QSqlQuery &q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = sql::toDateTime(q.value(1));
    e.actor = q.value(2).toString();
    e.record.action = q.value(3).toString();
    e.record.entity = q.value(4).toString();
    e.record.entityUuid = QUuid::fromString(q.value(5).toString());
    e.record.summary = q.value(6).toString();
    e.record.before = parseJson(q.value(7).toString());
    e.record.after = parseJson(q.value(8).toString());
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

} // namespace

QString AuditTrail::genesisHash() { return QString(64, QLatin1Char('0')); }

namespace {

// Appends `text` as a JSON string exactly as QJsonDocument's compact writer does (escapes for quote,
// backslash and control characters, everything else as UTF-8). Returns false for text with a
// surrogate, which the caller leaves to QJsonDocument. QJsonArray converts every element through
// CBOR, which made hashing the slowest part of an import writing 100,000 entries.
bool appendJsonString(QByteArray &out, const QString &text) {
    for (const QChar c : text)
        if (c.isSurrogate())
            return false;
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u != '"' && u != '\\') {
            out += ch;
            continue;
        }
        out += '\\';
        switch (u) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    out += '"';
    return true;
}

// The hash of an entry, given its time and before/after in their stored text form.
QString hashOfParts(const AuditEntry &e, const QString &at, const QString &before, const QString &after) {
    // A JSON array fixes the order and escapes every field, so no two entries serialise alike.
    const QString fields[] = {QString::number(e.id),
                              at,
                              e.actor,
                              e.record.action,
                              e.record.entity,
                              e.record.entityUuid.isNull() ? QString()
                                                           : e.record.entityUuid.toString(QUuid::WithoutBraces),
                              e.record.summary,
                              before,
                              after,
                              e.prevHash};
    QByteArray json;
    json.reserve(256 + 2 * (before.size() + after.size() + e.record.summary.size()));
    json += '[';
    bool plain = true;
    for (const QString &field : fields) {
        if (json.size() > 1)
            json += ',';
        if (!appendJsonString(json, field)) {
            plain = false;
            break;
        }
    }
    json += ']';
    if (!plain) {
        QJsonArray array;
        for (const QString &field : fields)
            array.append(field);
        json = QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AuditTrail::hashOf(const AuditEntry &e) {
    return hashOfParts(e, e.at.toUTC().toString(Qt::ISODateWithMs), compactJson(e.record.before),
                       compactJson(e.record.after));
}

Status AuditTrail::record(const AuditRecord &record) { return this->record(record, actor::current()); }

Status AuditTrail::record(const AuditRecord &record, const QString &actorName) {
    sql::Transaction transaction(m_db);
    auto last = sql::run(m_db, QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
    if (!last)
        return Status::failure(last.error());
    AuditEntry entry;
    entry.id = 1;
    entry.prevHash = genesisHash();
    if (last->next()) {
        entry.id = last->value(0).toLongLong() + 1;
        entry.prevHash = last->value(1).toString();
    }
    entry.at = Clock::now();
    // Stored with millisecond precision; hash what is stored.
    entry.at = sql::toDateTime(sql::fromDateTime(entry.at));
    entry.actor = actorName.trimmed().isEmpty() ? actor::current() : actorName.trimmed();
    entry.record = record;
    entry.hash = hashOf(entry);
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO audit_entry(id, at, actor, action, entity, entity_uuid, summary, "
                                     "before, after, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {entry.id, sql::fromDateTime(entry.at), entry.actor, record.action, record.entity,
                       sql::text(record.entityUuid.isNull() ? QString()
                                                            : record.entityUuid.toString(QUuid::WithoutBraces)),
                       sql::text(record.summary), sql::text(compactJson(record.before)),
                       sql::text(compactJson(record.after)), entry.prevHash, entry.hash},
                      QCoreApplication::translate("AuditTrail", "writing the audit trail"));
    if (!q)
        return Status::failure(q.error());
    // The head (last id and hash) is kept apart from the rows, so cutting entries off the end of the
    // trail is noticed too: the chain alone cannot tell a shortened trail from a complete one.
    auto head = sql::run(m_db,
                         QStringLiteral("INSERT INTO meta(key, value) VALUES('audit_head', ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {QStringLiteral("%1 %2").arg(entry.id).arg(entry.hash)},
                         QCoreApplication::translate("AuditTrail", "writing the audit trail"));
    if (!head)
        return Status::failure(head.error());
    return transaction.commit();
}

AuditBatch::AuditBatch(QSqlDatabase db) : m_db(std::move(db)), m_insert(m_db) {}

Status AuditBatch::record(const AuditRecord &record) {
    if (!m_started) {
        auto last = sql::run(m_db, QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
        if (!last)
            return Status::failure(last.error());
        m_prevHash = AuditTrail::genesisHash();
        if (last->next()) {
            m_nextId = last->value(0).toLongLong() + 1;
            m_prevHash = last->value(1).toString();
        }
        m_at = sql::toDateTime(sql::fromDateTime(Clock::now()));
        m_atText = sql::fromDateTime(m_at);
        m_atHashText = m_at.toUTC().toString(Qt::ISODateWithMs);
        m_actor = actor::current();
        if (!m_insert.prepare(QStringLiteral("INSERT INTO audit_entry(id, at, actor, action, entity, entity_uuid, "
                                             "summary, before, after, prev_hash, hash) "
                                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return Status::failure(QCoreApplication::translate("Sql", "Database error while %1: %2")
                                       .arg(QCoreApplication::translate("AuditTrail", "writing the audit trail"),
                                            m_insert.lastError().text()));
        m_started = true;
    }
    AuditEntry entry;
    entry.id = m_nextId;
    entry.prevHash = m_prevHash;
    entry.at = m_at;
    entry.actor = m_actor;
    entry.record = record;
    // Serialised once, for the hash and for storage.
    const QString before = m_before.of(record.before);
    const QString after = m_after.of(record.after);
    entry.hash = hashOfParts(entry, m_atHashText, before, after);
    const QVariantList values{entry.id,
                              m_atText,
                              entry.actor,
                              record.action,
                              record.entity,
                              sql::text(record.entityUuid.isNull() ? QString()
                                                                   : record.entityUuid.toString(QUuid::WithoutBraces)),
                              sql::text(record.summary),
                              sql::text(before),
                              sql::text(after),
                              entry.prevHash,
                              entry.hash};
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (!m_insert.exec())
        return Status::failure(QCoreApplication::translate("Sql", "Database error while %1: %2")
                                   .arg(QCoreApplication::translate("AuditTrail", "writing the audit trail"),
                                        m_insert.lastError().text()));
    ++m_nextId;
    m_prevHash = entry.hash;
    return {};
}

const QString &AuditBatch::JsonText::of(const QJsonObject &value) {
    if (value != object || (text.isNull() && !value.isEmpty())) {
        object = value;
        text = compactJson(value);
    }
    return text;
}

Status AuditBatch::finish() {
    if (!m_started)
        return {};
    auto head = sql::run(m_db,
                         QStringLiteral("INSERT INTO meta(key, value) VALUES('audit_head', ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {QStringLiteral("%1 %2").arg(m_nextId - 1).arg(m_prevHash)},
                         QCoreApplication::translate("AuditTrail", "writing the audit trail"));
    return head ? Status() : Status::failure(head.error());
}

QList<AuditEntry> AuditTrail::entries(const AuditFilter &filter) const {
    QStringList conditions;
    QVariantList values;
    if (!filter.entity.isEmpty()) {
        conditions << QStringLiteral("entity = ?");
        values << filter.entity;
    }
    if (!filter.entityUuid.isNull()) {
        conditions << QStringLiteral("entity_uuid = ?");
        values << filter.entityUuid.toString(QUuid::WithoutBraces);
    }
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << sql::fromDateTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at <= ?");
        values << sql::fromDateTime(filter.to);
    }
    for (const QString &word : filter.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("instr(lower(summary), ?) > 0");
        values << word;
    }
    QString statement = selectColumns;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QList<AuditEntry> result;
    auto q = sql::run(m_db, statement, values);
    if (q)
        while (q->next())
            result << readEntry(*q);
    return result;
}

AuditVerification AuditTrail::verify() const {
    AuditVerification result;
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY id"));
    if (!q) {
        result.intact = false;
        result.message = q.error();
        return result;
    }
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    while (q->next()) {
        const AuditEntry e = readEntry(*q);
        QString problem;
        if (e.id != expectedId)
            problem = QCoreApplication::translate("AuditTrail", "entry %1 is missing (the next one found is %2)")
                          .arg(expectedId)
                          .arg(e.id);
        else if (e.prevHash != expectedPrev)
            problem = QCoreApplication::translate("AuditTrail", "entry %1 does not follow the entry before it")
                          .arg(e.id);
        else if (hashOf(e) != e.hash)
            problem = QCoreApplication::translate("AuditTrail", "entry %1 was changed after it was written").arg(e.id);
        if (!problem.isEmpty()) {
            result.intact = false;
            result.firstBrokenId = std::min(e.id, expectedId); // a gap: the first missing entry
            result.message =
                QCoreApplication::translate("AuditTrail", "The audit trail is broken: %1. %n entries before it are intact.",
                                            "", result.entriesChecked)
                    .arg(problem);
            return result;
        }
        ++result.entriesChecked;
        expectedPrev = e.hash;
        ++expectedId;
    }
    auto head = sql::run(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    if (head && head->next()) {
        const QStringList parts = head->value(0).toString().split(QLatin1Char(' '));
        const qint64 headId = parts.value(0).toLongLong();
        const qint64 lastId = expectedId - 1;
        QString problem;
        qint64 broken = 0;
        if (headId > lastId) {
            broken = lastId + 1;
            problem = QCoreApplication::translate("AuditTrail", "the entries from %1 to %2 at the end are missing")
                          .arg(broken)
                          .arg(headId);
        } else if (headId < lastId) {
            broken = headId + 1;
            problem = QCoreApplication::translate("AuditTrail", "entry %1 was added outside the program").arg(broken);
        } else if (parts.value(1) != expectedPrev) {
            broken = lastId;
            problem = QCoreApplication::translate("AuditTrail", "entry %1 was changed after it was written").arg(broken);
        }
        if (broken) {
            result.intact = false;
            result.firstBrokenId = broken;
            result.entriesChecked = int(broken - 1);
            result.message =
                QCoreApplication::translate("AuditTrail", "The audit trail is broken: %1. %n entries before it are intact.",
                                            "", result.entriesChecked)
                    .arg(problem);
            return result;
        }
    }
    result.message = QCoreApplication::translate("AuditTrail", "The audit trail is intact: %n entries checked.", "",
                                                 result.entriesChecked);
    return result;
}

} // namespace imbang
