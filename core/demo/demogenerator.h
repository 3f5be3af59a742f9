#pragma once

#include "util/expected.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace imbang {

struct DemoOptions {
    int employees = 5000;
    quint64 seed = 1;
    QDate today; // invalid: Clock::today()
};

struct DemoSummary {
    int regions = 0;
    int units = 0;
    int positions = 0;
    int employees = 0;
    int needs = 0;
};

// Builds a fictional Jambi-like dataset into an empty database: the 11 kabupaten/kota with their
// agencies, schools, puskesmas and divisions; a position catalogue; staffing needs; and employees
// with valid NIPs and plausible ranks. Staffing is uneven on purpose: schools and puskesmas near a
// region's seat have more people than they need, remote ones fewer. The same seed always gives the
// same data. Everything is written in one transaction.
class DemoGenerator {
public:
    using Progress = std::function<void(int done, int total)>;
    static Expected<DemoSummary> generate(const QSqlDatabase &db, const DemoOptions &options,
                                          const Progress &progress = {});
};

} // namespace imbang
