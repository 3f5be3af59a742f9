#include "exchange/employeerecordexchange.h"
#include "exchange/entitytypes.h"
#include "transfers/transfercodes.h"

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

template <class T>
bool isCode(const std::string &text, std::optional<T> (*parse)(const QString &)) {
    const auto value = parse(to(text));
    return value && transfercodes::toCode(*value) == to(text);
}

bool isOptionalUuid(const std::string &text) { return text.empty() || recordtext::isUuid(text); }

QVariant optionalText(const std::string &text) { return text.empty() ? QVariant() : QVariant(to(text)); }

// Transfers (table transfer). No natural key: a transfer number is only unique within the office
// that gave it. A transfer takes its employee and the units and positions it names along.
struct TransferTraits {
    using Record = TransferRecord;
    static constexpr EntityNames names{"transfer", "transfer", "t", QT_TRANSLATE_NOOP("Exchange", "Transfers"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading transfers")};
    static constexpr FieldTitle fieldTitles[]{
        {"number", QT_TRANSLATE_NOOP("Exchange", "Number")},
        {"employee", QT_TRANSLATE_NOOP("Exchange", "Employee")},
        {"from_unit", QT_TRANSLATE_NOOP("Exchange", "From unit")},
        {"from_position", QT_TRANSLATE_NOOP("Exchange", "From position")},
        {"from_position_tmt", QT_TRANSLATE_NOOP("Exchange", "Position TMT before")},
        {"to_unit", QT_TRANSLATE_NOOP("Exchange", "To unit")},
        {"to_position", QT_TRANSLATE_NOOP("Exchange", "To position")},
        {"tmt", QT_TRANSLATE_NOOP("Exchange", "TMT")},
        {"kind", QT_TRANSLATE_NOOP("Exchange", "Kind")},
        {"reason", QT_TRANSLATE_NOOP("Exchange", "Reason")},
        {"notes", QT_TRANSLATE_NOOP("Exchange", "Notes")},
        {"status", QT_TRANSLATE_NOOP("Exchange", "Status")},
        {"decree_number", QT_TRANSLATE_NOOP("Exchange", "Decree number")},
        {"decree_date", QT_TRANSLATE_NOOP("Exchange", "Decree date")},
        {"executed_at", QT_TRANSLATE_NOOP("Exchange", "Executed at")},
        {"reverses", QT_TRANSLATE_NOOP("Exchange", "Reverses")},
    };
    static constexpr const char *columns =
        "number, employee_id, from_unit_id, from_position_id, from_position_tmt, to_unit_id, to_position_id, tmt, "
        "kind, reason, notes, status, decree_number, decree_date, executed_at, reverses_id, modified_at, "
        "origin_office";
    static constexpr const char *insertOnlyColumns = "created_at";

    static auto &section(auto &payload) { return payload.transfers; }

    static QString select() {
        return QStringLiteral(
            "SELECT t.id, t.employee_id, e.unit_id, t.uuid, t.number, e.uuid, fu.uuid, fp.uuid, t.from_position_tmt, "
            "tu.uuid, tp.uuid, t.tmt, t.kind, t.reason, t.notes, t.status, t.decree_number, t.decree_date, "
            "t.executed_at, r.uuid, t.created_at, t.modified_at, t.origin_office, t.from_unit_id, "
            "t.from_position_id, t.to_unit_id, t.to_position_id%1 FROM transfer t "
            "JOIN employee e ON e.id = t.employee_id LEFT JOIN unit fu ON fu.id = t.from_unit_id "
            "LEFT JOIN position fp ON fp.id = t.from_position_id JOIN unit tu ON tu.id = t.to_unit_id "
            "JOIN position tp ON tp.id = t.to_position_id LEFT JOIN transfer r ON r.id = t.reverses_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
        r.uuid = from(q.value(3));
        r.number = from(q.value(4));
        r.employeeUuid = from(q.value(5));
        r.fromUnitUuid = from(q.value(6));
        r.fromPositionUuid = from(q.value(7));
        r.fromPositionTmt = from(q.value(8));
        r.toUnitUuid = from(q.value(9));
        r.toPositionUuid = from(q.value(10));
        r.tmt = from(q.value(11));
        r.kind = from(q.value(12));
        r.reason = from(q.value(13));
        r.notes = from(q.value(14));
        r.status = from(q.value(15));
        r.decreeNumber = from(q.value(16));
        r.decreeDate = from(q.value(17));
        r.executedAt = from(q.value(18));
        r.reversesUuid = from(q.value(19));
        r.createdAt = from(q.value(20));
        r.modifiedAt = from(q.value(21));
        r.originOffice = from(q.value(22));
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("number"), to(r.number)},
                {QLatin1String("employee"), referenceUuid(r.employeeUuid, context)},
                {QLatin1String("from_unit"), referenceUuid(r.fromUnitUuid, context)},
                {QLatin1String("from_position"), referenceUuid(r.fromPositionUuid, context)},
                {QLatin1String("from_position_tmt"), to(r.fromPositionTmt)},
                {QLatin1String("to_unit"), referenceUuid(r.toUnitUuid, context)},
                {QLatin1String("to_position"), referenceUuid(r.toPositionUuid, context)},
                {QLatin1String("tmt"), to(r.tmt)},
                {QLatin1String("kind"), to(r.kind)},
                {QLatin1String("reason"), to(r.reason)},
                {QLatin1String("notes"), to(r.notes)},
                {QLatin1String("status"), to(r.status)},
                {QLatin1String("decree_number"), to(r.decreeNumber)},
                {QLatin1String("decree_date"), to(r.decreeDate)},
                {QLatin1String("executed_at"), to(r.executedAt)},
                {QLatin1String("reverses"), referenceUuid(r.reversesUuid, context)}};
    }

    static QString naturalKey(const Record &, const MergeContext &) { return {}; }

    static QString label(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "Transfer %1 of %2")
            .arg(to(r.number).left(40), employeerecord::employeeLabel(r.employeeUuid, context));
    }

