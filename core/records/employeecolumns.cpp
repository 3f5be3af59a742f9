#include "employeecolumns.h"

#include "records/employeerepository.h"
#include "storage/sqlutil.h"

namespace imbang::employeecolumns {

QString select() {
    return QStringLiteral(
        "SELECT e.id, e.uuid, e.nip, e.name, e.title_front, e.title_back, e.gender, e.birth_place, e.birth_date, "
        "e.status, e.rank_code, e.rank_tmt, e.position_id, e.unit_id, e.position_tmt, e.cpns_tmt, e.education, "
        "e.active, e.inactive_reason, e.inactive_date, e.modified_at, e.origin_office FROM employee e");
}

Employee read(const QSqlQuery &q) {
    Employee e;
    e.id = q.value(0).toLongLong();
    e.uuid = QUuid::fromString(q.value(1).toString());
    e.nip = q.value(2).toString();
    e.name = q.value(3).toString();
    e.titleFront = q.value(4).toString();
    e.titleBack = q.value(5).toString();
    e.gender = codes::genderFromCode(q.value(6).toString()).value_or(Gender::Male);
    e.birthPlace = q.value(7).toString();
    e.birthDate = sql::toDate(q.value(8));
    e.status = codes::statusFromCode(q.value(9).toString()).value_or(EmploymentStatus::Pns);
    e.rank = Rank::fromCode(q.value(10).toInt()).value_or(Rank());
    e.rankTmt = sql::toDate(q.value(11));
    e.positionId = q.value(12).toLongLong();
    e.unitId = q.value(13).toLongLong();
    e.positionTmt = sql::toDate(q.value(14));
    e.cpnsTmt = sql::toDate(q.value(15));
    e.education = q.value(16).toString();
    e.active = q.value(17).toBool();
    if (!q.value(18).isNull())
        e.inactiveReason = codes::inactiveReasonFromCode(q.value(18).toString());
    e.inactiveDate = sql::toDate(q.value(19));
    e.modifiedAt = sql::toDateTime(q.value(20));
    e.originOffice = q.value(21).toString();
    return e;
}

QString insertStatement() {
    return QStringLiteral("INSERT INTO employee(uuid, nip, name, title_front, title_back, gender, birth_place, "
                          "birth_date, status, rank_code, rank_tmt, position_id, unit_id, position_tmt, cpns_tmt, "
                          "education, active, inactive_reason, inactive_date, search_text, modified_at, "
                          "origin_office) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString updateStatement() {
    return QStringLiteral("UPDATE employee SET uuid = ?, nip = ?, name = ?, title_front = ?, title_back = ?, "
                          "gender = ?, birth_place = ?, birth_date = ?, status = ?, rank_code = ?, rank_tmt = ?, "
                          "position_id = ?, unit_id = ?, position_tmt = ?, cpns_tmt = ?, education = ?, active = ?, "
                          "inactive_reason = ?, inactive_date = ?, search_text = ?, modified_at = ?, "
                          "origin_office = ? WHERE id = ?");
}

QVariantList values(const Employee &e) {
    return {e.uuid.toString(QUuid::WithoutBraces),
            e.nip,
            sql::text(e.name.simplified()),
            sql::text(e.titleFront.simplified()),
            sql::text(e.titleBack.simplified()),
            codes::toCode(e.gender),
            sql::text(e.birthPlace.simplified()),
            sql::fromDate(e.birthDate),
            codes::toCode(e.status),
            e.rank.isValid() ? QVariant(e.rank.code()) : QVariant(),
            sql::fromDate(e.rankTmt),
            sql::nullIfZero(e.positionId),
            sql::nullIfZero(e.unitId),
            sql::fromDate(e.positionTmt),
            sql::fromDate(e.cpnsTmt),
            sql::text(e.education.simplified()),
            e.active ? 1 : 0,
            e.inactiveReason ? QVariant(codes::toCode(*e.inactiveReason)) : QVariant(),
            sql::fromDate(e.inactiveDate),
            EmployeeRepository::searchText(e),
            sql::fromDateTime(e.modifiedAt),
            sql::text(e.originOffice)};
}

} // namespace imbang::employeecolumns
