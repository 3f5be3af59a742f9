#include "competence/performancepredicate.h"
#include "exchange/employeerecordexchange.h"
#include "exchange/entitytypes.h"

#include <cmath>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

// Performance ratings (table performance_rating). Natural key: the employee and the year.
struct PerformanceRatingTraits {
    using Record = PerformanceRatingRecord;
    static constexpr EntityNames names{"performance_rating", "performance_rating", "r",
                                       QT_TRANSLATE_NOOP("Exchange", "Performance ratings"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading performance ratings")};
    static constexpr FieldTitle fieldTitles[]{{"employee", QT_TRANSLATE_NOOP("Exchange", "Employee")},
                                              {"year", QT_TRANSLATE_NOOP("Exchange", "Year")},
                                              {"predicate", QT_TRANSLATE_NOOP("Exchange", "Predicate")},
                                              {"score", QT_TRANSLATE_NOOP("Exchange", "Score")},
                                              {"document", QT_TRANSLATE_NOOP("Exchange", "Document")}};
    static constexpr const char *columns = "employee_id, year, predicate, score, document, modified_at, origin_office";

    static auto &section(auto &payload) { return payload.ratings; }

    static QString select() {
        return QStringLiteral("SELECT r.id, r.employee_id, e.unit_id, r.uuid, e.uuid, r.year, r.predicate, r.score, "
                              "r.document, r.modified_at, r.origin_office%1 FROM performance_rating r "
                              "JOIN employee e ON e.id = r.employee_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
        r.uuid = from(q.value(3));
        r.employeeUuid = from(q.value(4));
        r.year = q.value(5).toInt();
        r.predicate = from(q.value(6));
        r.hasScore = !q.value(7).isNull();
        r.score = q.value(7).toDouble();
        r.document = from(q.value(8));
        r.modifiedAt = from(q.value(9));
        r.originOffice = from(q.value(10));
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("employee"), context.local(to(r.employeeUuid))},
                {QLatin1String("year"), QString::number(r.year)},
                {QLatin1String("predicate"), to(r.predicate)},
                {QLatin1String("score"), r.hasScore ? QString::number(r.score, 'g', 17) : QString()},
                {QLatin1String("document"), to(r.document)}};
    }

    static QString naturalKey(const Record &r, const MergeContext &context) {
        return context.local(to(r.employeeUuid)) + QLatin1Char('|') + QString::number(r.year);
    }

    static QString label(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "Performance rating %1 of %2")
            .arg(r.year)
            .arg(employeerecord::employeeLabel(r.employeeUuid, context));
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
        if (r.year < 1950 || r.year > 2200)
            return QStringLiteral("year");
        if (!performance::fromCode(to(r.predicate)))
            return QStringLiteral("predicate");
        if (r.hasScore && (!std::isfinite(r.score) || r.score < 0 || r.score > 1000))
            return QStringLiteral("score");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &, const QString &field) {
        return QCoreApplication::translate("Exchange", "A performance rating in the package has an invalid field (%1).")
            .arg(field);
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
        if (!employeeId) {
            employeerecord::warnNoEmployee(run, label(r, context));
            return StoredValues();
        }
        return StoredValues({employeeId, r.year, to(r.predicate), r.hasScore ? QVariant(r.score) : QVariant(),
                             sql::text(to(r.document)), to(r.modifiedAt), sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makePerformanceRatingExchange() {
    return std::make_shared<RecordExchange<PerformanceRatingTraits>>();
}

} // namespace imbang::exchange
