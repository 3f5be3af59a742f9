#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace imbang::exchange {

// The office's Ed25519 key pair (libsodium). It is made on first use and kept in the office database
// (table exchange_key), so a copy or backup of the database keeps the office's identity; the README's
// security note explains what that trade-off means.
class OfficeKeys {
public:
    // Loads the key pair, creating and saving it when the database has none yet.
    static Expected<OfficeKeys> loadOrCreate(const QSqlDatabase &db);
    // Loads the key pair without creating one; fails when none exists.
    static Expected<OfficeKeys> load(const QSqlDatabase &db);

    OfficeKeys(const OfficeKeys &) = default;
    OfficeKeys &operator=(const OfficeKeys &) = default;
    ~OfficeKeys();

    const QByteArray &publicKey() const { return m_public; }
    QString fingerprint() const { return fingerprintOf(m_public); }
    QByteArray sign(const QByteArray &message) const; // detached signature, 64 bytes

    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
    // A short text to read out over the phone: 16 characters of Crockford base32 (no I, L, O, U)
    // from the SHA-256 of the public key, in groups of four, e.g. "7KQ2-MXP9-ARFT-B3NW" (80 bits).
    static QString fingerprintOf(const QByteArray &publicKey);

    static constexpr int publicKeySize = 32;
    static constexpr int signatureSize = 64;

    // A fresh key pair that is not stored anywhere (tests, fixtures).
    static OfficeKeys generate();

private:
    OfficeKeys(QByteArray publicKey, QByteArray secretKey)
        : m_public(std::move(publicKey)), m_secret(std::move(secretKey)) {}
    QByteArray m_public;
    QByteArray m_secret;
};

// libsodium must be initialised once before use; safe to call from any thread, any number of times.
bool initSodium();

} // namespace imbang::exchange
