#pragma once

#include "output/texttable.h"
#include "records/employeefilter.h"

#include <QDate>
#include <QSqlDatabase>

namespace imbang {

// The employee list as text, with unit, position and derived values: what `imbang-cli employees`
// prints. Columns are the record's fields plus age and retirement date on `today`.
TextTable employeeList(const QSqlDatabase &db, const EmployeeFilter &filter, const QDate &today);

} // namespace imbang
