#pragma once

#include <QString>

namespace imbang {

// Who is acting, for the audit trail: the logged-in user once accounts exist, until then the
// operator name from the settings (or the OS user name). Set once per session by the GUI or CLI.
namespace actor {
void setCurrent(const QString &name);
QString current(); // never empty
} // namespace actor

} // namespace imbang
