#include "exchange/employeerecordexchange.h"
#include "exchange/entitytypes.h"

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

// Certifications and trainings (table competence). Natural key: the employee, kind, name, subject
// and year, name and subject compared without case.
struct CompetenceTraits {
    using Record = CompetenceRecord;
    static constexpr EntityNames names{"competence", "competence", "c",
                                       QT_TRANSLATE_NOOP("Exchange", "Certifications and trainings"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading certifications and trainings")};
    static constexpr FieldTitle fieldTitles[]{{"employee", QT_TRANSLATE_NOOP("Exchange", "Employee")},
                                              {"kind", QT_TRANSLATE_NOOP("Exchange", "Kind")},
                                              {"name", QT_TRANSLATE_NOOP("Exchange", "Name")},
                                              {"subject", QT_TRANSLATE_NOOP("Exchange", "Subject")},
                                              {"year", QT_TRANSLATE_NOOP("Exchange", "Year")},
                                              {"reference", QT_TRANSLATE_NOOP("Exchange", "Reference")}};
    static constexpr const char *columns =
        "employee_id, kind, name, subject, year, reference, modified_at, origin_office";

    static auto &section(auto &payload) { return payload.competences; }

    static QString select() {
        return QStringLiteral("SELECT c.id, c.employee_id, e.unit_id, c.uuid, e.uuid, c.kind, c.name, c.subject, "
                              "c.year, c.reference, c.modified_at, c.origin_office%1 FROM competence c "
                              "JOIN employee e ON e.id = c.employee_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
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

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("employee"), context.local(to(r.employeeUuid))},
                {QLatin1String("kind"), to(r.kind)},
                {QLatin1String("name"), to(r.name)},
                {QLatin1String("subject"), to(r.subject)},
                {QLatin1String("year"), r.year ? QString::number(r.year) : QString()},
                {QLatin1String("reference"), to(r.reference)}};
    }

    static QString naturalKey(const Record &r, const MergeContext &context) {
        return QStringList{context.local(to(r.employeeUuid)), to(r.kind), to(r.name).trimmed().toLower(),
                           to(r.subject).trimmed().toLower(), QString::number(r.year)}
            .join(QLatin1Char('|'));
    }

    static QString label(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "%1 of %2")
            .arg(to(r.name).left(80), employeerecord::employeeLabel(r.employeeUuid, context));
    }

    static bool travels(ExportRow &row) {
        return employeerecord::take(row, row.query.value(1).toLongLong(), row.query.value(2).toLongLong(),
                                    row.changed);
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (!recordtext::isUuid(r.employeeUuid))
            return QStringLiteral("employee");
        if (r.kind != "SERTIFIKASI" && r.kind != "DIKLAT")
            return QStringLiteral("kind");
        if (to(r.name).trimmed().isEmpty())
            return QStringLiteral("name");
        if (r.year != 0 && (r.year < 1950 || r.year > 2200))
            return QStringLiteral("year");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &, const QString &field) {
        return QCoreApplication::translate("Exchange",
                                           "A certification or training in the package has an invalid field (%1).")
            .arg(field);
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
        if (!employeeId) {
            employeerecord::warnNoEmployee(run, label(r, context));
            return StoredValues();
        }
        return StoredValues({employeeId, to(r.kind), to(r.name), sql::text(to(r.subject)), r.year,
                             sql::text(to(r.reference)), to(r.modifiedAt), sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makeCompetenceExchange() {
    return std::make_shared<RecordExchange<CompetenceTraits>>();
}

} // namespace imbang::exchange