    static std::optional<QString> displayValue(QLatin1String field, const QString &value, const MergeContext &) {
        if (field == QLatin1String("status"))
            if (const auto s = transfercodes::statusFromText(value))
                return transfercodes::displayName(*s);
        if (field == QLatin1String("kind"))
            if (const auto k = transfercodes::kindFromText(value))
                return transfercodes::displayName(*k);
        if (field == QLatin1String("reason"))
            if (const auto r = transfercodes::reasonFromText(value))
                return transfercodes::displayName(*r);
        return std::nullopt;
    }

    static bool travels(ExportRow &row) {
        const QSqlQuery &q = row.query;
        // A transfer whose steps travel goes along, whether it changed or not.
        const bool changed = row.changed || row.required.contains(q.value(0).toLongLong());
        if (!employeerecord::take(row, q.value(1).toLongLong(), q.value(2).toLongLong(), changed))
            return false;
        for (int column : {23, 25})
            row.take(QStringLiteral("unit"), q.value(column).toLongLong());
        for (int column : {24, 26})
            row.take(QStringLiteral("position"), q.value(column).toLongLong());
        return true;
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (to(r.number).trimmed().isEmpty() || r.number.size() > 64)
            return QStringLiteral("number");
        if (!recordtext::isUuid(r.employeeUuid) || !recordtext::isUuid(r.toUnitUuid) ||
            !recordtext::isUuid(r.toPositionUuid) || !isOptionalUuid(r.fromUnitUuid) ||
            !isOptionalUuid(r.fromPositionUuid) || !isOptionalUuid(r.reversesUuid))
            return QStringLiteral("reference");
        if (r.tmt.empty() || !recordtext::isIsoDate(r.tmt) || !recordtext::isIsoDate(r.fromPositionTmt) ||
            !recordtext::isIsoDate(r.decreeDate))
            return QStringLiteral("date");
        if (!isCode(r.kind, transfercodes::kindFromText))
            return QStringLiteral("kind");
        if (!isCode(r.reason, transfercodes::reasonFromText))
            return QStringLiteral("reason");
        if (!isCode(r.status, transfercodes::statusFromText))
            return QStringLiteral("status");
        if (!recordtext::isIsoDateTime(r.createdAt) || !recordtext::isIsoDateTime(r.modifiedAt) ||
            (!r.executedAt.empty() && !recordtext::isIsoDateTime(r.executedAt)))
            return QStringLiteral("time");
        return {};
    }

