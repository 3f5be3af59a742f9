#include "domain/rank.h"
#include "exchange/employeerecordexchange.h"
#include "exchange/entitytypes.h"

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

// Rank history (table rank_history). Natural key: the employee, the rank and its TMT.
struct RankHistoryTraits {
    using Record = RankHistoryRecord;
    static constexpr EntityNames names{"rank_history", "rank_history", "r", QT_TRANSLATE_NOOP("Exchange", "Rank history"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading rank history")};
    static constexpr FieldTitle fieldTitles[]{{"employee", QT_TRANSLATE_NOOP("Exchange", "Employee")},
                                              {"rank", QT_TRANSLATE_NOOP("Exchange", "Rank")},
                                              {"tmt", QT_TRANSLATE_NOOP("Exchange", "TMT")},
                                              {"source", QT_TRANSLATE_NOOP("Exchange", "Source")},
                                              {"note", QT_TRANSLATE_NOOP("Exchange", "Note")}};

    static auto &section(auto &payload) { return payload.rankHistory; }

    static QString select() {
        return QStringLiteral("SELECT r.id, r.employee_id, e.unit_id, r.uuid, e.uuid, r.rank_code, r.tmt, r.source, "
                              "r.note, r.modified_at, r.origin_office%1 FROM rank_history r "
                              "JOIN employee e ON e.id = r.employee_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
        r.uuid = from(q.value(3));
        r.employeeUuid = from(q.value(4));
        r.rankCode = q.value(5).toInt();
        r.tmt = from(q.value(6));
        r.source = from(q.value(7));
        r.note = from(q.value(8));
        r.modifiedAt = from(q.value(9));
        r.originOffice = from(q.value(10));
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("employee"), context.local(to(r.employeeUuid))},
                {QLatin1String("rank"), QString::number(r.rankCode)},
                {QLatin1String("tmt"), to(r.tmt)},
                {QLatin1String("source"), to(r.source)},
                {QLatin1String("note"), to(r.note)}};
    }

    static QString naturalKey(const Record &r, const MergeContext &context) {
        return context.local(to(r.employeeUuid)) + QLatin1Char('|') + QString::number(r.rankCode) + QLatin1Char('|') +
               to(r.tmt);
    }

    static QString label(const Record &r, const MergeContext &context) {
        const auto rank = Rank::fromCode(r.rankCode);
        return QCoreApplication::translate("Exchange", "Rank %1 from %2 of %3")
            .arg(rank ? rank->text() : QString::number(r.rankCode), to(r.tmt),
                 employeerecord::employeeLabel(r.employeeUuid, context));
    }

    static std::optional<QString> displayValue(QLatin1String field, const QString &value, const MergeContext &) {
        if (field == QLatin1String("rank"))
            if (const auto rank = Rank::fromCode(value.toInt()))
                return rank->text();
        return std::nullopt;
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
        if (!Rank::fromCode(r.rankCode))
            return QStringLiteral("rank");
        if (!recordtext::isIsoDate(r.tmt))
            return QStringLiteral("tmt");
        if (to(r.source).trimmed().isEmpty() || r.source.size() > 32)
            return QStringLiteral("source");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &, const QString &field) {
        return QCoreApplication::translate("Exchange", "A rank history entry in the package has an invalid field (%1).")
            .arg(field);
    }

    static constexpr const char *columns = "employee_id, rank_code, tmt, source, note, modified_at, origin_office";

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
        if (!employeeId) {
            employeerecord::warnNoEmployee(run, label(r, context));
            return StoredValues();
        }
        return StoredValues({employeeId, r.rankCode, r.tmt.empty() ? QVariant() : QVariant(to(r.tmt)), to(r.source),
                             sql::text(to(r.note)), to(r.modifiedAt), sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makeRankHistoryExchange() {
    return std::make_shared<RecordExchange<RankHistoryTraits>>();
}

} // namespace imbang::exchange
