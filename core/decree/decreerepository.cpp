#include "decreerepository.h"

#include "storage/sqlutil.h"

#include <QJsonDocument>

namespace imbang {
namespace {

const QString columns =
    QStringLiteral("SELECT id, number, year, sequence, issued_on, batch_id, snapshot, created_at, actor FROM decree ");

StoredDecree read(const QSqlQuery &q) {
    StoredDecree d;
    d.id = q.value(0).toLongLong();
    d.number = q.value(1).toString();
    d.year = q.value(2).toInt();
    d.sequence = q.value(3).toInt();
    d.issuedOn = sql::toDate(q.value(4));
    d.batchId = q.value(5).toLongLong();
    const QJsonObject snapshot = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    d.data = DecreeData::fromJson(snapshot.value(QStringLiteral("data")).toObject());
    d.layout = DecreeLayout::fromJson(snapshot.value(QStringLiteral("layout")).toObject());
    d.createdAt = sql::toDateTime(q.value(7));
    d.actor = q.value(8).toString();
    return d;
}

} // namespace

QJsonObject DecreeRepository::snapshot(const DecreeData &data, const DecreeLayout &layout) {
    return QJsonObject{{QStringLiteral("data"), data.toJson()}, {QStringLiteral("layout"), layout.toJson()}};
}

std::optional<StoredDecree> DecreeRepository::one(const QString &where, const QVariant &value) const {
    auto q = sql::run(m_db, columns + where, {value});
    if (!q || !q->next())
        return std::nullopt;
    return read(*q);
}

std::optional<StoredDecree> DecreeRepository::byId(qint64 id) const {
    return one(QStringLiteral("WHERE id = ?"), id);
}

std::optional<StoredDecree> DecreeRepository::byNumber(const QString &number) const {
    return one(QStringLiteral("WHERE number = ? COLLATE NOCASE"), number.simplified());
}

std::optional<StoredDecree> DecreeRepository::forTransfer(qint64 transferId) const {
    return one(QStringLiteral("WHERE id = (SELECT decree_id FROM decree_transfer WHERE transfer_id = ?)"),
               transferId);
}

QList<StoredDecree> DecreeRepository::all() const {
    QList<StoredDecree> list;
    auto q = sql::run(m_db, columns + QStringLiteral("ORDER BY year DESC, sequence DESC"));
    while (q && q->next())
        list << read(*q);
    return list;
}

} // namespace imbang
