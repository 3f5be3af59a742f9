#pragma once

#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace imbang {

// How many people a unit needs in a position, and where the figure comes from.
struct StaffingNeed {
    qint64 unitId = 0;
    qint64 positionId = 0;
    double need = 0;
    QString source; // "LANGSUNG" (entered, formasi), "ABK", "GURU"
    QString note;
    friend bool operator==(const StaffingNeed &, const StaffingNeed &) = default;
};

class StaffingNeedRepository {
public:
    explicit StaffingNeedRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<StaffingNeed> all() const;
    QList<StaffingNeed> forUnit(qint64 unitId) const;
    std::optional<StaffingNeed> find(qint64 unitId, qint64 positionId) const;
    // Inserts or replaces the need of (unit, position).
    Status set(const StaffingNeed &need);
    Status remove(qint64 unitId, qint64 positionId);

    static QString sourceDirect() { return QStringLiteral("LANGSUNG"); }

private:
    QSqlDatabase m_db;
};

} // namespace imbang
