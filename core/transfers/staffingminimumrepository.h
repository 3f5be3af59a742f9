#pragma once

#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace imbang {

// The lowest head count a unit may fall to in a position, e.g. a school's class teachers. Without
// an entry the transfer rules use the recorded need times the setting transfers/origin_minimum_percent.
struct StaffingMinimum {
    qint64 unitId = 0;
    qint64 positionId = 0;
    int minimum = 0;
    QString note;
    friend bool operator==(const StaffingMinimum &, const StaffingMinimum &) = default;
};

class StaffingMinimumRepository {
public:
    explicit StaffingMinimumRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<int> minimum(qint64 unitId, qint64 positionId) const;
    QList<StaffingMinimum> forUnit(qint64 unitId) const;
    // Insert or replace, audited; a negative minimum is refused.
    Status set(const StaffingMinimum &value);
    Status remove(qint64 unitId, qint64 positionId); // audited

private:
    QSqlDatabase m_db;
};

} // namespace imbang
