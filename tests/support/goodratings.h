#pragma once

#include "competence/competencerepository.h"

#include <QtGlobal>

namespace imbang::test {

// Rates a person Baik for 2020-2027, so the performance rule passes unless a test changes a rating.
inline void rateGood(const QSqlDatabase &db, qint64 employeeId) {
    for (int year = 2020; year <= 2027; ++year) {
        PerformanceRating r;
        r.employeeId = employeeId;
        r.year = year;
        r.predicate = PerformancePredicate::Good;
        if (const Status s = CompetenceRepository(db).putRating(r); !s)
            qFatal("rating: %s", qPrintable(s.error()));
    }
}

} // namespace imbang::test
