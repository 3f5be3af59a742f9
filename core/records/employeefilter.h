#pragma once

#include "domain/codes.h"

#include <QString>

#include <optional>

namespace imbang {

// What the employee list shows: the same filter serves the main window, `imbang-cli employees` and
// exports, so all three list the same people.
struct EmployeeFilter {
    QString search;               // words that must all appear in the name, titles or NIP
    qint64 unitId = 0;            // 0: every unit
    QString region;               // non-empty: only units of this kabupaten/kota
    bool includeSubunits = true;  // with unitId: the unit and everything below it
    int rankCode = 0;             // 0: any rank
    qint64 positionId = 0;        // 0: any position
    std::optional<EmploymentStatus> status;
    bool includeInactive = false;

    friend bool operator==(const EmployeeFilter &, const EmployeeFilter &) = default;
};

enum class EmployeeSortKey { Name, Nip, Rank, Position, Unit, BirthDate, PositionTmt, Status };

struct EmployeeSort {
    EmployeeSortKey key = EmployeeSortKey::Name;
    bool descending = false;

    friend bool operator==(const EmployeeSort &, const EmployeeSort &) = default;
};

} // namespace imbang
