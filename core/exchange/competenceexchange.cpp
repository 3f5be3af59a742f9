#include "competenceexchange.h"

#include "exchange/employeerecordexchange.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectCompetences = QStringLiteral(
    "SELECT c.id, c.employee_id, e.unit_id, c.uuid, e.uuid, c.kind, c.name, c.subject, c.year, c.reference, "
    "c.modified_at, c.origin_office%1 FROM competence c JOIN employee e ON e.id = c.employee_id");
constexpr int changedColumn = 12;

CompetenceRecord readRecord(const QSqlQuery &q) {
    CompetenceRecord r;
    r.uuid = from(q.value(3));
    r.employeeUuid = from(q.value(4));
    r.kind = from(q.value(5));
    r.name = from(q.value(6));
    r.subject = from(q.value(7));
    r.year = q.value(8).toInt();
    r.reference = from(q.value(9));
    r.modifiedAt = from(q.value(10));
    r.originOffice = from(q.value(11));
    return r;
}

Fields fieldsOf(const CompetenceRecord &r, const MergeContext &context) {
    return {{QLatin1String("employee"), context.local(to(r.employeeUuid))},
            {QLatin1String("kind"), to(r.kind)},
            {QLatin1String("name"), to(r.name)},
            {QLatin1String("subject"), to(r.subject)},
            {QLatin1String("year"), r.year ? QString::number(r.year) : QString()},
            {QLatin1String("reference"), to(r.reference)}};
}

QString naturalKeyOf(const CompetenceRecord &r, const MergeContext &context) {
    return QStringList{context.local(to(r.employeeUuid)), to(r.kind), to(r.name).trimmed().toLower(),
                       to(r.subject).trimmed().toLower(), QString::number(r.year)}
        .join(QLatin1Char('|'));
}

QString labelOf(const CompetenceRecord &r, const MergeContext &context) {
    return QCoreApplication::translate("Exchange", "%1 of %2")
        .arg(to(r.name).left(80), employeerecord::employeeLabel(r.employeeUuid, context));
}

RecordView viewOf(const CompetenceRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = naturalKeyOf(r, context);
    view.label = labelOf(r, context);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

} // namespace

QString CompetenceExchange::title() const {
    return QCoreApplication::translate("Exchange", "Certifications and trainings");
}

QString CompetenceExchange::fieldTitle(QLatin1String field) const {
    if (field == QLatin1String("employee"))
        return QCoreApplication::translate("Exchange", "Employee");
    if (field == QLatin1String("kind"))
        return QCoreApplication::translate("Exchange", "Kind");
    if (field == QLatin1String("name"))
        return QCoreApplication::translate("Exchange", "Name");
    if (field == QLatin1String("subject"))
        return QCoreApplication::translate("Exchange", "Subject");
    if (field == QLatin1String("year"))
        return QCoreApplication::translate("Exchange", "Year");
    if (field == QLatin1String("reference"))
        return QCoreApplication::translate("Exchange", "Reference");
    return field;
}

Status CompetenceExchange::collect(ExportRun &run) const {
    auto q = sql::run(run.db,
                      selectCompetences.arg(employeerecord::changedColumn(run, QStringLiteral("c"))) +
                          QStringLiteral(" ORDER BY c.id"),
                      employeerecord::changedValues(run),
                      QCoreApplication::translate("Exchange", "reading certifications and trainings"));
    if (!q)
        return Status::failure(q.error());
    const MergeContext identity;
    while (q->next()) {
        if (!employeerecord::take(run, q->value(1).toLongLong(), q->value(2).toLongLong(),
                                  q->value(changedColumn).toBool()))
            continue;
        CompetenceRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.competences.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> CompetenceExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectCompetences.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading certifications and trainings"));
    if (!q)
        return Expected<QList<RecordView>>::failure(q.error());
    QList<RecordView> views;
    MergeContext identity;
    identity.labels = context.labels;
    while (q->next()) {
        RecordView view = viewOf(readRecord(*q), identity);
        view.localId = q->value(0).toLongLong();
        views << std::move(view);
    }
    return views;
}

std::pair<QString, QString> CompetenceExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                                 const MergeContext &context) const {
    const CompetenceRecord &r = payload.competences.at(std::size_t(index));
    return {to(r.uuid), naturalKeyOf(r, context)};
}

RecordView CompetenceExchange::incoming(const PackagePayload &payload, qsizetype index,
                                        const MergeContext &context) const {
    return viewOf(payload.competences.at(std::size_t(index)), context);
}

QString CompetenceExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const CompetenceRecord &r = payload.competences.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (!recordtext::isUuid(r.employeeUuid))
        problem = QStringLiteral("employee");
    else if (r.kind != "SERTIFIKASI" && r.kind != "DIKLAT")
        problem = QStringLiteral("kind");
    else if (to(r.name).trimmed().isEmpty())
        problem = QStringLiteral("name");
    else if (r.year != 0 && (r.year < 1950 || r.year > 2200))
        problem = QStringLiteral("year");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange",
                                       "A certification or training in the package has an invalid field (%1).")
        .arg(problem);
}

Expected<bool> CompetenceExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index,
                                         qint64 localId, const MergeContext &context) const {
    const CompetenceRecord &r = payload.competences.at(std::size_t(index));
    const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
    if (!employeeId) {
        employeerecord::warnNoEmployee(run, labelOf(r, context));
        return false;
    }
    const QVariantList values{employeeId,           to(r.kind),           to(r.name),
                              sql::text(to(r.subject)), r.year,           sql::text(to(r.reference)),
                              to(r.modifiedAt),     sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving %1").arg(labelOf(r, context)); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE competence SET employee_id = ?, kind = ?, name = ?, subject = ?, "
                                           "year = ?, reference = ?, modified_at = ?, origin_office = ? WHERE id = ?"),
                            QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral("INSERT INTO competence(employee_id, kind, name, subject, year, reference, "
                                          "modified_at, origin_office, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
