#pragma once

#include "competence/competencerepository.h"

#include <QtGlobal>

namespace imbang::test {

// Rates a person `predicate` for 2020-2027 (Baik by default, so the performance rule passes).
inline void rateGood(const QSqlDatabase &db, qint64 employeeId,
                     PerformancePredicate predicate = PerformancePredicate::Good) {
    for (int year = 2020; year <= 2027; ++year) {
        PerformanceRating r;
        r.employeeId = employeeId;
        r.year = year;
        r.predicate = predicate;
        if (const Status s = CompetenceRepository(db).putRating(r); !s)
            qFatal("rating: %s", qPrintable(s.error()));
    }
}

} // namespace imbang::test
