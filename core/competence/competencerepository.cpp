#include "competencerepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang {
namespace {

Competence::Kind kindFromCode(const QString &code) {
    return code == QStringLiteral("DIKLAT") ? Competence::Kind::Training : Competence::Kind::Certification;
}

const QString ratingColumns =
    QStringLiteral("id, uuid, employee_id, year, predicate, score, document, modified_at, origin_office");

PerformanceRating ratingFrom(const QSqlQuery &q) {
    PerformanceRating r;
    r.id = q.value(0).toLongLong();
    r.uuid = QUuid::fromString(q.value(1).toString());
    r.employeeId = q.value(2).toLongLong();
    r.year = q.value(3).toInt();
    r.predicate = performance::fromCode(q.value(4).toString()).value_or(PerformancePredicate::Good);
    r.score = sql::toOptionalDouble(q.value(5));
    r.document = q.value(6).toString();
    r.modifiedAt = sql::toDateTime(q.value(7));
    r.originOffice = q.value(8).toString();
    return r;
}

Status insertRating(const QSqlDatabase &db, PerformanceRating r) {
    if (r.uuid.isNull())
        r.uuid = QUuid::createUuid();
    if (!r.modifiedAt.isValid())
        r.modifiedAt = Clock::now();
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO performance_rating(uuid, employee_id, year, predicate, score, "
                                     "document, modified_at, origin_office) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                      {r.uuid.toString(QUuid::WithoutBraces), r.employeeId, r.year, performance::toCode(r.predicate),
                       sql::fromOptional(r.score), sql::text(r.document), sql::fromDateTime(r.modifiedAt),
                       sql::text(r.originOffice)},
                      QCoreApplication::translate("CompetenceRepository", "saving a performance rating"));
    return q ? Status() : Status::failure(q.error());
}

} // namespace

QList<PerformanceRating> CompetenceRepository::ratings(qint64 employeeId) const {
    QList<PerformanceRating> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM performance_rating WHERE employee_id = ? ORDER BY year DESC")
                          .arg(ratingColumns),
                      {employeeId});
    if (q)
        while (q->next())
            out << ratingFrom(*q);
    return out;
}

std::optional<PerformanceRating> CompetenceRepository::rating(qint64 employeeId, int year) const {
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM performance_rating WHERE employee_id = ? AND year = ?")
                          .arg(ratingColumns),
                      {employeeId, year});
    if (q && q->next())
        return ratingFrom(*q);
    return std::nullopt;
}

Status CompetenceRepository::replaceRatings(qint64 employeeId, const QList<PerformanceRating> &ratings) {
    sql::Transaction transaction(m_db);
    if (auto q = sql::run(m_db, QStringLiteral("DELETE FROM performance_rating WHERE employee_id = ?"), {employeeId}); !q)
        return Status::failure(q.error());
    for (PerformanceRating r : ratings) {
        r.employeeId = employeeId;
        if (Status s = insertRating(m_db, r); !s)
            return s;
    }
    return transaction.commit();
}

Status CompetenceRepository::putRating(PerformanceRating rating) {
    sql::Transaction transaction(m_db);
    if (const auto existing = this->rating(rating.employeeId, rating.year)) {
        rating.uuid = existing->uuid; // the same record, changed: exchange packages match it by uuid
        if (auto q = sql::run(m_db, QStringLiteral("DELETE FROM performance_rating WHERE id = ?"), {existing->id}); !q)
            return Status::failure(q.error());
    }
    rating.modifiedAt = Clock::now();
    if (Status s = insertRating(m_db, rating); !s)
        return s;
    return transaction.commit();
}

QList<Competence> CompetenceRepository::competences(qint64 employeeId) const {
    QList<Competence> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, uuid, employee_id, kind, name, subject, year, reference, modified_at, "
                                     "origin_office FROM competence WHERE employee_id = ? "
                                     "ORDER BY kind DESC, year, id"),
                      {employeeId});
    if (q)
        while (q->next()) {
            Competence c;
            c.id = q->value(0).toLongLong();
            c.uuid = QUuid::fromString(q->value(1).toString());
            c.employeeId = q->value(2).toLongLong();
            c.kind = kindFromCode(q->value(3).toString());
            c.name = q->value(4).toString();
            c.subject = q->value(5).toString();
            c.year = q->value(6).toInt();
            c.reference = q->value(7).toString();
            c.modifiedAt = sql::toDateTime(q->value(8));
            c.originOffice = q->value(9).toString();
            out << c;
        }
    return out;
}

Status CompetenceRepository::replaceCompetences(qint64 employeeId, const QList<Competence> &competences) {
    sql::Transaction transaction(m_db);
    if (auto q = sql::run(m_db, QStringLiteral("DELETE FROM competence WHERE employee_id = ?"), {employeeId}); !q)
        return Status::failure(q.error());
    for (Competence c : competences) {
        if (c.uuid.isNull())
            c.uuid = QUuid::createUuid();
        if (!c.modifiedAt.isValid())
            c.modifiedAt = Clock::now();
        auto q = sql::run(m_db,
                          QStringLiteral("INSERT INTO competence(uuid, employee_id, kind, name, subject, year, "
                                         "reference, modified_at, origin_office) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {c.uuid.toString(QUuid::WithoutBraces), employeeId, Competence::kindCode(c.kind), sql::text(c.name),
                           sql::text(c.subject), c.year, sql::text(c.reference), sql::fromDateTime(c.modifiedAt),
                           sql::text(c.originOffice)},
                          QCoreApplication::translate("CompetenceRepository", "saving a certification or training"));
        if (!q)
            return Status::failure(q.error());
    }
    return transaction.commit();
}

PositionRequirement CompetenceRepository::requirement(qint64 positionId) const {
    PositionRequirement r;
    r.positionId = positionId;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT minimum_education, certification FROM position_requirement "
                                     "WHERE position_id = ?"),
                      {positionId});
    if (q && q->next()) {
        r.minimumEducation = education::fromCode(q->value(0).toString());
        r.certification = q->value(1).toString();
    }
    return r;
}

Status CompetenceRepository::setRequirement(const PositionRequirement &requirement) {
    auto q = requirement.isEmpty()
                 ? sql::run(m_db, QStringLiteral("DELETE FROM position_requirement WHERE position_id = ?"),
                            {requirement.positionId})
                 : sql::run(m_db,
                            QStringLiteral("INSERT INTO position_requirement(position_id, minimum_education, "
                                           "certification) VALUES(?, ?, ?) ON CONFLICT(position_id) DO UPDATE "
                                           "SET minimum_education = excluded.minimum_education, "
                                           "certification = excluded.certification"),
                            {requirement.positionId, sql::text(education::toCode(requirement.minimumEducation)),
                             sql::text(requirement.certification.trimmed())},
                            QCoreApplication::translate("CompetenceRepository", "saving what a position expects"));
    return q ? Status() : Status::failure(q.error());
}

QHash<qint64, PositionRequirement> CompetenceRepository::allRequirements() const {
    QHash<qint64, PositionRequirement> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT position_id, minimum_education, certification FROM position_requirement"));
    if (q)
        while (q->next()) {
            PositionRequirement r;
            r.positionId = q->value(0).toLongLong();
            r.minimumEducation = education::fromCode(q->value(1).toString());
            r.certification = q->value(2).toString();
            out.insert(r.positionId, r);
        }
    return out;
}

} // namespace imbang
