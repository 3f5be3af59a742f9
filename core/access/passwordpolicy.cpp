#include "passwordpolicy.h"

#include <QCoreApplication>

namespace imbang {
namespace {

// Letters and digits only, lower case: "Budi.Santoso" and "budisantoso" are the same guess.
QString folded(const QString &text) {
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace

QStringList PasswordPolicy::problems(const QString &password, const QString &username, const QString &fullName,
                                     const QString &nip) const {
    QStringList problems;
    if (password.size() < m_minimumLength)
        problems << QCoreApplication::translate("PasswordPolicy",
                                                "The password has %1 characters; use at least %n.", "",
                                                m_minimumLength)
                        .arg(password.size());
    const QString pw = folded(password);
    QStringList personal{folded(username), folded(fullName), folded(nip)};
    // Each part of the name on its own too ("budi2026" contains "budi").
    for (const QString &word : fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        personal << folded(word);
    // The birth date at the start of a NIP is as easy to guess as the NIP.
    if (nip.size() >= 8)
        personal << nip.left(8);
    for (const QString &p : std::as_const(personal)) {
        if (p.size() >= 3 && pw.contains(p)) {
            problems << QCoreApplication::translate(
                "PasswordPolicy", "The password contains your name, user name, NIP or birth date; choose "
                                  "something others cannot guess.");
            break;
        }
    }
    return problems;
}

} // namespace imbang
