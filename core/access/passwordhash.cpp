#include "passwordhash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace imbang::passwordhash {
namespace {

bool initSodium() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

Expected<QString> hash(const QString &password) {
    if (!initSodium())
        return Expected<QString>::failure(
            QCoreApplication::translate("PasswordHash", "The cryptography library could not be started."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Expected<QString>::failure(QCoreApplication::translate(
            "PasswordHash", "There was not enough memory to protect the password. Close other programs and try again."));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password) {
    if (!initSodium() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool needsRehash(const QString &storedHash) {
    if (!initSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace imbang::passwordhash
