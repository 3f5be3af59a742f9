#include "officeinfo.h"

#include "storage/sqlutil.h"

namespace imbang {
namespace {
QString metaValue(const QSqlDatabase &db, const QString &key) {
    auto q = sql::run(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}
Status setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value) {
    auto q = sql::run(db, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, sql::text(value)});
    return q ? Status() : Status::failure(q.error());
}
} // namespace

OfficeInfo OfficeInfo::load(const QSqlDatabase &db) {
    OfficeInfo info;
    info.name = metaValue(db, QStringLiteral("office_name"));
    info.region = metaValue(db, QStringLiteral("office_region"));
    info.id = QUuid::fromString(metaValue(db, QStringLiteral("office_id")));
    return info;
}

Status OfficeInfo::save(const QSqlDatabase &db) {
    if (id.isNull()) {
        const QUuid stored = QUuid::fromString(metaValue(db, QStringLiteral("office_id")));
        id = stored.isNull() ? QUuid::createUuid() : stored;
    }
    sql::Transaction transaction(db);
    for (const auto &[key, value] : {std::pair{QStringLiteral("office_name"), name},
                                     std::pair{QStringLiteral("office_region"), region},
                                     std::pair{QStringLiteral("office_id"), id.toString(QUuid::WithoutBraces)}})
        if (Status s = setMetaValue(db, key, value); !s)
            return s;
    return transaction.commit();
}

} // namespace imbang
