#pragma once

#include "util/expected.h"
#include "workload/teacherneed.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace imbang {

// Schools' teaching data (class groups, remote flag, subjects) and the teacher needs they give, which are
// written to staffing_need with source "GURU" so they show like any other need.
class SchoolProfileRepository {
public:
    explicit SchoolProfileRepository(QSqlDatabase db);
    ~SchoolProfileRepository();

    std::optional<SchoolProfile> find(qint64 unitId) const;
    QList<qint64> schoolsWithProfile() const;

    // Saves the profile and replaces the school's teacher needs, in one transaction. A position whose
    // need came from the teacher rules and is no longer taught loses that need.
    Status save(const SchoolProfile &profile, const TeacherNeedRules &rules);
    Status remove(qint64 unitId);
    // Writes every school's teacher needs again, e.g. after the JTM or minimum settings changed.
    Expected<int> recomputeNeeds(const TeacherNeedRules &rules);

    static QString source() { return QStringLiteral("GURU"); }

private:
    struct Statements;
    Status writeNeeds(const SchoolProfile &profile, const TeacherNeedRules &rules);
    // Prepared once and reused: the demo saves thousands of schools in one go.
    Expected<Statements *> statements();

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace imbang
