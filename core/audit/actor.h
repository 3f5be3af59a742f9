#pragma once

#include <QString>

namespace imbang {

// Who is acting, for the audit trail: the logged-in user once accounts exist, until then the
// operator name from the settings (or the OS user name). Set once per session by the GUI or CLI.
namespace actor {
void setCurrent(const QString &name);
QString current(); // never empty
// The user name of the account logged in (access::logIn), empty after logout. While set it wins over
// setCurrent(), so no --operator option or setting can write another name into the audit trail.
void setLoggedIn(const QString &username);
} // namespace actor

} // namespace imbang
