#include "competencechanges.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "competence/competencerepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace imbang::competencechanges {
namespace {

QJsonObject toJson(const CompetenceRecord &record) {
    QJsonArray ratings, competences;
    for (const PerformanceRating &r : record.ratings) {
        QJsonObject o{{QStringLiteral("year"), r.year}, {QStringLiteral("predicate"), performance::toCode(r.predicate)},
                      {QStringLiteral("document"), r.document}};
        if (r.score)
            o.insert(QStringLiteral("score"), *r.score);
        ratings.append(o);
    }
    for (const Competence &c : record.competences)
        competences.append(QJsonObject{
            {QStringLiteral("kind"), Competence::kindCode(c.kind)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("reference"), c.reference}});
    return {{QStringLiteral("ratings"), ratings}, {QStringLiteral("competences"), competences}};
}

} // namespace

CompetenceRecord load(const QSqlDatabase &db, qint64 employeeId) {
    const CompetenceRepository repo(db);
    return {repo.ratings(employeeId), repo.competences(employeeId)};
}

QStringList problems(const CompetenceRecord &record, const QDate &today) {
    QStringList out;
    QSet<int> years;
    for (const PerformanceRating &r : record.ratings) {
        if (r.year < 1990 || r.year > today.year())
            out << QCoreApplication::translate("CompetenceChanges",
                                               "The rating year %1 is outside 1990-%2. Correct the year.")
                       .arg(r.year)
                       .arg(today.year());
        if (years.contains(r.year))
            out << QCoreApplication::translate("CompetenceChanges",
                                               "The year %1 has two ratings. Keep one rating per year.")
                       .arg(r.year);
        years.insert(r.year);
    }
    for (const Competence &c : record.competences)
        if (c.name.trimmed().isEmpty())
            out << QCoreApplication::translate("CompetenceChanges",
                                               "A certification or training has no name. Fill in the name or "
                                               "remove the row.");
    return out;
}

Status save(const QSqlDatabase &db, const Employee &employee, const CompetenceRecord &before,
            const CompetenceRecord &after) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    if (const QStringList p = problems(after, Clock::today()); !p.isEmpty())
        return Status::failure(p.join(QLatin1Char('\n')));
    sql::Transaction transaction(db);
    CompetenceRepository repo(db);
    if (Status s = repo.replaceRatings(employee.id, after.ratings); !s)
        return s;
    if (Status s = repo.replaceCompetences(employee.id, after.competences); !s)
        return s;
    AuditRecord audit;
    audit.action = QStringLiteral("update");
    audit.entity = QStringLiteral("employee.competence");
    audit.entityUuid = employee.uuid;
    audit.summary = QCoreApplication::translate("CompetenceChanges", "Change performance and competence of %1")
                        .arg(employee.fullName());
    audit.before = toJson(before);
    audit.after = toJson(after);
    if (Status s = AuditTrail(db).record(audit); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("employee"));
    return {};
}

Status saveRequirement(const QSqlDatabase &db, const QString &positionName, const PositionRequirement &before,
                       const PositionRequirement &after) {
    if (Status allowed = access::require(db, Permission::EditRecords); !allowed)
        return allowed;
    const auto json = [](const PositionRequirement &r) {
        return QJsonObject{{QStringLiteral("minimum_education"), education::toCode(r.minimumEducation)},
                           {QStringLiteral("certification"), r.certification}};
    };
    sql::Transaction transaction(db);
    if (Status s = CompetenceRepository(db).setRequirement(after); !s)
        return s;
    AuditRecord audit;
    audit.action = QStringLiteral("update");
    audit.entity = QStringLiteral("position.requirement");
    audit.summary = QCoreApplication::translate("CompetenceChanges", "Change what %1 expects").arg(positionName);
    audit.before = json(before);
    audit.after = json(after);
    if (Status s = AuditTrail(db).record(audit); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("position"));
    return {};
}

} // namespace imbang::competencechanges
