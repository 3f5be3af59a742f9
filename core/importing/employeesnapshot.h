#pragma once

#include "domain/employee.h"

#include <QString>

// An employee record as text (JSON of its stored columns), kept in import_batch_item.before so
// that undoing an import can put back exactly what was there.
namespace imbang::employeesnapshot {

QString toText(const Employee &employee);
// The stored column values (in employeecolumns::values() order) and the record id of a snapshot;
// false when the text is not one.
bool restore(const QString &text, QVariantList &values, qint64 &id);

} // namespace imbang::employeesnapshot
