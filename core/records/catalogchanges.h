#pragma once

#include "domain/position.h"
#include "records/staffingneedrepository.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <optional>

namespace imbang {

// Changes to the position catalogue and to staffing needs, audited and announced like the others.
namespace catalogchanges {

Expected<qint64> addPosition(const QSqlDatabase &db, Position position);
Status savePosition(const QSqlDatabase &db, const Position &after);
Status removePosition(const QSqlDatabase &db, qint64 positionId); // undo of an addition; refused while in use

// Sets (or with std::nullopt removes) the need of a unit for a position.
Status setNeed(const QSqlDatabase &db, qint64 unitId, qint64 positionId, std::optional<StaffingNeed> need);

} // namespace catalogchanges
} // namespace imbang
