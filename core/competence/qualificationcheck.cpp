#include "qualificationcheck.h"

#include <QCoreApplication>

namespace imbang {

bool QualificationCheck::hasCertification(const QList<Competence> &competences, const QString &certification) {
    const QString wanted = certification.simplified();
    for (const Competence &c : competences)
        if (c.kind == Competence::Kind::Certification && c.name.simplified().contains(wanted, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList QualificationCheck::gaps(const QString &educationText, const QList<Competence> &competences,
                                     const PositionRequirement &requirement) {
    QStringList out;
    if (requirement.minimumEducation != EducationLevel::Unknown) {
        const EducationLevel has = education::levelOf(educationText);
        if (has == EducationLevel::Unknown)
            out << QCoreApplication::translate("QualificationCheck",
                                               "The position expects at least %1; the education is not recorded.")
                       .arg(education::displayName(requirement.minimumEducation));
        else if (has < requirement.minimumEducation)
            out << QCoreApplication::translate("QualificationCheck", "The position expects at least %1; the person has %2.")
                       .arg(education::displayName(requirement.minimumEducation), education::displayName(has));
    }
    if (!requirement.certification.trimmed().isEmpty() && !hasCertification(competences, requirement.certification))
        out << QCoreApplication::translate("QualificationCheck", "The position expects the certification \"%1\"; none is recorded.")
                   .arg(requirement.certification.trimmed());
    return out;
}

} // namespace imbang
