#pragma once

#include "exchange/recordexchange.h"

namespace imbang::exchange {

// What the records that belong to one employee (rank history, performance ratings, competences,
// transfers) share in packages. They travel when their employee is in the export's scope and take
// the employee along, so that the receiver can attach them.
namespace employeerecord {

// Whether a record of the employee `employeeId` (in unit `employeeUnitId`) belongs to the export;
// takes the employee along when it does.
bool take(ExportRow &row, qint64 employeeId, qint64 employeeUnitId, bool changed);

// The id here of the employee a package record refers to (0 when neither the package nor this
// database has it).
qint64 employeeId(const ApplyRun &run, const std::string &employeeUuid, const MergeContext &context);

// "Budi Santoso (NIP …)" for an employee's UUID, when the package or this database named it.
QString employeeLabel(const std::string &employeeUuid, const MergeContext &context);

// The warning for a record whose employee is neither in the package nor here.
void warnNoEmployee(ApplyRun &run, const QString &recordLabel);

} // namespace employeerecord
} // namespace imbang::exchange
