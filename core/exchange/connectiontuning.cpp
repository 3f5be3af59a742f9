#include "connectiontuning.h"

#include <QSqlQuery>
#include <QVariant>

namespace imbang::exchange {

ConnectionTuning::ConnectionTuning(QSqlDatabase db) : m_db(std::move(db)) {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cacheSize = q.value(0).toInt();
    if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
        m_tempStore = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

ConnectionTuning::~ConnectionTuning() {
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
}

} // namespace imbang::exchange
