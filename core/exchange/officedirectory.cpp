#include "officedirectory.h"

#include "access/session.h"
#include "exchange/officekeys.h"
#include "storage/officeinfo.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang::exchange {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, office_id, name, region, public_key, trusted, trusted_at, first_seen, last_received, last_sent "
    "FROM exchange_office");

KnownOffice readOffice(const QSqlQuery &q) {
    KnownOffice o;
    o.id = q.value(0).toLongLong();
    o.officeId = QUuid::fromString(q.value(1).toString());
    o.name = q.value(2).toString();
    o.region = q.value(3).toString();
    o.publicKey = q.value(4).toByteArray();
    o.trusted = q.value(5).toBool();
    o.trustedAt = sql::toDateTime(q.value(6));
    o.firstSeen = sql::toDateTime(q.value(7));
    o.lastReceived = sql::toDateTime(q.value(8));
    o.lastSent = sql::toDateTime(q.value(9));
    return o;
}

QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QString normalisedFingerprint(QString text) {
    text = text.toUpper();
    text.remove(QLatin1Char('-'));
    text.remove(QLatin1Char(' '));
    return text;
}

} // namespace

QString KnownOffice::fingerprint() const { return OfficeKeys::fingerprintOf(publicKey); }

QList<KnownOffice> OfficeDirectory::all() const {
    QList<KnownOffice> offices;
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE, office_id"));
    if (q)
        while (q->next())
            offices << readOffice(*q);
    return offices;
}

std::optional<KnownOffice> OfficeDirectory::byId(qint64 id) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (q && q->next())
        return readOffice(*q);
    return std::nullopt;
}

std::optional<KnownOffice> OfficeDirectory::byOfficeId(const QUuid &officeId) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE office_id = ?"), {idText(officeId)});
    if (q && q->next())
        return readOffice(*q);
    return std::nullopt;
}

Expected<KnownOffice> OfficeDirectory::find(const QString &text) const {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return Expected<KnownOffice>::failure(
            QCoreApplication::translate("Exchange", "No office given. \"imbang-cli offices\" lists the offices."));
    QList<KnownOffice> matches;
    const QList<KnownOffice> offices = all();
    for (const KnownOffice &o : offices) {
        const QString id = idText(o.officeId);
        if (id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            o.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            normalisedFingerprint(o.fingerprint()) == normalisedFingerprint(wanted))
            return o;
        if (wanted.size() >= 4 && id.startsWith(wanted, Qt::CaseInsensitive))
            matches << o;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1)
        return Expected<KnownOffice>::failure(
            QCoreApplication::translate("Exchange", "\"%1\" matches %n offices; type more of the office id.", "",
                                        int(matches.size()))
                .arg(wanted));
    return Expected<KnownOffice>::failure(
        QCoreApplication::translate("Exchange", "No known office is called \"%1\". Offices become known when one of "
                                                "their packages is imported; \"imbang-cli offices\" lists them.")
            .arg(wanted));
}

SignerStatus OfficeDirectory::statusOf(const QUuid &officeId, const QByteArray &publicKey) const {
    const OfficeInfo own = OfficeInfo::load(m_db);
    if (!own.id.isNull() && own.id == officeId) {
        auto keys = OfficeKeys::load(m_db);
        return keys && keys->publicKey() == publicKey ? SignerStatus::Own : SignerStatus::Impostor;
    }
    const auto known = byOfficeId(officeId);
    if (!known)
        return SignerStatus::Unknown;
    if (known->publicKey != publicKey)
        return SignerStatus::KeyChanged;
    return known->trusted ? SignerStatus::Trusted : SignerStatus::Unknown;
}

Expected<qint64> OfficeDirectory::remember(const QUuid &officeId, const QString &name, const QString &region,
                                           const QByteArray &publicKey) {
    if (const auto known = byOfficeId(officeId)) {
        const bool keyChanged = known->publicKey != publicKey;
        auto q = sql::run(m_db,
                          QStringLiteral("UPDATE exchange_office SET name = ?, region = ?, public_key = ?, "
                                         "trusted = CASE WHEN ? THEN 0 ELSE trusted END, "
                                         "trusted_at = CASE WHEN ? THEN NULL ELSE trusted_at END WHERE id = ?"),
                          {sql::text(name), sql::text(region), publicKey, keyChanged, keyChanged, known->id});
        if (!q)
            return Expected<qint64>::failure(q.error());
        return known->id;
    }
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO exchange_office(office_id, name, region, public_key, first_seen) "
                                     "VALUES(?, ?, ?, ?, ?)"),
                      {idText(officeId), sql::text(name), sql::text(region), publicKey,
                       sql::fromDateTime(Clock::now())},
                      QCoreApplication::translate("Exchange", "remembering office %1").arg(name));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

Status OfficeDirectory::setTrusted(qint64 id, bool trusted) {
    if (Status allowed = access::require(m_db, Permission::ManageTrustedOffices); !allowed)
        return allowed;
    auto q = sql::run(m_db, QStringLiteral("UPDATE exchange_office SET trusted = ?, trusted_at = ? WHERE id = ?"),
                      {trusted ? 1 : 0, trusted ? sql::fromDateTime(Clock::now()) : QVariant(), id});
    return q ? Status() : Status::failure(q.error());
}

Status OfficeDirectory::touchReceived(qint64 id, const QDateTime &at) {
    auto q = sql::run(m_db, QStringLiteral("UPDATE exchange_office SET last_received = ? WHERE id = ?"),
                      {sql::fromDateTime(at), id});
    return q ? Status() : Status::failure(q.error());
}

Status OfficeDirectory::touchSent(qint64 id, const QDateTime &at) {
    auto q = sql::run(m_db, QStringLiteral("UPDATE exchange_office SET last_sent = ? WHERE id = ?"),
                      {sql::fromDateTime(at), id});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang::exchange
