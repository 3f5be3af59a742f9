#pragma once

#include <QtGlobal>

namespace imbang {

// Bounds on what one import may read, so that a hostile or mistaken file cannot exhaust memory:
// the total size the zip parts of an xlsx/ods would inflate to, and the number of rows.
struct ReadLimits {
    quint64 maxInflatedBytes = 1024ULL * 1024 * 1024;
    int maxRows = 300'000;
};

} // namespace imbang
