#pragma once

#include "domain/employee.h"

#include <QSqlQuery>
#include <QVariantList>

// The employee table's columns as the repository and the batch writer read and write them, kept in
// one place so the two cannot drift apart.
namespace imbang::employeecolumns {

QString select();          // "SELECT e.id, ... FROM employee e"
Employee read(const QSqlQuery &query);
QString insertStatement(); // positional placeholders in the order of values()
QVariantList values(const Employee &employee); // every column but id
// "UPDATE employee SET <every column of values()> = ? ... WHERE id = ?": the values, then the id.
QString updateStatement();

} // namespace imbang::employeecolumns
