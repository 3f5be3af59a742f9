#include "packageexporter.h"

#include "access/exportlog.h"
#include "access/session.h"
#include "exchange/connectiontuning.h"
#include "exchange/entityexchange.h"
#include "exchange/officedirectory.h"
#include "exchange/officekeys.h"
#include "exchange/packagefile.h"
#include "records/unitrepository.h"
#include "storage/officeinfo.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace imbang::exchange {

QString PackageExporter::cancelledMessage() {
    return QCoreApplication::translate("Exchange", "The export was cancelled; no package was written.");
}

void PackageExporter::report(int percent, const QString &step) const {
    if (m_progress)
        m_progress(percent, step);
}

Expected<ExportSummary> PackageExporter::exportTo(const QString &path, const ExportOptions &options) {
    if (Status allowed = access::require(m_db, Permission::ExportData); !allowed)
        return Expected<ExportSummary>::failure(allowed.error());
    using R = Expected<ExportSummary>;
    ExportSummary summary;
    summary.path = path;

    // Identity first: these are the only writes before the package exists.
    OfficeInfo office = OfficeInfo::load(m_db);
    if (office.id.isNull())
        if (Status s = office.save(m_db); !s)
            return R::failure(s.error());
    auto keys = OfficeKeys::loadOrCreate(m_db);
    if (!keys)
        return R::failure(keys.error());
    summary.fingerprint = keys->fingerprint();

    std::optional<KnownOffice> target;
    if (!options.targetOffice.trimmed().isEmpty()) {
        auto found = OfficeDirectory(m_db).find(options.targetOffice);
        if (!found)
            return R::failure(found.error());
        target = found.value();
        summary.targetName = target->name;
        // Personal data is only encrypted to a key whose fingerprint an officer has confirmed.
        if (!target->trusted)
            return R::failure(QCoreApplication::translate(
                                  "Exchange", "The office %1 is not trusted yet, so its key cannot be used to encrypt "
                                              "the package. Call that office, compare the fingerprint %2 and trust "
                                              "it when you import its package (or in Settings), then export again.")
                                  .arg(target->name, target->fingerprint()));
    } else if (options.sinceLast) {
        return R::failure(QCoreApplication::translate(
            "Exchange", "\"Changes since the last package\" needs the office the package is for."));
    } else if (!options.unencrypted) {
        return R::failure(QCoreApplication::translate(
            "Exchange", "A package that is not for a particular office cannot be encrypted: anyone who gets the "
                        "file can read the personal data in it. Choose the office the package is for, or confirm "
                        "explicitly that it may go unencrypted."));
    }

    ExportRun run;
    run.db = m_db;
    run.ownOfficeId = office.id.toString(QUuid::WithoutBraces);
    run.wantHashes = target.has_value();
    run.cancelled = [this] { return cancelled(); };
    run.allUnits = options.unitCodes.isEmpty();
    if (!run.allUnits) {
        UnitRepository units(m_db);
        for (const QString &code : options.unitCodes) {
            const auto unit = units.byCode(code);
            if (!unit)
                return R::failure(QCoreApplication::translate(
                                      "Exchange", "There is no unit with code \"%1\". Check the code in the unit list.")
                                      .arg(code.trimmed()));
            for (qint64 id : units.subtreeIds(unit->id))
                run.scopeUnits.insert(id);
        }
    }
    if (options.sinceLast) {
        auto q = sql::run(m_db, QStringLiteral("SELECT max(snapshot_at) FROM exchange_sent_package WHERE office = ?"),
                          {target->id});
        if (!q)
            return R::failure(q.error());
        const QDateTime last = q->next() ? sql::toDateTime(q->value(0)) : QDateTime();
        if (last.isValid()) {
            summary.since = last.addSecs(-sinceOverlapSeconds);
            run.since = sql::fromDateTime(summary.since).toString();
        } else {
            summary.firstToTarget = true;
        }
    }

    const ConnectionTuning tuning(m_db);
    report(0, QCoreApplication::translate("Exchange", "Reading the records"));
    QDateTime snapshotAt;
    {
        // One read transaction: every record comes from the same moment of the database.
        sql::Transaction snapshot(m_db);
        snapshotAt = Clock::now();
        const auto &entities = exchangedEntities();
        int step = 0;
        // Reverse dependency order, so that records pointing to others are read first and the
        // records they need (units, positions) can be added after them.
        for (auto it = entities.crbegin(); it != entities.crend(); ++it, ++step) {
            report(5 + step * 50 / int(entities.size()),
                   QCoreApplication::translate("Exchange", "Reading %1").arg((*it)->title().toLower()));
            if (Status s = (*it)->collect(run); !s)
                return R::failure(s.error());
            if (cancelled())
                return R::failure(cancelledMessage());
        }
        QStringList known;
        for (const auto &e : entities)
            known << QStringLiteral("'%1'").arg(e->entity());
        QString statement = QStringLiteral("SELECT uuid, entity, deleted_at, origin_office FROM exchange_tombstone "
                                           "WHERE entity IN (%1)")
                                .arg(known.join(QLatin1Char(',')));
        QVariantList values;
        if (!run.since.isEmpty()) {
            statement += QStringLiteral(" AND recorded_at > ?");
            values << run.since;
        }
        auto q = sql::run(m_db, statement + QStringLiteral(" ORDER BY recorded_at"), values);
        if (!q)
            return R::failure(q.error());
        while (q->next()) {
            TombstoneRecord t{recordtext::from(q->value(0)), recordtext::from(q->value(1)),
                              recordtext::from(q->value(2)), recordtext::from(q->value(3))};
            if (t.originOffice.empty())
                t.originOffice = run.ownOfficeId.toStdString();
            if (run.wantHashes)
                run.sentHashes.append({recordtext::to(t.uuid), deletedHash()});
            run.payload.tombstones.push_back(std::move(t));
        }
    }

    PackageInfo &info = run.payload.info;
    info.senderOffice = run.ownOfficeId.toStdString();
    info.senderName = office.name.toStdString();
    info.createdAt = sql::fromDateTime(snapshotAt).toString().toStdString();
    info.scope = !run.since.isEmpty() ? "since" : (run.allUnits ? "all" : "units");
    info.unitCodes = options.unitCodes.join(QLatin1Char(',')).toStdString();
    info.since = run.since.toStdString();
    if (target) {
        info.recipientOffice = target->officeId.toString(QUuid::WithoutBraces).toStdString();
        info.recipientName = target->name.toStdString();
    }
    summary.units = int(run.payload.units.size());
    summary.positions = int(run.payload.positions.size());
    summary.employees = int(run.payload.employees.size());
    summary.staffingNeeds = int(run.payload.staffingNeeds.size());
    summary.tombstones = int(run.payload.tombstones.size());
    summary.rankHistory = int(run.payload.rankHistory.size());
    summary.ratings = int(run.payload.ratings.size());
    summary.competences = int(run.payload.competences.size());
    summary.transfers = int(run.payload.transfers.size());
    summary.transferSteps = int(run.payload.transferSteps.size());

    report(60, QCoreApplication::translate("Exchange", "Compressing and signing"));
    packagefile::Recipient recipient;
    if (target)
        recipient = {target->officeId, target->name, target->publicKey};
    auto built =
        packagefile::build(run.payload, {office.id, office.name, office.region}, keys.value(), snapshotAt, recipient);
    if (!built)
        return R::failure(built.error());
    const QByteArray bytes = std::move(built).value();
    summary.encrypted = target.has_value();
    if (cancelled())
        return R::failure(cancelledMessage());
    report(90, QCoreApplication::translate("Exchange", "Writing the file"));
    if (Status s = packagefile::write(path, bytes); !s)
        return R::failure(s.error());
    summary.bytes = bytes.size();

    if (target) {
        // Remember what this office now has from us: the base of the next merge with it.
        sql::Transaction transaction(m_db);
        auto q = sql::run(m_db,
                          QStringLiteral("INSERT INTO exchange_sent_package(office, created_at, snapshot_at, scope, "
                                         "records, content_hash, file_name) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                          {target->id, sql::fromDateTime(Clock::now()), sql::fromDateTime(snapshotAt),
                           QString::fromStdString(info.scope), summary.records(),
                           QString::fromLatin1(PackageHeader::decode(bytes, bytes.size())->contentHash.toHex()),
                           QFileInfo(path).fileName()});
        if (!q)
            return R::failure(q.error());
        // In UUID order, so that the index is walked from one end to the other instead of at random.
        std::sort(run.sentHashes.begin(), run.sentHashes.end());
        QSqlQuery upsert(m_db);
        upsert.prepare(QStringLiteral("INSERT INTO exchange_base(office, uuid, sent_hash) VALUES(?, ?, ?) "
                                      "ON CONFLICT(office, uuid) DO UPDATE SET sent_hash = excluded.sent_hash"));
        for (const auto &[uuid, hash] : std::as_const(run.sentHashes)) {
            upsert.bindValue(0, target->id);
            upsert.bindValue(1, uuid);
            upsert.bindValue(2, hash);
            if (!upsert.exec())
                return R::failure(QCoreApplication::translate("Exchange", "The package was written, but what it "
                                                                          "holds could not be noted: %1")
                                      .arg(upsert.lastError().text()));
        }
        if (Status s = OfficeDirectory(m_db).touchSent(target->id, snapshotAt); !s)
            return R::failure(s.error());
        if (Status s = transaction.commit(); !s)
            return R::failure(s.error());
    }
    // Writing to the audit trail may fail on a read-only file; the package exists by now either way.
    Q_UNUSED(exportlog::record(m_db, QStringLiteral("package"), path, summary.records()))
    report(100, QCoreApplication::translate("Exchange", "Done"));
    return summary;
}

} // namespace imbang::exchange
