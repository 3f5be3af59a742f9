#pragma once

#include "util/expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace imbang {

// What changed: entity kind and id, the action, and the record before and after (JSON).
struct AuditRecord {
    QString action;  // "create", "update", "deactivate", "import", "transfer.approve", ...
    QString entity;  // "employee", "unit", "position", "transfer", ...
    QUuid entityUuid;
    QString summary; // one line for people, e.g. "Ubah jabatan Budi Santoso"
    QJsonObject before;
    QJsonObject after;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    AuditRecord record;
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString entity;         // empty: all
    QUuid entityUuid;       // null: all
    QString actor;          // empty: all
    QDateTime from, to;     // invalid: open
    QString text;           // words in the summary
    int limit = 0;          // 0: no limit
};

struct AuditVerification {
    bool intact = true;
    int entriesChecked = 0;
    qint64 firstBrokenId = 0; // the first entry whose hash or link does not hold
    QString message;          // translated
};

// The append-only audit trail. Every entry's hash covers its content and the previous entry's
// hash, so editing, deleting or reordering rows behind the program's back breaks the chain at the
// first place touched, and verify() reports it. The last id and hash are also kept in the meta table
// (audit_head), so entries cut off the end are noticed as well.
class AuditTrail {
public:
    explicit AuditTrail(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends an entry by the current actor (actor::current()) at Clock::now().
    Status record(const AuditRecord &record);
    // The same under a given name: a failed login is recorded under the name that was tried.
    Status record(const AuditRecord &record, const QString &actorName);
    QList<AuditEntry> entries(const AuditFilter &filter = {}) const;
    AuditVerification verify() const;

    static QString hashOf(const AuditEntry &entry); // hex SHA-256
    static QString genesisHash();                   // prev_hash of the first entry

private:
    QSqlDatabase m_db;
};

// Appends many entries through one prepared statement, as AuditTrail::record() would one by one
// (same chain, same hashes), for imports that change thousands of records at once. Every entry gets
// the actor and the time at which the batch was made. The caller owns the transaction and calls
// finish() before committing it.
class AuditBatch {
public:
    explicit AuditBatch(QSqlDatabase db);
    Status record(const AuditRecord &record);
    // Notes the last entry as the trail's head (audit_head), as AuditTrail::record() does; without it
    // verify() would take the batch's entries for ones added outside the program.
    Status finish();

private:
    // The last before/after object and its text: the entries of a batch often share one (an import
    // names its package in each), and serialising 100,000 equal objects is a visible cost.
    struct JsonText {
        QJsonObject object;
        QString text;
        const QString &of(const QJsonObject &value);
    };

    QSqlDatabase m_db;
    QSqlQuery m_insert;
    JsonText m_before;
    JsonText m_after;
    bool m_started = false;
    qint64 m_nextId = 1;
    QString m_prevHash;
    QDateTime m_at;
    QVariant m_atText;
    QString m_atHashText;
    QString m_actor;
};

} // namespace imbang
