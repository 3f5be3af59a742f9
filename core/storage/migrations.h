#pragma once

#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace imbang {

// One step of the schema history: what version it brings the file to and how.
struct MigrationStep {
    int version = 0;
    QString appVersion; // the Imbang release that introduced this schema, for "needs version X" messages
    std::function<Status(const QSqlDatabase &)> apply;
};

// Cumulative migrations (every step from the file's version to the newest runs in order) inside one
// transaction: a failing step rolls the whole upgrade back and leaves the file exactly as it was.
// The DDL of every step lives in migrations.cpp: it is the one place that names tables and columns.
namespace migrations {

QList<MigrationStep> standardSteps();
int currentVersion();                  // version of the last standard step
QString appVersionFor(int schemaVersion); // "0.1.0"; empty when unknown (a newer file)

// Reads the schema version of an open file: 0 for an empty file, -1 when the file has tables but
// is not an Imbang database.
int readVersion(const QSqlDatabase &db);

// Brings `db` from its version to the last of `steps`. Refuses a file newer than the steps.
Status migrate(const QSqlDatabase &db, const QList<MigrationStep> &steps = standardSteps());

// Imbang's SQLite application_id ("IMBG"), written into every file it creates.
constexpr int applicationId = 0x494D4247;

} // namespace migrations
} // namespace imbang
