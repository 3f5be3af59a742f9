#pragma once

#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"

#include <QJsonObject>

// Records as JSON for the audit trail's "before" and "after": stable keys, storage codes, ISO dates.
namespace imbang::recordjson {

QJsonObject toJson(const Employee &employee);
QJsonObject toJson(const Unit &unit);
QJsonObject toJson(const Position &position);

} // namespace imbang::recordjson
