#include "positionrepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, uuid, code, name, kind, level, family, teacher, bup_override, modified_at, origin_office "
    "FROM position");

Position readPosition(const QSqlQuery &q) {
    Position p;
    p.id = q.value(0).toLongLong();
    p.uuid = QUuid::fromString(q.value(1).toString());
    p.code = q.value(2).toString();
    p.name = q.value(3).toString();
    p.kind = codes::positionKindFromCode(q.value(4).toString()).value_or(PositionKind::Pelaksana);
    p.level = codes::positionLevelFromCode(q.value(5).toString()).value_or(PositionLevel::None);
    p.family = q.value(6).toString();
    p.teacher = q.value(7).toBool();
    p.bupOverride = sql::toOptionalInt(q.value(8));
    p.modifiedAt = sql::toDateTime(q.value(9));
    p.originOffice = q.value(10).toString();
    return p;
}

QVariantList bindings(const Position &p) {
    return {p.uuid.toString(QUuid::WithoutBraces),
            p.code.trimmed().isEmpty() ? QVariant() : QVariant(p.code.trimmed()),
            p.name.trimmed(), codes::toCode(p.kind), sql::text(codes::toCode(p.level)), sql::text(p.family.trimmed()),
            p.teacher ? 1 : 0, sql::fromOptional(p.bupOverride), sql::fromDateTime(p.modifiedAt), sql::text(p.originOffice)};
}

} // namespace

QList<Position> PositionRepository::all() const {
    QList<Position> positions;
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY name"));
    if (q)
        while (q->next())
            positions << readPosition(*q);
    return positions;
}

std::optional<Position> PositionRepository::byId(qint64 id) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (q && q->next())
        return readPosition(*q);
    return std::nullopt;
}

std::optional<Position> PositionRepository::byName(const QString &name) const {
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE name = ?"), {name.trimmed()});
    if (q && q->next())
        return readPosition(*q);
    return std::nullopt;
}

Expected<qint64> PositionRepository::insert(Position position) {
    if (position.uuid.isNull())
        position.uuid = QUuid::createUuid();
    position.modifiedAt = Clock::now();
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO position(uuid, code, name, kind, level, family, teacher, "
                                     "bup_override, modified_at, origin_office) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      bindings(position), QCoreApplication::translate("PositionRepository", "adding position %1").arg(position.name));
    if (!q)
        return Expected<qint64>::failure(q.error());
    return q->lastInsertId().toLongLong();
}

Status PositionRepository::update(Position position) {
    position.modifiedAt = Clock::now();
    QVariantList values = bindings(position);
    values << position.id;
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE position SET uuid = ?, code = ?, name = ?, kind = ?, level = ?, "
                                     "family = ?, teacher = ?, bup_override = ?, modified_at = ?, origin_office = ? "
                                     "WHERE id = ?"),
                      values, QCoreApplication::translate("PositionRepository", "saving position %1").arg(position.name));
    return q ? Status() : Status::failure(q.error());
}

int PositionRepository::count() const {
    auto q = sql::run(m_db, QStringLiteral("SELECT count(*) FROM position"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

} // namespace imbang

namespace imbang {

Status PositionRepository::remove(qint64 id) {
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM position WHERE id = ?"), {id});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
