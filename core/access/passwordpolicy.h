#pragma once

#include <QString>
#include <QStringList>

namespace imbang {

// What a new password must be: long enough, and not built from the user's own name, user name or NIP
// (the first things a colleague would try).
class PasswordPolicy {
public:
    static constexpr int defaultMinimumLength = 10;

    explicit PasswordPolicy(int minimumLength = defaultMinimumLength) : m_minimumLength(minimumLength) {}

    // Problems in plain words, empty when the password may be used.
    QStringList problems(const QString &password, const QString &username, const QString &fullName,
                         const QString &nip) const;

private:
    int m_minimumLength;
};

} // namespace imbang
