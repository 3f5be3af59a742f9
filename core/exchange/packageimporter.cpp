#include "packageimporter.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "exchange/connectiontuning.h"
#include "exchange/entityexchange.h"
#include "exchange/officekeys.h"
#include "exchange/payloadcodec.h"
#include "storage/changebus.h"
#include "storage/officeinfo.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace imbang::exchange {

namespace {

enum class Side { None, Deleted, Present };

struct PlanItem {
    int entity = 0;      // index in exchangedEntities()
    qsizetype index = 0; // record index in its section, or in payload.tombstones
    bool tombstone = false;
    Side side = Side::None;
    MergeAction action = MergeAction::Unchanged;
    qint64 localId = 0;
    QString incomingUuid;
    QString localUuid;
    QString label;
    qint64 remoteHash = 0;
    bool baseCurrent = false; // the base already holds remoteHash
    Fields localFields;       // the audit's "before", kept for records that may change
};

struct BaseEntry {
    std::optional<qint64> received;
    std::optional<qint64> sent;
};

QDateTime parseTime(const QString &text) { return sql::toDateTime(text); }

} // namespace

struct MergePlan {
    MergeContext context;
    QList<PlanItem> items;
    QHash<QString, QHash<QString, qint64>> ids;
    qint64 officeRef = 0;
};

QString MergeConflict::kindText() const {
    switch (kind) {
    case ConflictKind::BothChanged:
        return QCoreApplication::translate("Exchange", "Changed in both offices since the last exchange");
    case ConflictKind::ChangedHereDeletedThere:
        return QCoreApplication::translate("Exchange", "Changed here, deleted by the sender");
    case ConflictKind::DeletedHereChangedThere:
        return QCoreApplication::translate("Exchange", "Deleted here, changed by the sender");
    case ConflictKind::NeverExchanged:
        return QCoreApplication::translate("Exchange", "Different in the two offices, never exchanged before");
    }
    return {};
}

QString SignerInfo::statusText() const {
    switch (status) {
    case SignerStatus::Own:
        return QCoreApplication::translate("Exchange", "This office's own key");
    case SignerStatus::Trusted:
        return QCoreApplication::translate("Exchange", "Trusted office");
    case SignerStatus::Unknown:
        return QCoreApplication::translate("Exchange", "Not trusted yet");
    case SignerStatus::KeyChanged:
        return QCoreApplication::translate("Exchange", "Known office with a NEW key");
    case SignerStatus::Impostor:
        return QCoreApplication::translate("Exchange", "Claims to be this office, but the key is not ours");
    }
    return {};
}

int ImportPreview::changes() const {
    int total = 0;
    for (const EntityCounts &c : entities)
        total += c.changes();
    return total;
}

PackageImporter::PackageImporter() = default;
PackageImporter::~PackageImporter() = default;

QString PackageImporter::cancelledMessage() {
    return QCoreApplication::translate("Exchange", "The import was cancelled; the database was not changed.");
}

void PackageImporter::report(int percent, const QString &step) const {
    if (m_progress)
        m_progress(percent, step);
}

const PackageHeader &PackageImporter::header() const {
    static const PackageHeader none;
    return m_package ? m_package->header : none;
}

bool PackageImporter::signerAccepted() const {
    return m_package && (m_signer.status == SignerStatus::Own || m_signer.status == SignerStatus::Trusted);
}

