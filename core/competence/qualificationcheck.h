#pragma once

#include "competence/competencerecords.h"

#include <QStringList>

namespace imbang {

// Whether a person meets what a position expects: the minimum education level and a certification.
// Each gap is one translated sentence for the panel, the transfer check and the planner.
class QualificationCheck {
public:
    static QStringList gaps(const QString &education, const QList<Competence> &competences,
                            const PositionRequirement &requirement);
    static bool hasCertification(const QList<Competence> &competences, const QString &certification);
};

} // namespace imbang
