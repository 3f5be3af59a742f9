#include "domain/codes.h"
#include "domain/employee.h"
#include "domain/rank.h"
#include "exchange/entitytypes.h"
#include "exchange/recordexchange.h"
#include "records/employeerepository.h"

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

bool isDigits(const std::string &text) {
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

QVariant optionalText(const std::string &text) { return text.empty() ? QVariant() : QVariant(to(text)); }

// Employees (table employee). Natural key: the NIP. An employee takes its unit and position along;
// employees whose rank history, ratings, competences or transfers travel go along unchanged.
struct EmployeeTraits {
    using Record = EmployeeRecord;
    static constexpr EntityNames names{"employee", "employee", "e", QT_TRANSLATE_NOOP("Exchange", "Employees"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading employees")};
    static constexpr FieldTitle fieldTitles[]{
        {"nip", QT_TRANSLATE_NOOP("Exchange", "NIP")},
        {"name", QT_TRANSLATE_NOOP("Exchange", "Name")},
        {"title_front", QT_TRANSLATE_NOOP("Exchange", "Title before name")},
        {"title_back", QT_TRANSLATE_NOOP("Exchange", "Title after name")},
        {"gender", QT_TRANSLATE_NOOP("Exchange", "Gender")},
        {"birth_place", QT_TRANSLATE_NOOP("Exchange", "Place of birth")},
        {"birth_date", QT_TRANSLATE_NOOP("Exchange", "Date of birth")},
        {"status", QT_TRANSLATE_NOOP("Exchange", "Status")},
        {"rank", QT_TRANSLATE_NOOP("Exchange", "Rank")},
        {"rank_tmt", QT_TRANSLATE_NOOP("Exchange", "Rank TMT")},
        {"position", QT_TRANSLATE_NOOP("Exchange", "Position")},
        {"unit", QT_TRANSLATE_NOOP("Exchange", "Unit")},
        {"position_tmt", QT_TRANSLATE_NOOP("Exchange", "Position TMT")},
        {"cpns_tmt", QT_TRANSLATE_NOOP("Exchange", "CPNS TMT")},
        {"education", QT_TRANSLATE_NOOP("Exchange", "Education")},
        {"active", QT_TRANSLATE_NOOP("Exchange", "Active")},
        {"inactive_reason", QT_TRANSLATE_NOOP("Exchange", "Reason inactive")},
        {"inactive_date", QT_TRANSLATE_NOOP("Exchange", "Inactive since")},
    };
    static constexpr const char *columns =
        "nip, name, title_front, title_back, gender, birth_place, birth_date, status, rank_code, rank_tmt, "
        "position_id, unit_id, position_tmt, cpns_tmt, education, active, inactive_reason, inactive_date, "
        "search_text, modified_at, origin_office";

    static auto &section(auto &payload) { return payload.employees; }

    static QString select() {
        return QStringLiteral(
            "SELECT e.id, e.unit_id, e.position_id, e.uuid, e.nip, e.name, e.title_front, e.title_back, e.gender, "
            "e.birth_place, e.birth_date, e.status, e.rank_code, e.rank_tmt, p.uuid, u.uuid, e.position_tmt, "
            "e.cpns_tmt, e.education, e.active, e.inactive_reason, e.inactive_date, e.modified_at, e.origin_office%1 "
            "FROM employee e LEFT JOIN position p ON p.id = e.position_id LEFT JOIN unit u ON u.id = e.unit_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
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

    static Fields fields(const Record &r, const MergeContext &context) {
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
                {QLatin1String("position"), referenceUuid(r.positionUuid, context)},
                {QLatin1String("unit"), referenceUuid(r.unitUuid, context)},
                {QLatin1String("position_tmt"), to(r.positionTmt)},
                {QLatin1String("cpns_tmt"), to(r.cpnsTmt)},
                {QLatin1String("education"), to(r.education)},
                {QLatin1String("active"), r.active ? QStringLiteral("1") : QStringLiteral("0")},
                {QLatin1String("inactive_reason"), to(r.inactiveReason)},
                {QLatin1String("inactive_date"), to(r.inactiveDate)}};
    }

    static QString naturalKey(const Record &r, const MergeContext &) { return to(r.nip); }

    static QString label(const Record &r, const MergeContext &) {
        return QCoreApplication::translate("Exchange", "%1 (NIP %2)").arg(to(r.name).left(80), to(r.nip).left(32));
    }

    static QString saving(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "saving employee %1").arg(label(r, context));
    }

    static std::optional<QString> displayValue(QLatin1String field, const QString &value, const MergeContext &) {
        if (field == QLatin1String("rank") && !value.isEmpty())
            if (const auto rank = Rank::fromCode(value.toInt()))
                return rank->text();
        if (field == QLatin1String("active"))
            return value == QLatin1String("1") ? QCoreApplication::translate("Exchange", "yes")
                                               : QCoreApplication::translate("Exchange", "no");
        return std::nullopt;
    }

    static bool travels(ExportRow &row) {
        const qint64 unitId = row.query.value(1).toLongLong();
        const bool wanted = row.required.contains(row.query.value(0).toLongLong());
        if (!wanted && ((!row.run.allUnits && !row.run.scopeUnits.contains(unitId)) || !row.changed))
            return false;
        row.take(QStringLiteral("unit"), unitId);
        row.take(QStringLiteral("position"), row.query.value(2).toLongLong());
        return true;
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (r.nip.empty() || r.nip.size() > 32 || !isDigits(r.nip))
            return QStringLiteral("nip");
        if (to(r.name).trimmed().isEmpty())
            return QStringLiteral("name");
        if (!codes::genderFromCode(to(r.gender)))
            return QStringLiteral("gender");
        if (!codes::statusFromCode(to(r.status)))
            return QStringLiteral("status");
        if (r.rankCode != 0 && !Rank::fromCode(r.rankCode))
            return QStringLiteral("rank");
        if (!recordtext::isIsoDate(r.birthDate) || !recordtext::isIsoDate(r.rankTmt) ||
            !recordtext::isIsoDate(r.positionTmt) || !recordtext::isIsoDate(r.cpnsTmt) ||
            !recordtext::isIsoDate(r.inactiveDate))
            return QStringLiteral("date");
        if (!r.inactiveReason.empty() && !codes::inactiveReasonFromCode(to(r.inactiveReason)))
            return QStringLiteral("inactive_reason");
        if ((!r.unitUuid.empty() && !recordtext::isUuid(r.unitUuid)) ||
            (!r.positionUuid.empty() && !recordtext::isUuid(r.positionUuid)))
            return QStringLiteral("unit/position");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &r, const QString &field) {
        return QCoreApplication::translate("Exchange", "Employee %1 in the package has an invalid field (%2).")
            .arg(label(r, {}), field);
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        const QString unitUuid = referenceUuid(r.unitUuid, context);
        const QString positionUuid = referenceUuid(r.positionUuid, context);
        const qint64 unitId = unitUuid.isEmpty() ? 0 : run.idOf(QStringLiteral("unit"), unitUuid);
        const qint64 positionId = positionUuid.isEmpty() ? 0 : run.idOf(QStringLiteral("position"), positionUuid);
        if ((!unitUuid.isEmpty() && !unitId) || (!positionUuid.isEmpty() && !positionId)) {
            run.warnings << QCoreApplication::translate(
                                "Exchange", "Employee %1 was not imported: the unit or position it belongs to is "
                                            "neither in the package nor in this database (it may have been deleted "
                                            "here).")
                                .arg(label(r, context));
            return StoredValues();
        }
        Employee person;
        person.nip = to(r.nip);
        person.name = to(r.name);
        person.titleFront = to(r.titleFront);
        person.titleBack = to(r.titleBack);
        return StoredValues({person.nip,
                             person.name,
                             sql::text(person.titleFront),
                             sql::text(person.titleBack),
                             to(r.gender),
                             sql::text(to(r.birthPlace)),
                             optionalText(r.birthDate),
                             to(r.status),
                             r.rankCode ? QVariant(r.rankCode) : QVariant(),
                             optionalText(r.rankTmt),
                             sql::nullIfZero(positionId),
                             sql::nullIfZero(unitId),
                             optionalText(r.positionTmt),
                             optionalText(r.cpnsTmt),
                             sql::text(to(r.education)),
                             r.active ? 1 : 0,
                             optionalText(r.inactiveReason),
                             optionalText(r.inactiveDate),
                             EmployeeRepository::searchText(person),
                             to(r.modifiedAt),
                             sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makeEmployeeExchange() {
    return std::make_shared<RecordExchange<EmployeeTraits>>();
}

} // namespace imbang::exchange
