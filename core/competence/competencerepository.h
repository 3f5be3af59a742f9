#pragma once

#include "competence/competencerecords.h"
#include "util/expected.h"

#include <QHash>
#include <QSqlDatabase>

namespace imbang {

// Performance ratings, certifications/trainings and position requirements. Changes replace a
// person's whole list at once: that is what the editing dialog saves and what undo puts back.
class CompetenceRepository {
public:
    explicit CompetenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<PerformanceRating> ratings(qint64 employeeId) const; // newest year first
    std::optional<PerformanceRating> rating(qint64 employeeId, int year) const;
    Status replaceRatings(qint64 employeeId, const QList<PerformanceRating> &ratings);
    // Adds or replaces the rating of that year (imports).
    Status putRating(PerformanceRating rating);

    QList<Competence> competences(qint64 employeeId) const; // certifications first, then by year
    Status replaceCompetences(qint64 employeeId, const QList<Competence> &competences);

    PositionRequirement requirement(qint64 positionId) const;
    Status setRequirement(const PositionRequirement &requirement);
    QHash<qint64, PositionRequirement> allRequirements() const;

private:
    QSqlDatabase m_db;
};

} // namespace imbang
