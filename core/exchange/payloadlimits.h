#pragma once

#include <cstdint>

namespace imbang::exchange {

// How much a package may ask of the reader. A package over a limit is refused before the memory is
// spent; the defaults leave room for a province with several hundred thousand employees.
struct PayloadLimits {
    std::uint64_t maxFileBytes = 1024ull * 1024 * 1024;     // the .imbang file on disk
    std::uint64_t maxInflatedBytes = 2048ull * 1024 * 1024; // the payload after inflating
    std::uint64_t maxRecordsPerSection = 5'000'000;
    std::uint64_t maxTextBytes = 64 * 1024; // one text field
};

} // namespace imbang::exchange
