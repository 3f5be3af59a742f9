#include "employeeexchange.h"

#include "domain/codes.h"
#include "domain/employee.h"
#include "domain/rank.h"
#include "records/employeerepository.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectEmployees = QStringLiteral(
    "SELECT e.id, e.unit_id, e.position_id, e.uuid, e.nip, e.name, e.title_front, e.title_back, e.gender, "
    "e.birth_place, e.birth_date, e.status, e.rank_code, e.rank_tmt, p.uuid, u.uuid, e.position_tmt, e.cpns_tmt, "
    "e.education, e.active, e.inactive_reason, e.inactive_date, e.modified_at, e.origin_office%1 "
    "FROM employee e LEFT JOIN position p ON p.id = e.position_id LEFT JOIN unit u ON u.id = e.unit_id");
constexpr int changedColumn = 24;

EmployeeRecord readRecord(const QSqlQuery &q) {
    EmployeeRecord r;
    r.uuid = from(q.value(3));
    r.nip = from(q.value(4));
    r.name = from(q.value(5));
    r.titleFront = from(q.value(6));
    r.titleBack = from(q.value(7));
    r.gender = from(q.value(8));
    r.birthPlace = from(q.value(9));
    r.birthDate = from(q.value(10));
    r.status = from(q.value(11));
    r.rankCode = q.value(12).isNull() ? 0 : q.value(12).toInt();
    r.rankTmt = from(q.value(13));
    r.positionUuid = from(q.value(14));
    r.unitUuid = from(q.value(15));
    r.positionTmt = from(q.value(16));
    r.cpnsTmt = from(q.value(17));
    r.education = from(q.value(18));
    r.active = q.value(19).toBool();
    r.inactiveReason = from(q.value(20));
    r.inactiveDate = from(q.value(21));
    r.modifiedAt = from(q.value(22));
    r.originOffice = from(q.value(23));
    return r;
}

QString reference(const std::string &uuid, const MergeContext &context) {
    return uuid.empty() ? QString() : context.local(to(uuid));
}

Fields fieldsOf(const EmployeeRecord &r, const MergeContext &context) {
    return {{QLatin1String("nip"), to(r.nip)},
            {QLatin1String("name"), to(r.name)},
            {QLatin1String("title_front"), to(r.titleFront)},
            {QLatin1String("title_back"), to(r.titleBack)},
            {QLatin1String("gender"), to(r.gender)},
            {QLatin1String("birth_place"), to(r.birthPlace)},
            {QLatin1String("birth_date"), to(r.birthDate)},
            {QLatin1String("status"), to(r.status)},
            {QLatin1String("rank"), r.rankCode ? QString::number(r.rankCode) : QString()},
            {QLatin1String("rank_tmt"), to(r.rankTmt)},
            {QLatin1String("position"), reference(r.positionUuid, context)},
            {QLatin1String("unit"), reference(r.unitUuid, context)},
            {QLatin1String("position_tmt"), to(r.positionTmt)},
            {QLatin1String("cpns_tmt"), to(r.cpnsTmt)},
            {QLatin1String("education"), to(r.education)},
            {QLatin1String("active"), r.active ? QStringLiteral("1") : QStringLiteral("0")},
            {QLatin1String("inactive_reason"), to(r.inactiveReason)},
            {QLatin1String("inactive_date"), to(r.inactiveDate)}};
}

QString labelOf(const EmployeeRecord &r) {
    return QCoreApplication::translate("Exchange", "%1 (NIP %2)").arg(to(r.name).left(80), to(r.nip).left(32));
}

