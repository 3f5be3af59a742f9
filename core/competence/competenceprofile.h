#pragma once

#include "domain/employee.h"
#include "records/employeeprofile.h"

namespace imbang {

// The lines of the employee panel about performance and competence: the predicates of recent years
// (flagged when one of the last two is missing or below Baik), certifications and trainings, and
// whether the person meets what the current position expects.
QList<ProfileLine> competenceProfile(const QSqlDatabase &db, const Employee &employee, const QDate &today);

} // namespace imbang
