#pragma once

#include "domain/position.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace imbang {

// The position catalogue (jabatan) in the database.
class PositionRepository {
public:
    explicit PositionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Position> all() const; // ordered by name
    std::optional<Position> byId(qint64 id) const;
    std::optional<Position> byName(const QString &name) const; // case-insensitive

    Expected<qint64> insert(Position position);
    Status update(Position position);
    Status remove(qint64 id); // for undoing an addition only
    int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace imbang
