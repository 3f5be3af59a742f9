#pragma once

#include "util/expected.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace imbang {

// "Do not move": an employee the planner leaves where they are, always with the reason recorded
// (health, a spouse's posting, a study bond, ...). The transfer workflow itself is not blocked: an officer
// can still propose a transfer by hand.
struct PlannerHold {
    qint64 employeeId = 0;
    QString reason;
    QDateTime recordedAt;
    QString actor;
};

class PlannerHoldRepository {
public:
    explicit PlannerHoldRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<PlannerHold> find(qint64 employeeId) const;
    QList<PlannerHold> all() const;
    // Sets or replaces the hold; an empty reason is refused. Audited.
    Status hold(qint64 employeeId, const QString &reason);
    Status release(qint64 employeeId); // audited; releasing someone not held is refused

private:
    QSqlDatabase m_db;
};

} // namespace imbang
