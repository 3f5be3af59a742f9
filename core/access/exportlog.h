#pragma once

#include "util/expected.h"

#include <QSqlDatabase>
#include <QString>

// Exports of personal data leave the program's control (files, flash disks): each one is written to
// the audit trail with what was exported, where to and how many records.
namespace imbang::exportlog {

// `what`: "employee-list", "package", "transfer-register", ...; `path` "-" for the standard output.
Status record(const QSqlDatabase &db, const QString &what, const QString &path, int records);

} // namespace imbang::exportlog
