#pragma once

#include "access/role.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace imbang {

// A local account of the office database. Accounts are deactivated, never deleted, so that the audit
// trail always names someone who exists.
struct UserAccount {
    qint64 id = 0;
    QUuid uuid;
    QString username;
    QString fullName;
    QString nip;
    Role role = Role::Operator;
    QString passwordHash;
    bool mustChangePassword = false;
    bool active = true;
    int failedLogins = 0;      // in a row, since the last successful login
    QDateTime lockedUntil;     // no login attempt is checked before this time (growing delay)
    QDateTime lastLoginAt;
    QDateTime createdAt;
};

} // namespace imbang
