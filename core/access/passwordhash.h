#pragma once

#include "util/expected.h"

#include <QString>

// Passwords are kept only as Argon2id hashes (libsodium crypto_pwhash_str, interactive limits:
// about 64 MiB and a fraction of a second a guess). The stored text carries its own salt and
// parameters, so later stronger limits still verify old hashes.
namespace imbang::passwordhash {

Expected<QString> hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
// True when the hash was made with weaker limits than today's and should be renewed at next login.
bool needsRehash(const QString &storedHash);

} // namespace imbang::passwordhash
