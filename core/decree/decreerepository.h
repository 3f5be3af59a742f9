#pragma once

#include "decree/decreedata.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace imbang {

// A final decree as stored: its number and the immutable snapshot (data and layout) it is reprinted from.
struct StoredDecree {
    qint64 id = 0;
    QString number;
    int year = 0;
    int sequence = 0;
    QDate issuedOn;
    qint64 batchId = 0;
    DecreeData data;
    DecreeLayout layout;
    QDateTime createdAt;
    QString actor;
};

// Final decrees in the database (tables decree and decree_transfer). Written only by DecreeIssuer;
// triggers keep the rows from being changed or deleted.
class DecreeRepository {
public:
    explicit DecreeRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<StoredDecree> byId(qint64 id) const;
    std::optional<StoredDecree> byNumber(const QString &number) const; // case-insensitive
    std::optional<StoredDecree> forTransfer(qint64 transferId) const;
    QList<StoredDecree> all() const; // newest first

    static QJsonObject snapshot(const DecreeData &data, const DecreeLayout &layout);

private:
    std::optional<StoredDecree> one(const QString &where, const QVariant &value) const;
    QSqlDatabase m_db;
};

} // namespace imbang
