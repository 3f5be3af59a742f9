#include "settings.h"

#include "access/session.h"
#include "storage/sqlutil.h"

namespace imbang {

QVariant Settings::rawValue(const QString &key) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (q && q->next())
        return q->value(0);
    return {};
}

Status Settings::setRawValue(const QString &key, const QString &value) {
    if (Status s = access::require(m_db, Permission::ManageSettings); !s)
        return s;
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    return q ? Status() : Status::failure(q.error());
}

Status Settings::removeValue(const QString &key) {
    if (Status s = access::require(m_db, Permission::ManageSettings); !s)
        return s;
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM setting WHERE key = ?"), {key});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
