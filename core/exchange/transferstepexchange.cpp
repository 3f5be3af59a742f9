#include "exchange/employeerecordexchange.h"
#include "exchange/entitytypes.h"
#include "transfers/transfercodes.h"

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

bool isStatusCode(const std::string &text) {
    const auto status = transfercodes::statusFromText(to(text));
    return status && transfercodes::toCode(*status) == to(text);
}

// The workflow steps of transfers (table transfer_step). No natural key: a step is only ever made in
// one office. A step takes its transfer along.
struct TransferStepTraits {
    using Record = TransferStepRecord;
    static constexpr EntityNames names{"transfer_step", "transfer_step", "s",
                                       QT_TRANSLATE_NOOP("Exchange", "Transfer steps"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading transfer steps")};
    static constexpr FieldTitle fieldTitles[]{{"transfer", QT_TRANSLATE_NOOP("Exchange", "Transfer")},
                                              {"from_status", QT_TRANSLATE_NOOP("Exchange", "From status")},
                                              {"to_status", QT_TRANSLATE_NOOP("Exchange", "To status")},
                                              {"actor", QT_TRANSLATE_NOOP("Exchange", "By")},
                                              {"at", QT_TRANSLATE_NOOP("Exchange", "At")},
                                              {"comment", QT_TRANSLATE_NOOP("Exchange", "Comment")},
                                              {"checks", QT_TRANSLATE_NOOP("Exchange", "Checks")}};
    static constexpr const char *columns =
        "transfer_id, from_status, to_status, actor, at, comment, checks, modified_at, origin_office";

    static auto &section(auto &payload) { return payload.transferSteps; }

    static QString select() {
        return QStringLiteral("SELECT s.id, e.id, e.unit_id, s.uuid, t.uuid, s.from_status, s.to_status, s.actor, "
                              "s.at, s.comment, s.checks, s.modified_at, s.origin_office, t.number, t.id%1 "
                              "FROM transfer_step s JOIN transfer t ON t.id = s.transfer_id "
                              "JOIN employee e ON e.id = t.employee_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
        r.uuid = from(q.value(3));
        r.transferUuid = from(q.value(4));
        r.fromStatus = from(q.value(5));
        r.toStatus = from(q.value(6));
        r.actor = from(q.value(7));
        r.at = from(q.value(8));
        r.comment = from(q.value(9));
        r.checks = from(q.value(10));
        r.modifiedAt = from(q.value(11));
        r.originOffice = from(q.value(12));
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("transfer"), context.local(to(r.transferUuid))},
                {QLatin1String("from_status"), to(r.fromStatus)},
                {QLatin1String("to_status"), to(r.toStatus)},
                {QLatin1String("actor"), to(r.actor)},
                {QLatin1String("at"), to(r.at)},
                {QLatin1String("comment"), to(r.comment)},
                {QLatin1String("checks"), to(r.checks)}};
    }

    static QString naturalKey(const Record &, const MergeContext &) { return {}; }

    static QString label(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "Step to %1 of %2")
            .arg(to(r.toStatus).left(20), context.labelOf(to(r.transferUuid)));
    }

    static bool travels(ExportRow &row) {
        if (!employeerecord::take(row, row.query.value(1).toLongLong(), row.query.value(2).toLongLong(), row.changed))
            return false;
        row.take(QStringLiteral("transfer"), row.query.value(14).toLongLong());
        return true;
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (!recordtext::isUuid(r.transferUuid))
            return QStringLiteral("transfer");
        if ((!r.fromStatus.empty() && !isStatusCode(r.fromStatus)) || !isStatusCode(r.toStatus))
            return QStringLiteral("status");
        if (to(r.actor).trimmed().isEmpty())
            return QStringLiteral("actor");
        if (!recordtext::isIsoDateTime(r.at) || !recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("time");
        return {};
    }

    static QString invalidMessage(const Record &, const QString &field) {
        return QCoreApplication::translate("Exchange", "A transfer step in the package has an invalid field (%1).")
            .arg(field);
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        const qint64 transferId = run.idOf(QStringLiteral("transfer"), context.local(to(r.transferUuid)));
        if (!transferId) {
            run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: its transfer is neither in "
                                                                    "the package nor in this database.")
                                .arg(label(r, context));
            return StoredValues();
        }
        return StoredValues({transferId, sql::text(to(r.fromStatus)), to(r.toStatus), to(r.actor), to(r.at),
                             sql::text(to(r.comment)), sql::text(to(r.checks)), to(r.modifiedAt),
                             sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makeTransferStepExchange() {
    return std::make_shared<RecordExchange<TransferStepTraits>>();
}

} // namespace imbang::exchange
