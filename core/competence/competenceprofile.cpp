#include "competenceprofile.h"

#include "competence/competencerepository.h"
#include "competence/qualificationcheck.h"

#include <QCoreApplication>

namespace imbang {
namespace {

ProfileLine performanceLine(const QList<PerformanceRating> &ratings, const QDate &today) {
    const QString label = QCoreApplication::translate("CompetenceProfile", "Performance (SKP)");
    if (ratings.isEmpty())
        return {label, QCoreApplication::translate("CompetenceProfile", "no rating recorded"), true};
    QStringList parts;
    for (qsizetype i = 0; i < ratings.size() && i < 4; ++i)
        parts << QCoreApplication::translate("CompetenceProfile", "%1: %2")
                     .arg(ratings.at(i).year)
                     .arg(performance::displayName(ratings.at(i).predicate));
    bool flagged = false;
    for (int year = today.year() - 2; year < today.year(); ++year) {
        const auto it = std::find_if(ratings.cbegin(), ratings.cend(),
                                     [year](const PerformanceRating &r) { return r.year == year; });
        if (it == ratings.cend() || !performance::isGoodEnough(it->predicate))
            flagged = true;
    }
    return {label, parts.join(QStringLiteral(" · ")), flagged};
}

QString competenceText(const Competence &c) {
    QStringList details;
    if (!c.subject.isEmpty())
        details << c.subject;
    if (c.year > 0)
        details << QString::number(c.year);
    return details.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, details.join(QStringLiteral(", ")));
}

} // namespace

QList<ProfileLine> competenceProfile(const QSqlDatabase &db, const Employee &e, const QDate &today) {
    const CompetenceRepository repo(db);
    QList<ProfileLine> lines{performanceLine(repo.ratings(e.id), today)};
    const QList<Competence> competences = repo.competences(e.id);
    QStringList certificates, trainings;
    for (const Competence &c : competences)
        (c.kind == Competence::Kind::Certification ? certificates : trainings) << competenceText(c);
    const QString none = QCoreApplication::translate("CompetenceProfile", "none recorded");
    lines << ProfileLine{QCoreApplication::translate("CompetenceProfile", "Certifications"),
                         certificates.isEmpty() ? none : certificates.join(QStringLiteral("; "))};
    lines << ProfileLine{QCoreApplication::translate("CompetenceProfile", "Trainings (diklat)"),
                         trainings.isEmpty() ? none : trainings.join(QStringLiteral("; "))};
    const PositionRequirement requirement = repo.requirement(e.positionId);
    if (!requirement.isEmpty()) {
        const QStringList gaps = QualificationCheck::gaps(e.education, competences, requirement);
        lines << ProfileLine{QCoreApplication::translate("CompetenceProfile", "Fit for the position"),
                             gaps.isEmpty() ? QCoreApplication::translate("CompetenceProfile", "meets what the position expects")
                                            : gaps.join(QLatin1Char(' ')),
                             !gaps.isEmpty()};
    }
    return lines;
}

} // namespace imbang
