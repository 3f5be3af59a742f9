#pragma once

#include "access/useraccount.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace imbang {

// Reads and writes user_account rows. No permission checks here: AccountService decides who may
// change what.
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // True when the database has at least one account: from then on everyone must log in.
    bool hasAccounts() const;
    int activeAdministrators() const;
    QList<UserAccount> all() const;
    std::optional<UserAccount> byId(qint64 id) const;
    std::optional<UserAccount> byUsername(const QString &username) const;

    Expected<qint64> insert(const UserAccount &account);
    Status update(const UserAccount &account);

private:
    QSqlDatabase m_db;
};

} // namespace imbang
