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

    // Encryption of packages to an office (libsodium sealed box: an ephemeral X25519 key and
    // XSalsa20-Poly1305). The office's X25519 key is derived from its Ed25519 key
    // (crypto_sign_ed25519_pk_to_curve25519 / _sk_to_curve25519) instead of being a second key pair:
    //  - trust stays anchored in ONE key and ONE fingerprint read out over the phone. A separate
    //    encryption key would need its own binding (signed by the Ed25519 key and carried in every
    //    package), and an office could only be written to after it had sent a package of the new format;
    //  - using one Curve25519 key for Ed25519 signatures and X25519 key agreement is proven secure
    //    jointly (Thormarker, "On using the same key pair for Ed25519 and an X25519 based KEM", 2021)
    //    and is what age does for ssh-ed25519 recipients; the two uses never share a message format
    //    (a sealed box is never signed, a signature is never decrypted), so neither can be turned
    //    into an oracle for the other.
    // Returns an empty array when the key cannot be converted (not a valid Ed25519 point).
    static QByteArray seal(const QByteArray &plaintext, const QByteArray &recipientPublicKey);
    // Opens a sealed box made for this office. False when the box is damaged, changed or was made for
    // another key (the Poly1305 tag covers every byte: nothing is returned from a changed box).
    bool openSealed(const QByteArray &box, QByteArray &plaintext) const;
    static constexpr int sealOverhead = 48; // crypto_box_SEALBYTES
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