    static QString invalidMessage(const Record &r, const QString &field) {
        return QCoreApplication::translate("Exchange", "Transfer %1 in the package has an invalid field (%2).")
            .arg(to(r.number).left(40), field);
    }

    // Why the transfer cannot be stored here (the number is unique here, and a person has at most one
    // open transfer): a transfer of another office that collides is kept out and named, instead of
    // failing the whole import. Empty when it can.
    static Expected<QString> clash(const ApplyRun &run, const Record &r, qint64 localId, qint64 employeeId,
                                   const QString &label) {
        auto number = sql::run(run.db, QStringLiteral("SELECT 1 FROM transfer WHERE number = ? AND id <> ?"),
                               {to(r.number), localId});
        if (!number)
            return Expected<QString>::failure(number.error());
        if (number->next())
            return QCoreApplication::translate("Exchange", "%1 was not imported: this office already has another "
                                                           "transfer with the number %2.")
                .arg(label, to(r.number));
        const auto status = transfercodes::statusFromText(to(r.status));
        if (!status || !transfercodes::isOpen(*status))
            return QString();
        QStringList closed;
        for (TransferStatus s : transfercodes::allStatuses())
            if (!transfercodes::isOpen(s))
                closed << QStringLiteral("'%1'").arg(transfercodes::toCode(s));
        auto open = sql::run(run.db,
                             QStringLiteral("SELECT number FROM transfer WHERE employee_id = ? AND id <> ? AND "
                                            "status NOT IN (%1)")
                                 .arg(closed.join(QLatin1Char(','))),
                             {employeeId, localId});
        if (!open)
            return Expected<QString>::failure(open.error());
        if (open->next())
            return QCoreApplication::translate("Exchange", "%1 was not imported: the employee already has "
                                                           "the open transfer %2 here.")
                .arg(label, open->value(0).toString());
        return QString();
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64 localId,
                                         const MergeContext &context) {
        const QString label = TransferTraits::label(r, context);
        const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
        if (!employeeId) {
            employeerecord::warnNoEmployee(run, label);
            return StoredValues();
        }
        const auto idOf = [&](const QString &entityName, const std::string &uuid) {
            return uuid.empty() ? qint64(0) : run.idOf(entityName, context.local(to(uuid)));
        };
        const qint64 toUnit = idOf(QStringLiteral("unit"), r.toUnitUuid);
        const qint64 toPosition = idOf(QStringLiteral("position"), r.toPositionUuid);
        const qint64 fromUnit = idOf(QStringLiteral("unit"), r.fromUnitUuid);
        const qint64 fromPosition = idOf(QStringLiteral("position"), r.fromPositionUuid);
        if (!toUnit || !toPosition || (!r.fromUnitUuid.empty() && !fromUnit) ||
            (!r.fromPositionUuid.empty() && !fromPosition)) {
            run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: a unit or position it "
                                                                    "names is neither in the package nor in this "
                                                                    "database.")
                                .arg(label);
            return StoredValues();
        }
        auto refused = clash(run, r, localId, employeeId, label);
        if (!refused)
            return Expected<StoredValues>::failure(refused.error());
        if (!refused->isEmpty()) {
            run.warnings << refused.value();
            return StoredValues();
        }
        return StoredValues({to(r.number), employeeId, sql::nullIfZero(fromUnit), sql::nullIfZero(fromPosition),
                             optionalText(r.fromPositionTmt), toUnit, toPosition, to(r.tmt), to(r.kind),
                             to(r.reason), sql::text(to(r.notes)), to(r.status), sql::text(to(r.decreeNumber)),
                             optionalText(r.decreeDate), optionalText(r.executedAt),
                             sql::nullIfZero(idOf(QLatin1String(names.entity), r.reversesUuid)), to(r.modifiedAt),
                             sql::text(to(r.originOffice))});
    }

    static QVariantList insertOnlyValues(const Record &r) { return {to(r.createdAt)}; }
};

} // namespace

std::shared_ptr<const EntityExchange> makeTransferExchange() {
    return std::make_shared<RecordExchange<TransferTraits>>();
}

} // namespace imbang::exchange
