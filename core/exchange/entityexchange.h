#pragma once

#include "exchange/packagerecords.h"
#include "util/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QMultiHash>
#include <QVariant>
#include <QString>

#include <functional>
#include <memory>

namespace imbang::exchange {

// One field of a record in its canonical text form. References hold the UUID the record has in
// this database, so that a record compares equal here whichever office sent it.
struct Field {
    QLatin1String name;
    QString value;
};
using Fields = QList<Field>;

// A record as the merge sees it, whatever its entity.
struct RecordView {
    qint64 localId = 0; // rows of this database only
    QString uuid;
    QString naturalKey; // NIP, unit code, position name, ...: matches records made separately in two offices
    QString label;      // for people: "Budi Santoso (NIP 19791026 200309 1 001)"
    Fields fields;
    QString modifiedAt;
    QString originOffice;
};

// State shared by the entities while a package is compared with this database.
struct MergeContext {
    // Package UUID -> UUID of the same record here, for records matched by their natural key.
    QHash<QString, QString> aliases;
    // UUID -> short label of units and positions, for showing references.
    QHash<QString, QString> labels;

    QString local(const QString &uuid) const { return aliases.value(uuid, uuid); }
    QString labelOf(const QString &uuid) const { return labels.value(local(uuid), uuid); }
};

// State of one export while the entities add their records.
struct ExportRun {
    QSqlDatabase db;
    bool allUnits = true;
    QSet<qint64> scopeUnits;    // when !allUnits: the chosen units and their sub-units
    QString since;              // empty, or: only records changed after this time (ISO)
    QString ownOfficeId;        // fills an empty origin_office
    PackagePayload payload;
    QHash<QString, QSet<qint64>> required; // entity -> ids other records point to
    bool wantHashes = false;    // remember what was sent (export to a known office)
    QList<std::pair<QString, qint64>> sentHashes; // uuid -> content hash
    std::function<bool()> cancelled;

    // Whether the records of one row count as changed since `since` (SQL expression on `alias`).
    QString changedExpression(const QString &alias) const;
};

// State of one import while the entities write their records.
struct ApplyRun {
    QSqlDatabase db;
    // entity -> local UUID -> local id, for resolving references; grows as records are inserted.
    QHash<QString, QHash<QString, qint64>> ids;
    // References that could not be set yet (a unit whose parent comes later): entity -> (id, UUID).
    QMultiHash<QString, std::pair<qint64, QString>> deferred;
    QStringList warnings;
    // Prepared statements, reused for every record (a prepare per row would halve the speed). Keyed
    // by the address of the statement's text: the entities pass string literals.
    struct Prepared {
        QString text;
        std::shared_ptr<QSqlQuery> query;
    };
    QHash<const void *, Prepared> statements;

    // Runs `statement` (prepared once per run) with `values`; on failure the message names what()
    // (only made then: translating a label for each of 100,000 records costs more than the insert).
    Status exec(const QString &statement, const QVariantList &values, const std::function<QString()> &what);
    qint64 lastInsertId(const QString &statement) const;

    qint64 idOf(const QString &entity, const QString &localUuid) const {
        return ids.value(entity).value(localUuid, 0);
    }
};

// What one entity type (employees, units, ...) contributes to packages: reading its rows, adding
// them to a payload, describing package records for the merge, and writing them. The merge rules are
// generic (PackageImporter); an entity only knows its table and its fields. See the README note
// "Menambah entitas ke paket" for adding one.
class EntityExchange {
public:
    virtual ~EntityExchange() = default;

    virtual QString entity() const = 0; // "employee": audit entity, ChangeBus topic, tombstone entity
    virtual QString table() const = 0;
    virtual QString title() const = 0;  // translated, e.g. "Pegawai"
    virtual QString fieldTitle(QLatin1String field) const = 0;
    // A field value as people read it; references show the label of the record they point to.
    virtual QString displayValue(QLatin1String field, const QString &value, const MergeContext &context) const;

    // Export: adds the rows the run selects, and those other records require, to run.payload.
    virtual Status collect(ExportRun &run) const = 0;

    // Import.
    virtual Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const = 0;
    virtual qsizetype incomingCount(const PackagePayload &payload) const = 0;
    virtual QString incomingUuid(const PackagePayload &payload, qsizetype index) const = 0;
    // UUID and natural key only; called before every record of the entity is matched.
    virtual std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                         const MergeContext &context) const = 0;
    virtual RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const = 0;
    // A translated message when the record cannot be stored as it is; empty when it can.
    virtual QString validate(const PackagePayload &payload, qsizetype index) const = 0;
    // Inserts (localId 0) or updates the record; new ids go into run.ids. False when the record had to
    // be skipped (the reason is in run.warnings).
    virtual Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                         const MergeContext &context) const = 0;
    // Called once after all writes of this entity (e.g. unit parents that came later in the package).
    virtual Status finishWrites(ApplyRun &) const { return {}; }
};

// The entities packages carry, in dependency order (a record only refers to entities before it).
const QList<std::shared_ptr<const EntityExchange>> &exchangedEntities();
const EntityExchange *entityNamed(const QString &entity);

// Canonical content hash of a record (64 bits of BLAKE2b), and the hash that stands for "deleted".
qint64 contentHash(const QString &entity, const Fields &fields);
qint64 deletedHash();
QJsonObject toJson(const Fields &fields);

// Conversions between the database's QVariant values and the records' UTF-8 text.
namespace recordtext {
inline std::string from(const QVariant &value) { return value.isNull() ? std::string() : value.toString().toStdString(); }
inline QString to(const std::string &text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
bool isIsoDate(const std::string &text);     // empty counts as valid (no date)
bool isIsoDateTime(const std::string &text); // must not be empty
bool isUuid(const std::string &text);
} // namespace recordtext

} // namespace imbang::exchange
