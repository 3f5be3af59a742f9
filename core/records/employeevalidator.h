#pragma once

#include "domain/employee.h"
#include "util/problem.h"

#include <QDate>

namespace imbang {

// Checks an employee record before it is saved, field by field, so the edit dialog can show each
// message beside its field as the officer types and the import can report it per cell.
// Errors block saving; warnings (a birth date that disagrees with the NIP, say) are shown and allowed.
namespace employeevalidation {

Problems validate(const Employee &employee, const QDate &today);

} // namespace employeevalidation
} // namespace imbang