Status PackageImporter::open(const QString &path, const QSqlDatabase &db) {
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return Status::failure(QCoreApplication::translate("Exchange", "The file %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (quint64(info.size()) > m_limits.maxFileBytes)
        return Status::failure(QCoreApplication::translate(
            "Exchange", "The package is larger than Imbang accepts. It was not imported."));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("Exchange", "The file %1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return openBytes(file.readAll(), db);
}

Status PackageImporter::openBytes(const QByteArray &bytes, const QSqlDatabase &db) {
    // This office, for opening a package encrypted to it. The key is only loaded, never made here.
    const OfficeInfo own = OfficeInfo::load(db);
    auto keys = OfficeKeys::load(db);
    std::optional<OfficeKeys> ownKeys;
    if (keys)
        ownKeys.emplace(std::move(keys).value());
    const packagefile::Reader reader{own.id, own.name, ownKeys ? &*ownKeys : nullptr};
    auto package = packagefile::verify(bytes, m_limits, &reader);
    if (!package)
        return Status::failure(package.error());
    m_package = std::make_unique<VerifiedPackage>(std::move(package).value());
    m_payload.reset();
    const PackageHeader &h = m_package->header;
    m_signer.officeId = h.senderOffice;
    m_signer.officeName = h.senderName;
    m_signer.region = h.senderRegion;
    m_signer.fingerprint = OfficeKeys::fingerprintOf(h.publicKey);
    m_signer.status = OfficeDirectory(db).statusOf(h.senderOffice, h.publicKey);
    return {};
}

Status PackageImporter::ensurePayload(bool trustSigner) {
    if (!m_package)
        return Status::failure(QCoreApplication::translate("Exchange", "No package is open."));
    switch (m_signer.status) {
    case SignerStatus::Own:
    case SignerStatus::Trusted:
        break;
    case SignerStatus::Impostor:
        return Status::failure(QCoreApplication::translate(
            "Exchange", "The package claims to come from this office itself, but it is signed with another key. "
                        "It was not imported."));
    case SignerStatus::KeyChanged:
        if (!trustSigner)
            return Status::failure(
                QCoreApplication::translate(
                    "Exchange", "The package comes from %1, but it is signed with a different key than this "
                                "office's earlier packages (fingerprint now %2). Call that office: trust the new key "
                                "only if they confirm that they made a new one.")
                    .arg(m_signer.officeName, m_signer.fingerprint));
        break;
    case SignerStatus::Unknown:
        if (!trustSigner)
            return Status::failure(
                QCoreApplication::translate(
                    "Exchange", "The package is signed by %1, an office this database does not trust yet. Its key "
                                "fingerprint is %2. Call that office and compare the fingerprint; trust the office "
                                "only if it matches.")
                    .arg(m_signer.officeName, m_signer.fingerprint));
        break;
    }
    if (m_payload)
        return {};
    // Only now, with hash, signature and signer checked, does Boost.Serialization see the bytes.
    auto payload = payloadcodec::decode(m_package->payload, m_package->header.inflatedSize, m_limits);
    if (!payload)
        return Status::failure(payload.error());
    if (payload->info.senderOffice != m_package->header.senderOffice.toString(QUuid::WithoutBraces).toStdString())
        return Status::failure(QCoreApplication::translate(
            "Exchange", "The package's contents name another sender than its header. It was not imported."));
    if (!m_package->header.recipientOffice.isNull() &&
        payload->info.recipientOffice != m_package->header.recipientOffice.toString(QUuid::WithoutBraces).toStdString())
        return Status::failure(QCoreApplication::translate(
            "Exchange", "The package's contents name another recipient than its header. It was not imported."));
    m_payload = std::make_shared<const PackagePayload>(std::move(payload).value());
    return {};
}

Expected<std::unique_ptr<MergePlan>> PackageImporter::plan(const QSqlDatabase &db, ImportPreview &preview) {
    using R = Expected<std::unique_ptr<MergePlan>>;
    const PackagePayload &payload = *m_payload;
    const auto &entities = exchangedEntities();
    auto plan = std::make_unique<MergePlan>();
    MergeContext &context = plan->context;

    preview.header = m_package->header;
    preview.signer = m_signer;
    preview.encrypted = m_package->header.encrypted();
    if (!preview.encrypted)
        preview.warnings << QCoreApplication::translate(
            "Exchange", "This package was not encrypted: anyone who had the file could read the personal data in "
                        "it. Delete the file from the flash disk or mailbox after importing it.");
    const QString scope = recordtext::to(payload.info.scope);
    if (scope == QLatin1String("since"))
        preview.scopeText = QCoreApplication::translate("Exchange", "changes since %1")
                                .arg(parseTime(recordtext::to(payload.info.since)).toLocalTime().toString(
                                    QStringLiteral("dd-MM-yyyy HH:mm")));
    else if (scope == QLatin1String("units"))
        preview.scopeText =
            QCoreApplication::translate("Exchange", "units %1 with their sub-units").arg(recordtext::to(payload.info.unitCodes));
    else
        preview.scopeText = QCoreApplication::translate("Exchange", "all data");

    const OfficeInfo own = OfficeInfo::load(db);
    if (!payload.info.recipientOffice.empty() &&
        recordtext::to(payload.info.recipientOffice) != own.id.toString(QUuid::WithoutBraces))
        preview.warnings << QCoreApplication::translate("Exchange", "This package was made for another office (%1).")
                                .arg(recordtext::to(payload.info.recipientName));
    {
        auto q = sql::run(db, QStringLiteral("SELECT imported_at FROM exchange_received_package WHERE content_hash = ?"),
                          {m_package->contentHashHex()});
        if (q && q->next())
            preview.alreadyImportedAt = sql::toDateTime(q->value(0));
    }

    // Every record must be storable and appear once, before anything is compared.
    QSet<QString> seen;
    const QString duplicate = QCoreApplication::translate(
        "Exchange", "The package holds the record %1 twice. It is damaged; ask the sending office to make it again.");
    for (const auto &e : entities) {
        const qsizetype n = e->incomingCount(payload);
        for (qsizetype i = 0; i < n; ++i) {
            if (const QString problem = e->validate(payload, i); !problem.isEmpty())
                return R::failure(problem + QLatin1Char(' ') +
                                  QCoreApplication::translate("Exchange", "Nothing was imported."));
            const QString uuid = e->incomingUuid(payload, i);
            if (seen.contains(uuid))
                return R::failure(duplicate.arg(uuid));
            seen.insert(uuid);
        }
    }
    QHash<QString, QList<qsizetype>> tombstonesOf;
    for (qsizetype i = 0; i < qsizetype(payload.tombstones.size()); ++i) {
        const TombstoneRecord &t = payload.tombstones.at(std::size_t(i));
        if (!recordtext::isUuid(t.uuid) || !entityNamed(recordtext::to(t.entity)) ||
            !recordtext::isIsoDateTime(t.deletedAt))
            return R::failure(QCoreApplication::translate(
                "Exchange", "A deletion in the package is invalid. It is damaged; ask the sending office to make it "
                            "again. Nothing was imported."));
        const QString uuid = recordtext::to(t.uuid);
        if (seen.contains(uuid))
            return R::failure(duplicate.arg(uuid));
        seen.insert(uuid);
        tombstonesOf[recordtext::to(t.entity)] << i;
    }

    const auto known = OfficeDirectory(db).byOfficeId(m_package->header.senderOffice);
    if (known && m_signer.status != SignerStatus::Own)
        plan->officeRef = known->id;
    QHash<QString, BaseEntry> base;
    if (plan->officeRef) {
        auto q = sql::run(db, QStringLiteral("SELECT uuid, received_hash, sent_hash FROM exchange_base WHERE office = ?"),
                          {plan->officeRef});
        if (!q)
            return R::failure(q.error());
        while (q->next()) {
            BaseEntry entry;
            if (!q->value(1).isNull())
                entry.received = q->value(1).toLongLong();
            if (!q->value(2).isNull())
                entry.sent = q->value(2).toLongLong();
            base.insert(q->value(0).toString(), entry);
        }
    }
    QHash<QString, QString> deletedHere; // uuid -> deleted_at
    {
        auto q = sql::run(db, QStringLiteral("SELECT uuid, deleted_at FROM exchange_tombstone"));
        if (!q)
            return R::failure(q.error());
        while (q->next())
            deletedHere.insert(q->value(0).toString(), q->value(1).toString());
    }
    QSqlQuery receivedElsewhere(db);
    receivedElsewhere.prepare(QStringLiteral(
        "SELECT 1 FROM exchange_base WHERE uuid = ? AND office <> ? AND received_hash = ? LIMIT 1"));
    const qint64 deleted = deletedHash();
    plan->items.reserve(qsizetype(payload.recordCount()));

    for (int ei = 0; ei < entities.size(); ++ei) {
        const EntityExchange &e = *entities.at(ei);
        report(5 + 80 * ei / int(entities.size()),
               QCoreApplication::translate("Exchange", "Comparing %1").arg(e.title().toLower()));
        if (cancelled())
            return R::failure(cancelledMessage());
        EntityCounts counts;
        counts.entity = e.entity();
        counts.title = e.title();
        auto localsOr = e.localRecords(db, context);
        if (!localsOr)
            return R::failure(localsOr.error());
        QList<RecordView> locals = std::move(localsOr).value();
        QHash<QString, int> byUuid;
        QHash<QString, int> byKey;
        QHash<QString, qint64> &ids = plan->ids[e.entity()];
        byUuid.reserve(locals.size());
        ids.reserve(locals.size());
        for (int j = 0; j < locals.size(); ++j) {
            byUuid.insert(locals.at(j).uuid, j);
            if (!locals.at(j).naturalKey.isEmpty())
                byKey.insert(locals.at(j).naturalKey, j);
            ids.insert(locals.at(j).uuid, locals.at(j).localId);
        }

        // Match: by UUID first, then by natural key (records made separately in two offices). Nothing
        // to match when this database has none of the entity's records (an import into an empty one).
        const qsizetype n = e.incomingCount(payload);
        QList<int> match(n, -1);
        QSet<int> taken;
        for (qsizetype i = 0; i < n && !locals.isEmpty(); ++i) {
            const int j = byUuid.value(e.incomingUuid(payload, i), -1);
            match[i] = j;
            if (j >= 0)
                taken.insert(j);
        }
        for (qsizetype i = 0; i < n && !byKey.isEmpty(); ++i) {
            if (match.at(i) >= 0)
                continue;
            const auto [uuid, key] = e.incomingIdentity(payload, i, context);
            if (key.isEmpty() || deletedHere.contains(uuid))
                continue;
            const int j = byKey.value(key, -1);
            if (j >= 0 && !taken.contains(j)) {
                match[i] = j;
                taken.insert(j);
                context.aliases.insert(uuid, locals.at(j).uuid);
            }
        }

        const auto classify = [&](PlanItem &item, Side side, qint64 localHash, const QString &localTime,
                                  const QString &remoteTime) {
            item.side = side;
            if (side == Side::None) {
                item.action = item.remoteHash == deleted ? MergeAction::Unchanged : MergeAction::Insert;
                return ConflictKind::BothChanged;
            }
            if (localHash == item.remoteHash) {
                item.action = MergeAction::Unchanged;
                return ConflictKind::BothChanged;
            }
            const BaseEntry received = base.value(item.incomingUuid);
            const BaseEntry sent = base.value(item.localUuid);
            const auto theirs = [&] {
                if (item.remoteHash == deleted)
                    return MergeAction::Delete;
                return side == Side::Deleted ? MergeAction::Insert : MergeAction::Update;
            };
            const ConflictKind kind = side == Side::Deleted          ? ConflictKind::DeletedHereChangedThere
                                      : item.remoteHash == deleted ? ConflictKind::ChangedHereDeletedThere
                                                                   : ConflictKind::BothChanged;
            if (received.received || sent.sent) {
                if (item.remoteHash == received.received || item.remoteHash == sent.sent)
                    item.action = MergeAction::KeepLocal; // only we changed it
                else if (localHash == received.received || localHash == sent.sent)
                    item.action = theirs(); // only they changed it
                else
                    item.action = MergeAction::Conflict;
                return kind;
            }
            // No exchange of this record with this office yet: take the newer side only when ours is
            // provably unchanged since it came from some other office.
            const bool remoteNewer = parseTime(remoteTime) > parseTime(localTime);
            if (side == Side::Deleted) {
                item.action = remoteNewer ? MergeAction::Conflict : MergeAction::KeepLocal;
                return kind;
            }
            receivedElsewhere.bindValue(0, item.localUuid);
            receivedElsewhere.bindValue(1, plan->officeRef);
            receivedElsewhere.bindValue(2, localHash);
            if (receivedElsewhere.exec() && receivedElsewhere.next()) {
                item.action = remoteNewer ? theirs() : MergeAction::KeepLocal;
                return kind;
            }
            item.action = MergeAction::Conflict;
            return item.remoteHash == deleted ? kind : ConflictKind::NeverExchanged;
        };

        const auto addConflict = [&](const PlanItem &item, ConflictKind kind, const RecordView *mine,
                                     const RecordView *theirsView, const QString &naturalKey,
                                     const QString &mineTime, const QString &theirsTime) {
            MergeConflict c;
            c.entity = e.entity();
            c.entityTitle = e.title();
            c.uuid = item.incomingUuid;
            c.naturalKey = naturalKey;
            c.label = item.label;
            c.kind = kind;
            c.mineModified = parseTime(mineTime);
            c.theirsModified = parseTime(theirsTime);
            if (mine && theirsView)
                for (int f = 0; f < mine->fields.size() && f < theirsView->fields.size(); ++f) {
                    const Field &a = mine->fields.at(f);
                    const Field &b = theirsView->fields.at(f);
                    if (a.value != b.value)
                        c.differences << FieldDifference{e.fieldTitle(a.name), e.displayValue(a.name, a.value, context),
                                                         e.displayValue(b.name, b.value, context)};
                }
            preview.conflicts << c;
        };

        for (qsizetype i = 0; i < n; ++i) {
            RecordView remote = e.incoming(payload, i, context);
            const QString localUuid = context.local(remote.uuid);
            if (!context.labels.contains(localUuid))
                context.labels.insert(localUuid, remote.label);
            PlanItem item;
            item.entity = ei;
            item.index = i;
            item.incomingUuid = remote.uuid;
            item.remoteHash = contentHash(e.entity(), remote.fields);
            item.label = remote.label;
            const int j = match.at(i);
            ConflictKind kind;
            QString localTime;
            if (j >= 0) {
                const RecordView &mine = locals.at(j);
                item.localId = mine.localId;
                item.localUuid = mine.uuid;
                item.label = mine.label;
                localTime = mine.modifiedAt;
                kind = classify(item, Side::Present, contentHash(e.entity(), mine.fields), localTime, remote.modifiedAt);
                if (item.action == MergeAction::Update || item.action == MergeAction::Conflict)
                    item.localFields = mine.fields;
                if (item.action == MergeAction::Conflict)
                    addConflict(item, kind, &mine, &remote, remote.naturalKey, localTime, remote.modifiedAt);
            } else {
                item.localUuid = remote.uuid;
                const bool gone = deletedHere.contains(remote.uuid);
                localTime = deletedHere.value(remote.uuid);
                kind = classify(item, gone ? Side::Deleted : Side::None, gone ? deleted : 0, localTime,
                                remote.modifiedAt);
                if (item.action == MergeAction::Conflict)
                    addConflict(item, kind, nullptr, nullptr, remote.naturalKey, localTime, remote.modifiedAt);
            }
            item.baseCurrent = base.value(item.incomingUuid).received == item.remoteHash;
            plan->items << std::move(item);
        }

        for (qsizetype t : tombstonesOf.value(e.entity())) {
            const TombstoneRecord &stone = payload.tombstones.at(std::size_t(t));
            PlanItem item;
            item.entity = ei;
            item.index = t;
            item.tombstone = true;
            item.incomingUuid = recordtext::to(stone.uuid);
            item.localUuid = item.incomingUuid;
            item.remoteHash = deleted;
            item.label = item.incomingUuid;
            const QString remoteTime = recordtext::to(stone.deletedAt);
            const int j = byUuid.value(item.incomingUuid, -1);
            if (j >= 0) {
                const RecordView &mine = locals.at(j);
                item.localId = mine.localId;
                item.label = mine.label;
                const ConflictKind kind =
                    classify(item, Side::Present, contentHash(e.entity(), mine.fields), mine.modifiedAt, remoteTime);
                if (item.action == MergeAction::Delete || item.action == MergeAction::Conflict)
                    item.localFields = mine.fields;
                if (item.action == MergeAction::Conflict)
                    addConflict(item, kind, nullptr, nullptr, mine.naturalKey, mine.modifiedAt, remoteTime);
            } else {
                const bool gone = deletedHere.contains(item.incomingUuid);
                classify(item, gone ? Side::Deleted : Side::None, gone ? deleted : 0,
                         deletedHere.value(item.incomingUuid), remoteTime);
            }
            item.baseCurrent = base.value(item.incomingUuid).received == item.remoteHash;
            plan->items << std::move(item);
        }

        for (const PlanItem &item : std::as_const(plan->items)) {
            if (item.entity != ei)
                continue;
            switch (item.action) {
            case MergeAction::Insert: ++counts.inserted; break;
            case MergeAction::Update: ++counts.updated; break;
            case MergeAction::Delete: ++counts.deleted; break;
            case MergeAction::Unchanged:
                if (!item.tombstone)
                    ++counts.unchanged;
                break;
            case MergeAction::KeepLocal: ++counts.keptLocal; break;
            case MergeAction::Conflict: ++counts.conflicts; break;
            }
        }
        preview.entities << counts;
    }
    report(90, QCoreApplication::translate("Exchange", "Comparison done"));
    return plan;
}

Expected<ImportPreview> PackageImporter::preview(const QSqlDatabase &db, bool trustSigner) {
    using R = Expected<ImportPreview>;
    if (Status s = ensurePayload(trustSigner); !s)
        return R::failure(s.error());
    ImportPreview preview;
    // A read transaction, so that the comparison sees one state of the database.
    sql::Transaction snapshot(db);
    auto plan = this->plan(db, preview);
    if (!plan)
        return R::failure(plan.error());
    report(100, QCoreApplication::translate("Exchange", "Done"));
    return preview;
}

Expected<ImportResult> PackageImporter::apply(const QSqlDatabase &db, const Resolutions &resolutions,
                                              bool trustSigner) {
    return apply(
        db, [&resolutions](const MergeConflict &c) { return resolutions.value(c.key(), Resolution::KeepMine); },
        trustSigner);
}

Expected<ImportResult> PackageImporter::apply(const QSqlDatabase &db, const Resolver &resolver, bool trustSigner) {
    if (Status allowed = access::require(db, Permission::ImportData); !allowed)
        return Expected<ImportResult>::failure(allowed.error());
    using R = Expected<ImportResult>;
    if (Status s = ensurePayload(trustSigner); !s)
        return R::failure(s.error());
    const PackageHeader &header = m_package->header;
    const PackagePayload &payload = *m_payload;
    // A large import touches more pages than SQLite's default 2 MB cache holds; spilling them and
    // writing statement journals to temporary files would take most of the time.
    const ConnectionTuning tuning(db);
    sql::Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(QCoreApplication::translate("Exchange", "The import could not start: %1")
                              .arg(transaction.error()));
    OfficeDirectory directory(db);
    if (m_signer.status != SignerStatus::Own) {
        auto id = directory.remember(header.senderOffice, header.senderName, header.senderRegion, header.publicKey);
        if (!id)
            return R::failure(id.error());
        if (trustSigner && m_signer.status != SignerStatus::Trusted)
            if (Status s = directory.setTrusted(id.value(), true); !s)
                return R::failure(s.error());
    }

    ImportPreview preview;
    auto planOr = plan(db, preview);
    if (!planOr)
        return R::failure(planOr.error());
    MergePlan &plan = *planOr.value();
    const auto &entities = exchangedEntities();

    ImportResult result;
    result.entities = preview.entities;
    for (EntityCounts &c : result.entities) {
        c.inserted = c.updated = c.deleted = 0;
    }
    ApplyRun run;
    run.db = db;
    run.ids = plan.ids;
    // One audit entry per change; a batch writer because an import may change 100,000 records.
    AuditBatch audit(db);
    const QString sender = header.senderName;

    // What actually happens to each item once the officer's resolutions are applied.
    QHash<QString, Resolution> decided;
    for (const MergeConflict &c : std::as_const(preview.conflicts))
        decided.insert(c.key(), resolver ? resolver(c) : Resolution::KeepMine);
    QList<MergeAction> effective(plan.items.size());
    QList<bool> skipped(plan.items.size(), false);
    for (qsizetype k = 0; k < plan.items.size(); ++k) {
        const PlanItem &item = plan.items.at(k);
        MergeAction action = item.action;
        if (action == MergeAction::Conflict) {
            const QString key = entities.at(item.entity)->entity() + QLatin1Char(':') + item.incomingUuid;
            if (decided.value(key, Resolution::KeepMine) == Resolution::TakeTheirs) {
                ++result.conflictsTakenTheirs;
                action = item.remoteHash == deletedHash() ? MergeAction::Delete
                         : item.side == Side::Present     ? MergeAction::Update
                                                          : MergeAction::Insert;
            } else {
                ++result.conflictsKeptMine;
                action = MergeAction::KeepLocal;
            }
        }
        effective[k] = action;
    }

    // Translated once: an import may write 100,000 audit entries.
    const QString addedText = QCoreApplication::translate("Exchange", "Added from the package of %1: %2").arg(sender);
    const QString updatedText = QCoreApplication::translate("Exchange", "Updated from the package of %1: %2").arg(sender);
    const QString deletedText = QCoreApplication::translate("Exchange", "Deleted by the package of %1: %2").arg(sender);
    // A new record's content is the package's; the entry names the package (its content hash) instead
    // of repeating every field, which would double the time of a large import.
    const QJsonObject fromPackage{{QStringLiteral("package"), m_package->contentHashHex()}};
    const auto recordAudit = [&](const EntityExchange &e, const PlanItem &item, MergeAction action,
                                 const Fields &after) -> Status {
        AuditRecord record;
        record.entity = e.entity();
        record.entityUuid = QUuid::fromString(item.side == Side::Present ? item.localUuid : item.incomingUuid);
        switch (action) {
        case MergeAction::Insert:
            record.action = QStringLiteral("exchange.insert");
            record.summary = addedText.arg(item.label);
            record.after = fromPackage;
            break;
        case MergeAction::Update:
            record.action = QStringLiteral("exchange.update");
            record.summary = updatedText.arg(item.label);
            for (int f = 0; f < item.localFields.size() && f < after.size(); ++f)
                if (item.localFields.at(f).value != after.at(f).value) {
                    record.before.insert(item.localFields.at(f).name, item.localFields.at(f).value);
                    record.after.insert(after.at(f).name, after.at(f).value);
                }
            break;
        default:
            record.action = QStringLiteral("exchange.delete");
            record.summary = deletedText.arg(item.label);
            record.before = toJson(item.localFields);
            break;
        }
        return audit.record(record);
    };

    report(90, QCoreApplication::translate("Exchange", "Saving the records"));
    int done = 0;
    for (int ei = 0; ei < entities.size(); ++ei) {
        const EntityExchange &e = *entities.at(ei);
        for (qsizetype k = 0; k < plan.items.size(); ++k) {
            const PlanItem &item = plan.items.at(k);
            const MergeAction action = effective.at(k);
            if (item.entity != ei || item.tombstone ||
                (action != MergeAction::Insert && action != MergeAction::Update))
                continue;
            if (++done % 2048 == 0 && cancelled())
                return R::failure(cancelledMessage());
            auto written = e.write(run, payload, item.index, action == MergeAction::Update ? item.localId : 0,
                                   plan.context);
            if (!written)
                return R::failure(written.error() + QLatin1Char(' ') +
                                  QCoreApplication::translate("Exchange", "Nothing was imported."));
            EntityCounts &counts = result.entities[ei];
            if (!written.value()) {
                skipped[k] = true;
                ++counts.skipped;
                continue;
            }
            if (action == MergeAction::Insert && item.side == Side::Deleted) {
                // Deleted here, restored by the officer's choice: it is no longer deleted.
                auto q = sql::run(db, QStringLiteral("DELETE FROM exchange_tombstone WHERE uuid = ?"),
                                  {item.incomingUuid});
                if (!q)
                    return R::failure(q.error());
            }
            const Fields after =
                action == MergeAction::Update ? e.incoming(payload, item.index, plan.context).fields : Fields();
            if (Status s = recordAudit(e, item, action, after); !s)
                return R::failure(s.error());
            ++(action == MergeAction::Insert ? counts.inserted : counts.updated);
        }
        if (Status s = e.finishWrites(run); !s)
            return R::failure(s.error());
    }

    // Deletions last, and records that others point to (units) after those pointing to them.
    for (int ei = int(entities.size()) - 1; ei >= 0; --ei) {
        const EntityExchange &e = *entities.at(ei);
        for (qsizetype k = 0; k < plan.items.size(); ++k) {
            const PlanItem &item = plan.items.at(k);
            if (item.entity != ei || effective.at(k) != MergeAction::Delete || !item.localId)
                continue;
            sql::Transaction one(db);
            auto q = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(e.table()), {item.localId});
            if (!q) {
                // Still in use here (e.g. a unit with employees): keep it and say so.
                result.warnings << QCoreApplication::translate(
                                       "Exchange", "%1 was deleted by the sender but is still in use here; it was "
                                                   "kept.")
                                       .arg(item.label);
                skipped[k] = true;
                ++result.entities[ei].skipped;
                continue;
            }
            const TombstoneRecord *stone = item.tombstone ? &payload.tombstones.at(std::size_t(item.index)) : nullptr;
            if (stone) {
                auto t = sql::run(db, QStringLiteral("UPDATE exchange_tombstone SET deleted_at = ?, origin_office = ? "
                                                     "WHERE uuid = ?"),
                                  {recordtext::to(stone->deletedAt), recordtext::to(stone->originOffice),
                                   item.localUuid});
                if (!t)
                    return R::failure(t.error());
            }
            if (Status s = recordAudit(e, item, MergeAction::Delete, {}); !s)
                return R::failure(s.error());
            if (Status s = one.commit(); !s)
                return R::failure(s.error());
            ++result.entities[ei].deleted;
        }
    }

    // Deletions of records this office never had: kept, so that an older copy arriving later from
    // elsewhere is recognised as deleted.
    const QString now = sql::fromDateTime(Clock::now()).toString();
    for (const PlanItem &item : std::as_const(plan.items)) {
        if (!item.tombstone || item.side != Side::None)
            continue;
        const TombstoneRecord &stone = payload.tombstones.at(std::size_t(item.index));
        auto q = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO exchange_tombstone(uuid, entity, deleted_at, "
                                             "origin_office, recorded_at) VALUES(?, ?, ?, ?, ?)"),
                          {item.incomingUuid, recordtext::to(stone.entity), recordtext::to(stone.deletedAt),
                           sql::text(recordtext::to(stone.originOffice)), now});
        if (!q)
            return R::failure(q.error());
    }

    // The new base: what the sender has now.
    if (plan.officeRef) {
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO exchange_base(office, uuid, received_hash, received_at) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(office, uuid) DO UPDATE SET received_hash = excluded.received_hash, "
            "received_at = excluded.received_at"));
        // In UUID order, so that the index grows at one end instead of at random places.
        QList<qsizetype> order;
        order.reserve(plan.items.size());
        for (qsizetype k = 0; k < plan.items.size(); ++k)
            if (!plan.items.at(k).baseCurrent && !skipped.at(k))
                order << k;
        std::sort(order.begin(), order.end(), [&plan](qsizetype a, qsizetype b) {
            return plan.items.at(a).incomingUuid < plan.items.at(b).incomingUuid;
        });
        for (qsizetype k : std::as_const(order)) {
            const PlanItem &item = plan.items.at(k);
            upsert.bindValue(0, plan.officeRef);
            upsert.bindValue(1, item.incomingUuid);
            upsert.bindValue(2, item.remoteHash);
            upsert.bindValue(3, now);
            if (!upsert.exec())
                return R::failure(QCoreApplication::translate("Exchange", "Database error while %1: %2")
                                      .arg(QCoreApplication::translate("Exchange", "noting what the sender has"),
                                           upsert.lastError().text()));
        }
    }

    for (const EntityCounts &c : std::as_const(result.entities))
        result.changes += c.changes();
    result.warnings << run.warnings;
    if (!preview.alreadyImportedAt.isValid()) {
        auto q = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO exchange_received_package(content_hash, office_id, "
                                             "created_at, imported_at, changes) VALUES(?, ?, ?, ?, ?)"),
                          {m_package->contentHashHex(), header.senderOffice.toString(QUuid::WithoutBraces),
                           sql::fromDateTime(header.createdAt), now, result.changes});
        if (!q)
            return R::failure(q.error());
        if (plan.officeRef)
            if (Status s = directory.touchReceived(plan.officeRef, Clock::now()); !s)
                return R::failure(s.error());
    }
    if (Status s = audit.finish(); !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    result.comparison = std::move(preview);
    for (const EntityCounts &c : std::as_const(result.entities))
        if (c.changes() > 0)
            ChangeBus::notify(c.entity);
    const bool officeChanged = m_signer.status != SignerStatus::Own &&
                               (!result.comparison.alreadyImportedAt.isValid() ||
                                (trustSigner && m_signer.status != SignerStatus::Trusted));
    if (officeChanged)
        ChangeBus::notify(QStringLiteral("exchange_office")); // trust, or the last package received
    if (trustSigner && (m_signer.status == SignerStatus::Unknown || m_signer.status == SignerStatus::KeyChanged))
        m_signer.status = SignerStatus::Trusted;
    report(100, QCoreApplication::translate("Exchange", "Done"));
    return result;
}

} // namespace imbang::exchange
