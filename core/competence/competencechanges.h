#pragma once

#include "competence/competencerecords.h"
#include "domain/employee.h"
#include "util/expected.h"

#include <QSqlDatabase>

namespace imbang {

// An employee's performance ratings and competences as one record: what the dialog edits and what
// undo puts back.
struct CompetenceRecord {
    QList<PerformanceRating> ratings;
    QList<Competence> competences;
    friend bool operator==(const CompetenceRecord &, const CompetenceRecord &) = default;
};

namespace competencechanges {

CompetenceRecord load(const QSqlDatabase &db, qint64 employeeId);
// Problems of a record before it is saved: a year twice, a year out of range, a nameless competence.
QStringList problems(const CompetenceRecord &record, const QDate &today);
// Replaces the person's ratings and competences in one audited transaction.
Status save(const QSqlDatabase &db, const Employee &employee, const CompetenceRecord &before,
            const CompetenceRecord &after);

// Sets what a position expects (audited); an empty requirement removes it.
Status saveRequirement(const QSqlDatabase &db, const QString &positionName, const PositionRequirement &before,
                       const PositionRequirement &after);

} // namespace competencechanges
} // namespace imbang
