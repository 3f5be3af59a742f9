#include "schoolprofilerepository.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace imbang {
namespace {
QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Status exec(QSqlQuery &q, const QVariantList &values) {
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return {};
    return Status::failure(QCoreApplication::translate("SchoolProfileRepository",
                                                       "Database error while saving the teacher need: %1")
                               .arg(q.lastError().text()));
}
} // namespace

struct SchoolProfileRepository::Statements {
    QSqlQuery upsertProfile, clearSubjects, insertSubject, clearNeeds, upsertNeed;
};

SchoolProfileRepository::SchoolProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}
SchoolProfileRepository::~SchoolProfileRepository() = default;

Expected<SchoolProfileRepository::Statements *> SchoolProfileRepository::statements() {
    if (m_statements)
        return m_statements.get();
    auto s = std::make_unique<Statements>(Statements{QSqlQuery(m_db), QSqlQuery(m_db), QSqlQuery(m_db),
                                                     QSqlQuery(m_db), QSqlQuery(m_db)});
    const std::pair<QSqlQuery *, QString> all[] = {
        {&s->upsertProfile,
         QStringLiteral("INSERT INTO school_profile(unit_id, uuid, rombel, remote, class_position_id, modified_at) "
                        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(unit_id) DO UPDATE SET rombel = excluded.rombel, "
                        "remote = excluded.remote, class_position_id = excluded.class_position_id, "
                        "modified_at = excluded.modified_at")},
        {&s->clearSubjects, QStringLiteral("DELETE FROM school_subject WHERE unit_id = ?")},
        {&s->insertSubject, QStringLiteral("INSERT INTO school_subject(uuid, unit_id, subject, weekly_hours, "
                                           "position_id, modified_at) VALUES(?, ?, ?, ?, ?, ?)")},
        {&s->clearNeeds, QStringLiteral("DELETE FROM staffing_need WHERE unit_id = ? AND source = ?")},
        {&s->upsertNeed,
         QStringLiteral("INSERT INTO staffing_need(uuid, unit_id, position_id, need, source, note, modified_at) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(unit_id, position_id) DO UPDATE SET "
                        "need = excluded.need, source = excluded.source, note = excluded.note, "
                        "modified_at = excluded.modified_at")},
    };
    for (const auto &[query, text] : all)
        if (!query->prepare(text))
            return Expected<Statements *>::failure(
                QCoreApplication::translate("SchoolProfileRepository",
                                            "Database error while saving the teacher need: %1")
                    .arg(query->lastError().text()));
    m_statements = std::move(s);
    return m_statements.get();
}

std::optional<SchoolProfile> SchoolProfileRepository::find(qint64 unitId) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT rombel, remote, class_position_id FROM school_profile "
                                           "WHERE unit_id = ?"),
                      {unitId});
    if (!q || !q->next())
        return std::nullopt;
    SchoolProfile p;
    p.unitId = unitId;
    p.rombel = q->value(0).toInt();
    p.remote = q->value(1).toBool();
    p.classPositionId = q->value(2).toLongLong();
    auto s = sql::run(m_db, QStringLiteral("SELECT subject, weekly_hours, position_id FROM school_subject "
                                           "WHERE unit_id = ? ORDER BY id"),
                      {unitId});
    if (s)
        while (s->next())
            p.subjects << SchoolSubject{s->value(0).toString(), s->value(1).toDouble(), s->value(2).toLongLong()};
    return p;
}

QList<qint64> SchoolProfileRepository::schoolsWithProfile() const {
    QList<qint64> ids;
    auto q = sql::run(m_db, QStringLiteral("SELECT unit_id FROM school_profile ORDER BY unit_id"));
    if (q)
        while (q->next())
            ids << q->value(0).toLongLong();
    return ids;
}

Status SchoolProfileRepository::save(const SchoolProfile &profile, const TeacherNeedRules &rules) {
    sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    auto st = statements();
    if (!st)
        return Status::failure(st.error());
    const QVariant stamp = sql::fromDateTime(Clock::now());
    if (Status s = exec((*st)->upsertProfile, {profile.unitId, newUuid(), std::max(0, profile.rombel),
                                               profile.remote ? 1 : 0, sql::nullIfZero(profile.classPositionId),
                                               stamp});
        !s)
        return s;
    if (Status s = exec((*st)->clearSubjects, {profile.unitId}); !s)
        return s;
    for (const SchoolSubject &subject : profile.subjects)
        if (Status s = exec((*st)->insertSubject, {newUuid(), profile.unitId, subject.subject.trimmed(),
                                                   std::max(0.0, subject.weeklyHours), subject.positionId, stamp});
            !s)
            return s;
    if (Status s = writeNeeds(profile, rules); !s)
        return s;
    return transaction.commit();
}

Status SchoolProfileRepository::writeNeeds(const SchoolProfile &profile, const TeacherNeedRules &rules) {
    auto st = statements();
    if (!st)
        return Status::failure(st.error());
    if (Status s = exec((*st)->clearNeeds, {profile.unitId, source()}); !s)
        return s;
    const QVariant stamp = sql::fromDateTime(Clock::now());
    for (const TeacherNeedLine &line : teacherneed::compute(profile, rules)) {
        const QString note = line.classTeachers ? QStringLiteral("rombel %1").arg(profile.rombel)
                                                : line.subjects.join(QStringLiteral(", "));
        if (Status s = exec((*st)->upsertNeed,
                            {newUuid(), profile.unitId, line.positionId, line.need, source(), note, stamp});
            !s)
            return s;
    }
    return {};
}

Status SchoolProfileRepository::remove(qint64 unitId) {
    sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (const QString &statement : {QStringLiteral("DELETE FROM school_subject WHERE unit_id = ?"),
                                     QStringLiteral("DELETE FROM school_profile WHERE unit_id = ?")}) {
        auto q = sql::run(m_db, statement, {unitId});
        if (!q)
            return Status::failure(q.error());
    }
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM staffing_need WHERE unit_id = ? AND source = ?"),
                      {unitId, source()});
    if (!q)
        return Status::failure(q.error());
    return transaction.commit();
}

Expected<int> SchoolProfileRepository::recomputeNeeds(const TeacherNeedRules &rules) {
    sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Expected<int>::failure(transaction.error());
    int count = 0;
    for (qint64 id : schoolsWithProfile()) {
        if (const auto profile = find(id)) {
            if (Status s = writeNeeds(*profile, rules); !s)
                return Expected<int>::failure(s.error());
            ++count;
        }
    }
    if (Status s = transaction.commit(); !s)
        return Expected<int>::failure(s.error());
    return count;
}

} // namespace imbang
