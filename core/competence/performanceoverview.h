#pragma once

#include "competence/performancepredicate.h"
#include "domain/codes.h"
#include "util/expected.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

namespace imbang {

// One row of the leaders' view: a unit (with everything below it) and how its staff were rated in a year.
struct RatingDistribution {
    qint64 unitId = 0; // 0 for the total
    QString unitName;
    std::array<int, 5> counts{}; // by PerformancePredicate, best first
    int unrated = 0;             // active staff without a rating for the year
    int staff = 0;
    int dueForRotation = 0;

    int count(PerformancePredicate p) const { return counts[std::size_t(p)]; }
};

// Someone longer in post than the rotation period: a candidate for a career move.
struct RotationCandidate {
    qint64 employeeId = 0;
    QString nip;
    EmploymentStatus status = EmploymentStatus::Pns; // how the number is grouped in print
    QString name; // with titles
    QString unitName;
    QString positionName;
    QDate positionTmt;
    int monthsInPost = 0;
    std::optional<PerformancePredicate> rating; // in the overview's year
};

// Leaders' view (issue 12): per unit, the distribution of performance predicates in one year and the
// people due for rotation (more than `rotationYears` in post), for heads of agencies who decide moves.
struct PerformanceOverview {
    QString scopeName;
    int year = 0;
    int rotationYears = 5;
    QDate asOf;
    QList<RatingDistribution> rows; // one per sub-unit of the scope, by name
    RatingDistribution total;
    QList<RotationCandidate> dueForRotation; // longest in post first
};

namespace performanceoverview {

// unitId > 0: the rows are that unit's children (and the unit itself for staff placed directly in it).
// unitId 0 and a region: the top units of that kabupaten/kota. Both empty: the agencies of the office.
// Only active staff count. The rotation period is the setting records/rotation_years.
Expected<PerformanceOverview> compute(QSqlDatabase db, qint64 unitId, const QString &region, int year);

} // namespace performanceoverview
} // namespace imbang