RecordView viewOf(const EmployeeRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    view.naturalKey = to(r.nip);
    view.label = labelOf(r);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

bool isDigits(const std::string &text) {
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

QString EmployeeExchange::title() const { return QCoreApplication::translate("Exchange", "Employees"); }

QString EmployeeExchange::fieldTitle(QLatin1String field) const {
    static const QList<std::pair<QLatin1String, const char *>> titles{
        {QLatin1String("nip"), QT_TRANSLATE_NOOP("Exchange", "NIP")},
        {QLatin1String("name"), QT_TRANSLATE_NOOP("Exchange", "Name")},
        {QLatin1String("title_front"), QT_TRANSLATE_NOOP("Exchange", "Title before name")},
        {QLatin1String("title_back"), QT_TRANSLATE_NOOP("Exchange", "Title after name")},
        {QLatin1String("gender"), QT_TRANSLATE_NOOP("Exchange", "Gender")},
        {QLatin1String("birth_place"), QT_TRANSLATE_NOOP("Exchange", "Place of birth")},
        {QLatin1String("birth_date"), QT_TRANSLATE_NOOP("Exchange", "Date of birth")},
        {QLatin1String("status"), QT_TRANSLATE_NOOP("Exchange", "Status")},
        {QLatin1String("rank"), QT_TRANSLATE_NOOP("Exchange", "Rank")},
        {QLatin1String("rank_tmt"), QT_TRANSLATE_NOOP("Exchange", "Rank TMT")},
        {QLatin1String("position"), QT_TRANSLATE_NOOP("Exchange", "Position")},
        {QLatin1String("unit"), QT_TRANSLATE_NOOP("Exchange", "Unit")},
        {QLatin1String("position_tmt"), QT_TRANSLATE_NOOP("Exchange", "Position TMT")},
        {QLatin1String("cpns_tmt"), QT_TRANSLATE_NOOP("Exchange", "CPNS TMT")},
        {QLatin1String("education"), QT_TRANSLATE_NOOP("Exchange", "Education")},
        {QLatin1String("active"), QT_TRANSLATE_NOOP("Exchange", "Active")},
        {QLatin1String("inactive_reason"), QT_TRANSLATE_NOOP("Exchange", "Reason inactive")},
        {QLatin1String("inactive_date"), QT_TRANSLATE_NOOP("Exchange", "Inactive since")},
    };
    for (const auto &[name, text] : titles)
        if (name == field)
            return QCoreApplication::translate("Exchange", text);
    return field;
}

QString EmployeeExchange::displayValue(QLatin1String field, const QString &value, const MergeContext &context) const {
    if (field == QLatin1String("rank") && !value.isEmpty())
        if (const auto rank = Rank::fromCode(value.toInt()))
            return rank->text();
    if (field == QLatin1String("active"))
        return value == QLatin1String("1") ? QCoreApplication::translate("Exchange", "yes")
                                           : QCoreApplication::translate("Exchange", "no");
    return EntityExchange::displayValue(field, value, context);
}

Status EmployeeExchange::collect(ExportRun &run) const {
    const bool since = !run.since.isEmpty();
    auto q = sql::run(run.db,
                      selectEmployees.arg(since ? QStringLiteral(", ") + run.changedExpression(QStringLiteral("e"))
                                                : QString()) +
                          QStringLiteral(" ORDER BY e.id"),
                      since ? QVariantList{run.since, run.since} : QVariantList{},
                      QCoreApplication::translate("Exchange", "reading employees"));
    if (!q)
        return Status::failure(q.error());
    // Reserved up front: growing a vector of 100,000 records moves every string several times.
    if (auto count = sql::run(run.db, QStringLiteral("SELECT count(*) FROM employee")); count && count->next())
        run.payload.employees.reserve(run.payload.employees.size() + std::size_t(count->value(0).toLongLong()));
    QSet<qint64> &units = run.required[QStringLiteral("unit")];
    QSet<qint64> &positions = run.required[QStringLiteral("position")];
    const std::string ownOffice = run.ownOfficeId.toStdString();
    // Employees whose rank history, ratings, competences or transfers travel go along unchanged.
    const QSet<qint64> required = run.required.value(entity());
    const MergeContext identity;
    int seen = 0;
    while (q->next()) {
        if (++seen % 4096 == 0 && run.cancelled && run.cancelled())
            return {};
        const qint64 unitId = q->value(1).toLongLong();
        const bool wanted = required.contains(q->value(0).toLongLong());
        if (!wanted && !run.allUnits && !run.scopeUnits.contains(unitId))
            continue;
        if (!wanted && since && !q->value(changedColumn).toBool())
            continue;
        if (unitId)
            units.insert(unitId);
        if (const qint64 positionId = q->value(2).toLongLong())
            positions.insert(positionId);
        EmployeeRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = ownOffice;
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.employees.push_back(std::move(record));
    }
    return {};
}

Expected<QList<RecordView>> EmployeeExchange::localRecords(const QSqlDatabase &db, MergeContext &) const {
    auto q = sql::run(db, selectEmployees.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading employees"));
    if (!q)
        return Expected<QList<RecordView>>::failure(q.error());
    QList<RecordView> views;
    const MergeContext identity;
    while (q->next()) {
        RecordView view = viewOf(readRecord(*q), identity);
        view.localId = q->value(0).toLongLong();
        views << std::move(view);
    }
    return views;
}

std::pair<QString, QString> EmployeeExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                               const MergeContext &) const {
    const EmployeeRecord &r = payload.employees.at(std::size_t(index));
    return {to(r.uuid), to(r.nip)};
}

RecordView EmployeeExchange::incoming(const PackagePayload &payload, qsizetype index,
                                      const MergeContext &context) const {
    return viewOf(payload.employees.at(std::size_t(index)), context);
}

QString EmployeeExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const EmployeeRecord &r = payload.employees.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (r.nip.empty() || r.nip.size() > 32 || !isDigits(r.nip))
        problem = QStringLiteral("nip");
    else if (to(r.name).trimmed().isEmpty())
        problem = QStringLiteral("name");
    else if (!codes::genderFromCode(to(r.gender)))
        problem = QStringLiteral("gender");
    else if (!codes::statusFromCode(to(r.status)))
        problem = QStringLiteral("status");
    else if (r.rankCode != 0 && !Rank::fromCode(r.rankCode))
        problem = QStringLiteral("rank");
    else if (!recordtext::isIsoDate(r.birthDate) || !recordtext::isIsoDate(r.rankTmt) ||
             !recordtext::isIsoDate(r.positionTmt) || !recordtext::isIsoDate(r.cpnsTmt) ||
             !recordtext::isIsoDate(r.inactiveDate))
        problem = QStringLiteral("date");
    else if (!r.inactiveReason.empty() && !codes::inactiveReasonFromCode(to(r.inactiveReason)))
        problem = QStringLiteral("inactive_reason");
    else if ((!r.unitUuid.empty() && !recordtext::isUuid(r.unitUuid)) ||
             (!r.positionUuid.empty() && !recordtext::isUuid(r.positionUuid)))
        problem = QStringLiteral("unit/position");
    else if (!recordtext::isIsoDateTime(r.modifiedAt))
        problem = QStringLiteral("modified_at");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "Employee %1 in the package has an invalid field (%2).")
        .arg(labelOf(r), problem);
}

