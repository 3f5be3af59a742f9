#include "personfit.h"

#include "competence/competencerepository.h"
#include "competence/qualificationcheck.h"

#include <QCoreApplication>

namespace imbang {

PersonFit PersonFit::of(const QSqlDatabase &db, qint64 employeeId, const QString &education,
                        qint64 targetPositionId, const QDate &tmt) {
    const CompetenceRepository competence(db);
    PersonFit fit;
    for (int year = tmt.year() - 1; year >= tmt.year() - 2; --year) {
        const auto rating = competence.rating(employeeId, year);
        fit.lastRatings.append({year, rating ? std::optional(rating->predicate) : std::nullopt});
    }
    if (targetPositionId)
        fit.qualificationGaps = QualificationCheck::gaps(education, competence.competences(employeeId),
                                                         competence.requirement(targetPositionId));
    return fit;
}

bool PersonFit::ratingsGoodEnough() const {
    return std::all_of(lastRatings.cbegin(), lastRatings.cend(),
                       [](const auto &r) { return r.second && performance::isGoodEnough(*r.second); });
}

QString PersonFit::ratingsText() const {
    QStringList parts;
    for (const auto &[year, predicate] : lastRatings)
        parts << QCoreApplication::translate("PersonFit", "%1: %2")
                     .arg(year)
                     .arg(predicate ? performance::displayName(*predicate)
                                    : QCoreApplication::translate("PersonFit", "not recorded"));
    return parts.join(QStringLiteral(" · "));
}

QString PersonFit::fitText() const {
    return qualificationGaps.isEmpty()
               ? QCoreApplication::translate("PersonFit", "meets the position's requirements")
               : qualificationGaps.join(QLatin1Char(' '));
}

} // namespace imbang
