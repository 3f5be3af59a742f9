#pragma once

#include "access/role.h"
#include "access/useraccount.h"
#include "util/expected.h"

#include <QSqlDatabase>

#include <optional>

// Who is logged in, and the permission check every protected core function calls first.
//
// A database without any account runs in single-user mode, as before accounts existed (the GUI asks
// for an administrator on first use; tests, scripts and the demo need no login). Once the database
// has an account, everything protected needs a logged-in user whose role allows it.
namespace imbang::access {

// One user per process at a time, for the database at db.databaseName() (worker threads use sibling
// connections to the same file, which count as the same database).
void logIn(const QSqlDatabase &db, const UserAccount &user);
void logOut();
std::optional<UserAccount> currentUser();
// The user logged in to this database, re-read so a deactivation or role change counts at once.
std::optional<UserAccount> currentUser(const QSqlDatabase &db);
bool singleUserMode(const QSqlDatabase &db);

bool can(const QSqlDatabase &db, Permission permission);
// Success, or a message saying who may do it; refusals are written to the audit trail.
Status require(const QSqlDatabase &db, Permission permission);

} // namespace imbang::access
