#include "officekeys.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <sodium.h>

namespace imbang::exchange {

bool initSodium() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

OfficeKeys::~OfficeKeys() {
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

OfficeKeys OfficeKeys::generate() {
    initSodium();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    return OfficeKeys(publicKey, secretKey);
}

Expected<OfficeKeys> OfficeKeys::load(const QSqlDatabase &db) {
    auto q = sql::run(db, QStringLiteral("SELECT public_key, secret_key FROM exchange_key WHERE id = 1"));
    if (!q)
        return Expected<OfficeKeys>::failure(q.error());
    if (!q->next())
        return Expected<OfficeKeys>::failure(
            QCoreApplication::translate("Exchange", "This database has no signing key yet."));
    const QByteArray publicKey = q->value(0).toByteArray();
    const QByteArray secretKey = q->value(1).toByteArray();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Expected<OfficeKeys>::failure(QCoreApplication::translate(
            "Exchange", "The office's signing key in this database is damaged. Restore the database from a "
                        "backup copy."));
    return OfficeKeys(publicKey, secretKey);
}

Expected<OfficeKeys> OfficeKeys::loadOrCreate(const QSqlDatabase &db) {
    if (!initSodium())
        return Expected<OfficeKeys>::failure(
            QCoreApplication::translate("Exchange", "The cryptography library could not be started."));
    {
        auto existing = sql::run(db, QStringLiteral("SELECT count(*) FROM exchange_key"));
        if (!existing)
            return Expected<OfficeKeys>::failure(existing.error());
        if (existing->next() && existing->value(0).toInt() > 0)
            return load(db);
    }
    OfficeKeys keys = generate();
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO exchange_key(id, public_key, secret_key, created_at) "
                                     "VALUES(1, ?, ?, ?)"),
                      {keys.m_public, keys.m_secret, sql::fromDateTime(Clock::now())},
                      QCoreApplication::translate("Exchange", "saving the office's signing key"));
    if (!q)
        return Expected<OfficeKeys>::failure(q.error());
    return keys;
}

QByteArray OfficeKeys::sign(const QByteArray &message) const {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

bool OfficeKeys::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey) {
    if (!initSodium() || signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray OfficeKeys::seal(const QByteArray &plaintext, const QByteArray &recipientPublicKey) {
    static_assert(sealOverhead == crypto_box_SEALBYTES);
    if (!initSodium() || recipientPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    unsigned char curvePublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(curvePublic,
                                             reinterpret_cast<const unsigned char *>(recipientPublicKey.constData())) != 0)
        return {};
    QByteArray box(plaintext.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                        reinterpret_cast<const unsigned char *>(plaintext.constData()), quint64(plaintext.size()),
                        curvePublic) != 0)
        return {};
    return box;
}

bool OfficeKeys::openSealed(const QByteArray &box, QByteArray &plaintext) const {
    if (!initSodium() || box.size() < crypto_box_SEALBYTES || m_secret.size() != crypto_sign_SECRETKEYBYTES)
        return false;
    unsigned char curvePublic[crypto_box_PUBLICKEYBYTES];
    unsigned char curveSecret[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(curvePublic, reinterpret_cast<const unsigned char *>(m_public.constData())) !=
            0 ||
        crypto_sign_ed25519_sk_to_curve25519(curveSecret, reinterpret_cast<const unsigned char *>(m_secret.constData())) !=
            0)
        return false;
    QByteArray out(box.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    const bool ok = crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()),
                                         reinterpret_cast<const unsigned char *>(box.constData()),
                                         quint64(box.size()), curvePublic, curveSecret) == 0;
    sodium_memzero(curveSecret, sizeof curveSecret);
    if (!ok)
        return false;
    plaintext = std::move(out);
    return true;
}

QString OfficeKeys::fingerprintOf(const QByteArray &publicKey) {
    initSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       quint64(publicKey.size()));
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    // 80 bits = 16 characters of 5 bits.
    quint64 high = 0;
    for (int i = 0; i < 5; ++i)
        high = (high << 8) | digest[i];
    quint64 low = 0;
    for (int i = 5; i < 10; ++i)
        low = (low << 8) | digest[i];
    QString text;
    for (quint64 part : {high, low})
        for (int shift = 35; shift >= 0; shift -= 5) {
            if (!text.isEmpty() && (text.size() + 1) % 5 == 0)
                text += QLatin1Char('-');
            text += QLatin1Char(alphabet[(part >> shift) & 31]);
        }
    return text;
}

} // namespace imbang::exchange
