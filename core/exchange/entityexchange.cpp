#include "entityexchange.h"

#include "exchange/entitytypes.h"
#include "exchange/officekeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QDateTime>
#include <QUuid>

#include <sodium.h>

namespace imbang::exchange {

QString ExportRun::changedExpression(const QString &alias) const {
    // Changed here after `since`, or received from another office after it (an imported record keeps
    // the sender's modified_at, which may be older, but is still news for the office we send to).
    return QStringLiteral("(%1.modified_at > ? OR %1.uuid IN (SELECT uuid FROM exchange_base WHERE received_at > ?))")
        .arg(alias);
}

Status ApplyRun::exec(const QString &statement, const QVariantList &values, const std::function<QString()> &what) {
    Prepared &prepared = statements[statement.constData()];
    if (!prepared.query || (prepared.text.constData() != statement.constData() && prepared.text != statement)) {
        prepared.text = statement;
        prepared.query = std::make_shared<QSqlQuery>(db);
        if (!prepared.query->prepare(statement))
            return Status::failure(QCoreApplication::translate("Exchange", "Database error while %1: %2")
                                       .arg(what(), prepared.query->lastError().text()));
    }
    QSqlQuery &query = *prepared.query;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Status::failure(QCoreApplication::translate("Exchange", "Database error while %1: %2")
                                   .arg(what(), query.lastError().text()));
    return {};
}

qint64 ApplyRun::lastInsertId(const QString &statement) const {
    const auto it = statements.constFind(statement.constData());
    return it != statements.cend() && it->query ? it->query->lastInsertId().toLongLong() : 0;
}

QString EntityExchange::displayValue(QLatin1String, const QString &value, const MergeContext &context) const {
    return context.labels.value(value, value);
}

const QList<std::shared_ptr<const EntityExchange>> &exchangedEntities() {
    static const QList<std::shared_ptr<const EntityExchange>> entities{
        makeUnitExchange(),
        makePositionExchange(),
        makeEmployeeExchange(),
        makeStaffingNeedExchange(),
        makeRankHistoryExchange(),
        makePerformanceRatingExchange(),
        makeCompetenceExchange(),
        makeTransferExchange(),
        makeTransferStepExchange(),
    };
    return entities;
}

const EntityExchange *entityNamed(const QString &entity) {
    for (const auto &e : exchangedEntities())
        if (e->entity() == entity)
            return e.get();
    return nullptr;
}

namespace {
qint64 hashBytes(const QByteArray &bytes) {
    initSodium();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    qint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | digest[i];
    return value;
}
} // namespace

qint64 contentHash(const QString &entity, const Fields &fields) {
    // Only fields with a value take part, so a field added later with an empty default leaves the
    // hashes of older records as they were.
    QByteArray canonical = entity.toUtf8();
    for (const Field &f : fields) {
        if (f.value.isEmpty())
            continue;
        canonical += '\x1e';
        canonical += QByteArrayView(f.name.data(), f.name.size());
        canonical += '=';
        canonical += f.value.toUtf8();
    }
    return hashBytes(canonical);
}

qint64 deletedHash() {
    static const qint64 hash = hashBytes(QByteArrayLiteral("\x01" "deleted"));
    return hash;
}

QJsonObject toJson(const Fields &fields) {
    QJsonObject object;
    for (const Field &f : fields)
        object.insert(f.name, f.value);
    return object;
}

namespace recordtext {

bool isIsoDate(const std::string &text) {
    if (text.empty())
        return true;
    return text.size() == 10 && QDate::fromString(to(text), Qt::ISODate).isValid();
}

bool isIsoDateTime(const std::string &text) {
    return !text.empty() && text.size() <= 40 && QDateTime::fromString(to(text), Qt::ISODateWithMs).isValid();
}

bool isUuid(const std::string &text) { return text.size() == 36 && !QUuid::fromString(to(text)).isNull(); }

} // namespace recordtext

} // namespace imbang::exchange
