#pragma once

#include "competence/performancepredicate.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <utility>

namespace imbang {

// How a person measures up for a post from a TMT: the performance predicates of the two years before the
// TMT's year (the later year first; nullopt: not recorded) and what the position expects that the person
// lacks. The transfer rules judge these; the effect preview shows them.
struct PersonFit {
    QList<std::pair<int, std::optional<PerformancePredicate>>> lastRatings;
    QStringList qualificationGaps;

    static PersonFit of(const QSqlDatabase &db, qint64 employeeId, const QString &education,
                        qint64 targetPositionId, const QDate &tmt);

    bool ratingsGoodEnough() const; // both years recorded and at least Baik
    QString ratingsText() const;    // "2025: Baik · 2024: not recorded"
    QString fitText() const;        // "meets the position's requirements" or the gaps
};

} // namespace imbang
