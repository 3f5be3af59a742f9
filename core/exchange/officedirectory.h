#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace imbang::exchange {

// Another office this database has exchanged packages with.
struct KnownOffice {
    qint64 id = 0;
    QUuid officeId;
    QString name;
    QString region;
    QByteArray publicKey;
    bool trusted = false;
    QDateTime trustedAt;
    QDateTime firstSeen;
    QDateTime lastReceived;
    QDateTime lastSent;

    QString fingerprint() const;
};

// How the signer of a package relates to the offices we know.
enum class SignerStatus {
    Own,        // signed by this database's own key
    Trusted,    // a known office, trusted, same key as before
    Unknown,    // never seen, or seen but not trusted yet
    KeyChanged, // a known office id with another key than the one on file: trust it again only after a call
    Impostor,   // claims to be this office but is signed with another key
};

// The offices this database knows (table exchange_office): their public keys, whether the officer
// trusts them, and when packages last came from or went to them.
class OfficeDirectory {
public:
    explicit OfficeDirectory(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<KnownOffice> all() const; // ordered by name
    std::optional<KnownOffice> byId(qint64 id) const;
    std::optional<KnownOffice> byOfficeId(const QUuid &officeId) const;
    // Finds an office by its id, an unambiguous start of the id (at least 4 characters), its
    // fingerprint or its name (case-insensitive); the message says what to type when nothing or
    // more than one office matches.
    Expected<KnownOffice> find(const QString &text) const;

    SignerStatus statusOf(const QUuid &officeId, const QByteArray &publicKey) const;

    // Adds the office or updates its name, region and key. A new key clears the trust.
    Expected<qint64> remember(const QUuid &officeId, const QString &name, const QString &region,
                              const QByteArray &publicKey);
    Status setTrusted(qint64 id, bool trusted);
    Status touchReceived(qint64 id, const QDateTime &at);
    Status touchSent(qint64 id, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace imbang::exchange