Expected<bool> EmployeeExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                               const MergeContext &context) const {
    const EmployeeRecord &r = payload.employees.at(std::size_t(index));
    const QString unitUuid = reference(r.unitUuid, context);
    const QString positionUuid = reference(r.positionUuid, context);
    const qint64 unitId = unitUuid.isEmpty() ? 0 : run.idOf(QStringLiteral("unit"), unitUuid);
    const qint64 positionId = positionUuid.isEmpty() ? 0 : run.idOf(QStringLiteral("position"), positionUuid);
    if ((!unitUuid.isEmpty() && !unitId) || (!positionUuid.isEmpty() && !positionId)) {
        run.warnings << QCoreApplication::translate(
                            "Exchange", "Employee %1 was not imported: the unit or position it belongs to is "
                                        "neither in the package nor in this database (it may have been deleted "
                                        "here).")
                            .arg(labelOf(r));
        return false;
    }
    Employee person;
    person.nip = to(r.nip);
    person.name = to(r.name);
    person.titleFront = to(r.titleFront);
    person.titleBack = to(r.titleBack);
    const auto date = [](const std::string &text) { return text.empty() ? QVariant() : QVariant(to(text)); };
    const QVariantList values{person.nip,
                              person.name,
                              sql::text(person.titleFront),
                              sql::text(person.titleBack),
                              to(r.gender),
                              sql::text(to(r.birthPlace)),
                              date(r.birthDate),
                              to(r.status),
                              r.rankCode ? QVariant(r.rankCode) : QVariant(),
                              date(r.rankTmt),
                              sql::nullIfZero(positionId),
                              sql::nullIfZero(unitId),
                              date(r.positionTmt),
                              date(r.cpnsTmt),
                              sql::text(to(r.education)),
                              r.active ? 1 : 0,
                              r.inactiveReason.empty() ? QVariant() : QVariant(to(r.inactiveReason)),
                              date(r.inactiveDate),
                              EmployeeRepository::searchText(person),
                              to(r.modifiedAt),
                              sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving employee %1").arg(labelOf(r)); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE employee SET nip = ?, name = ?, title_front = ?, title_back = ?, "
                                       "gender = ?, birth_place = ?, birth_date = ?, status = ?, rank_code = ?, "
                                       "rank_tmt = ?, position_id = ?, unit_id = ?, position_tmt = ?, cpns_tmt = ?, "
                                       "education = ?, active = ?, inactive_reason = ?, inactive_date = ?, "
                                       "search_text = ?, modified_at = ?, origin_office = ? WHERE id = ?"),
                        QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral(
        "INSERT INTO employee(nip, name, title_front, title_back, gender, birth_place, birth_date, status, rank_code, "
        "rank_tmt, position_id, unit_id, position_tmt, cpns_tmt, education, active, inactive_reason, inactive_date, "
        "search_text, modified_at, origin_office, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
