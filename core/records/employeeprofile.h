#pragma once

#include "domain/employee.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace imbang {

// An employee's record as labelled lines with the values derived on `today` (age, service, time in
// post with its rotation flag, retirement): what the detail panel shows and the profile prints.
struct ProfileLine {
    QString label;
    QString value;
    bool flagged = false; // draw attention (due for rotation, not yet movable)
};

QList<ProfileLine> employeeProfile(const QSqlDatabase &db, const Employee &employee, const QDate &today);

} // namespace imbang
