#include "transferexchange.h"

#include "exchange/employeerecordexchange.h"
#include "storage/sqlutil.h"
#include "transfers/transfercodes.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

const QString selectTransfers = QStringLiteral(
    "SELECT t.id, t.employee_id, e.unit_id, t.uuid, t.number, e.uuid, fu.uuid, fp.uuid, t.from_position_tmt, "
    "tu.uuid, tp.uuid, t.tmt, t.kind, t.reason, t.notes, t.status, t.decree_number, t.decree_date, t.executed_at, "
    "r.uuid, t.created_at, t.modified_at, t.origin_office, t.from_unit_id, t.from_position_id, t.to_unit_id, "
    "t.to_position_id%1 FROM transfer t JOIN employee e ON e.id = t.employee_id "
    "LEFT JOIN unit fu ON fu.id = t.from_unit_id LEFT JOIN position fp ON fp.id = t.from_position_id "
    "JOIN unit tu ON tu.id = t.to_unit_id JOIN position tp ON tp.id = t.to_position_id "
    "LEFT JOIN transfer r ON r.id = t.reverses_id");
constexpr int changedColumn = 27;

TransferRecord readRecord(const QSqlQuery &q) {
    TransferRecord r;
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

QString reference(const std::string &uuid, const MergeContext &context) {
    return uuid.empty() ? QString() : context.local(to(uuid));
}

Fields fieldsOf(const TransferRecord &r, const MergeContext &context) {
    return {{QLatin1String("number"), to(r.number)},
            {QLatin1String("employee"), reference(r.employeeUuid, context)},
            {QLatin1String("from_unit"), reference(r.fromUnitUuid, context)},
            {QLatin1String("from_position"), reference(r.fromPositionUuid, context)},
            {QLatin1String("from_position_tmt"), to(r.fromPositionTmt)},
            {QLatin1String("to_unit"), reference(r.toUnitUuid, context)},
            {QLatin1String("to_position"), reference(r.toPositionUuid, context)},
            {QLatin1String("tmt"), to(r.tmt)},
            {QLatin1String("kind"), to(r.kind)},
            {QLatin1String("reason"), to(r.reason)},
            {QLatin1String("notes"), to(r.notes)},
            {QLatin1String("status"), to(r.status)},
            {QLatin1String("decree_number"), to(r.decreeNumber)},
            {QLatin1String("decree_date"), to(r.decreeDate)},
            {QLatin1String("executed_at"), to(r.executedAt)},
            {QLatin1String("reverses"), reference(r.reversesUuid, context)}};
}

QString labelOf(const TransferRecord &r, const MergeContext &context) {
    return QCoreApplication::translate("Exchange", "Transfer %1 of %2")
        .arg(to(r.number).left(40), employeerecord::employeeLabel(r.employeeUuid, context));
}

RecordView viewOf(const TransferRecord &r, const MergeContext &context) {
    RecordView view;
    view.uuid = to(r.uuid);
    // No natural key: a transfer number is only unique within the office that gave it.
    view.label = labelOf(r, context);
    view.fields = fieldsOf(r, context);
    view.modifiedAt = to(r.modifiedAt);
    view.originOffice = to(r.originOffice);
    return view;
}

template <class T>
bool isCode(const std::string &text, std::optional<T> (*parse)(const QString &)) {
    const auto value = parse(to(text));
    return value && transfercodes::toCode(*value) == to(text);
}

bool isOptionalUuid(const std::string &text) { return text.empty() || recordtext::isUuid(text); }

} // namespace

QString TransferExchange::title() const { return QCoreApplication::translate("Exchange", "Transfers"); }

QString TransferExchange::fieldTitle(QLatin1String field) const {
    static const QList<std::pair<QLatin1String, const char *>> titles{
        {QLatin1String("number"), QT_TRANSLATE_NOOP("Exchange", "Number")},
        {QLatin1String("employee"), QT_TRANSLATE_NOOP("Exchange", "Employee")},
        {QLatin1String("from_unit"), QT_TRANSLATE_NOOP("Exchange", "From unit")},
        {QLatin1String("from_position"), QT_TRANSLATE_NOOP("Exchange", "From position")},
        {QLatin1String("from_position_tmt"), QT_TRANSLATE_NOOP("Exchange", "Position TMT before")},
        {QLatin1String("to_unit"), QT_TRANSLATE_NOOP("Exchange", "To unit")},
        {QLatin1String("to_position"), QT_TRANSLATE_NOOP("Exchange", "To position")},
        {QLatin1String("tmt"), QT_TRANSLATE_NOOP("Exchange", "TMT")},
        {QLatin1String("kind"), QT_TRANSLATE_NOOP("Exchange", "Kind")},
        {QLatin1String("reason"), QT_TRANSLATE_NOOP("Exchange", "Reason")},
        {QLatin1String("notes"), QT_TRANSLATE_NOOP("Exchange", "Notes")},
        {QLatin1String("status"), QT_TRANSLATE_NOOP("Exchange", "Status")},
        {QLatin1String("decree_number"), QT_TRANSLATE_NOOP("Exchange", "Decree number")},
        {QLatin1String("decree_date"), QT_TRANSLATE_NOOP("Exchange", "Decree date")},
        {QLatin1String("executed_at"), QT_TRANSLATE_NOOP("Exchange", "Executed at")},
        {QLatin1String("reverses"), QT_TRANSLATE_NOOP("Exchange", "Reverses")},
    };
    for (const auto &[name, text] : titles)
        if (name == field)
            return QCoreApplication::translate("Exchange", text);
    return field;
}

QString TransferExchange::displayValue(QLatin1String field, const QString &value, const MergeContext &context) const {
    if (field == QLatin1String("status"))
        if (const auto s = transfercodes::statusFromText(value))
            return transfercodes::displayName(*s);
    if (field == QLatin1String("kind"))
        if (const auto k = transfercodes::kindFromText(value))
            return transfercodes::displayName(*k);
    if (field == QLatin1String("reason"))
        if (const auto r = transfercodes::reasonFromText(value))
            return transfercodes::displayName(*r);
    return EntityExchange::displayValue(field, value, context);
}

Status TransferExchange::collect(ExportRun &run) const {
    auto q = sql::run(run.db,
                      selectTransfers.arg(employeerecord::changedColumn(run, QStringLiteral("t"))) +
                          QStringLiteral(" ORDER BY t.id"),
                      employeerecord::changedValues(run), QCoreApplication::translate("Exchange", "reading transfers"));
    if (!q)
        return Status::failure(q.error());
    const QSet<qint64> required = run.required.value(entity());
    // Gathered here and added at the end: employeerecord::take() inserts into run.required, which
    // would invalidate references into it.
    QSet<qint64> units;
    QSet<qint64> positions;
    const MergeContext identity;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        // A transfer whose steps travel goes along, whether it changed or not.
        const bool changed = q->value(changedColumn).toBool() || required.contains(id);
        if (!employeerecord::take(run, q->value(1).toLongLong(), q->value(2).toLongLong(), changed))
            continue;
        for (int column : {23, 25})
            if (const qint64 unit = q->value(column).toLongLong())
                units.insert(unit);
        for (int column : {24, 26})
            if (const qint64 position = q->value(column).toLongLong())
                positions.insert(position);
        TransferRecord record = readRecord(*q);
        if (record.originOffice.empty())
            record.originOffice = run.ownOfficeId.toStdString();
        if (run.wantHashes)
            run.sentHashes.append({to(record.uuid), contentHash(entity(), fieldsOf(record, identity))});
        run.payload.transfers.push_back(std::move(record));
    }
    run.required[QStringLiteral("unit")].unite(units);
    run.required[QStringLiteral("position")].unite(positions);
    return {};
}

Expected<QList<RecordView>> TransferExchange::localRecords(const QSqlDatabase &db, MergeContext &context) const {
    auto q = sql::run(db, selectTransfers.arg(QString()), {},
                      QCoreApplication::translate("Exchange", "reading transfers"));
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

std::pair<QString, QString> TransferExchange::incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                               const MergeContext &) const {
    return {to(payload.transfers.at(std::size_t(index)).uuid), QString()};
}

RecordView TransferExchange::incoming(const PackagePayload &payload, qsizetype index,
                                      const MergeContext &context) const {
    return viewOf(payload.transfers.at(std::size_t(index)), context);
}

QString TransferExchange::validate(const PackagePayload &payload, qsizetype index) const {
    const TransferRecord &r = payload.transfers.at(std::size_t(index));
    QString problem;
    if (!recordtext::isUuid(r.uuid))
        problem = QStringLiteral("uuid");
    else if (to(r.number).trimmed().isEmpty() || r.number.size() > 64)
        problem = QStringLiteral("number");
    else if (!recordtext::isUuid(r.employeeUuid) || !recordtext::isUuid(r.toUnitUuid) ||
             !recordtext::isUuid(r.toPositionUuid) || !isOptionalUuid(r.fromUnitUuid) ||
             !isOptionalUuid(r.fromPositionUuid) || !isOptionalUuid(r.reversesUuid))
        problem = QStringLiteral("reference");
    else if (r.tmt.empty() || !recordtext::isIsoDate(r.tmt) || !recordtext::isIsoDate(r.fromPositionTmt) ||
             !recordtext::isIsoDate(r.decreeDate))
        problem = QStringLiteral("date");
    else if (!isCode(r.kind, transfercodes::kindFromText))
        problem = QStringLiteral("kind");
    else if (!isCode(r.reason, transfercodes::reasonFromText))
        problem = QStringLiteral("reason");
    else if (!isCode(r.status, transfercodes::statusFromText))
        problem = QStringLiteral("status");
    else if (!recordtext::isIsoDateTime(r.createdAt) || !recordtext::isIsoDateTime(r.modifiedAt) ||
             (!r.executedAt.empty() && !recordtext::isIsoDateTime(r.executedAt)))
        problem = QStringLiteral("time");
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Exchange", "Transfer %1 in the package has an invalid field (%2).")
        .arg(to(r.number).left(40), problem);
}

Expected<bool> TransferExchange::write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                                       const MergeContext &context) const {
    const TransferRecord &r = payload.transfers.at(std::size_t(index));
    const QString label = labelOf(r, context);
    const qint64 employeeId = employeerecord::employeeId(run, r.employeeUuid, context);
    if (!employeeId) {
        employeerecord::warnNoEmployee(run, label);
        return false;
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
        run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: a unit or position it names is "
                                                                "neither in the package nor in this database.")
                            .arg(label);
        return false;
    }
    // The number is unique here, and a person has at most one open transfer: a transfer of another
    // office that collides is kept out and named, instead of failing the whole import.
    auto clash = sql::run(run.db, QStringLiteral("SELECT 1 FROM transfer WHERE number = ? AND id <> ?"),
                          {to(r.number), localId});
    if (!clash)
        return Expected<bool>::failure(clash.error());
    if (clash->next()) {
        run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: this office already has another "
                                                                "transfer with the number %2.")
                            .arg(label, to(r.number));
        return false;
    }
    const auto status = transfercodes::statusFromText(to(r.status));
    if (status && transfercodes::isOpen(*status)) {
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
            return Expected<bool>::failure(open.error());
        if (open->next()) {
            run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: the employee already has "
                                                                    "the open transfer %2 here.")
                                .arg(label, open->value(0).toString());
            return false;
        }
    }
    const auto optional = [](const std::string &text) { return text.empty() ? QVariant() : QVariant(to(text)); };
    const QVariantList values{to(r.number),
                              employeeId,
                              sql::nullIfZero(fromUnit),
                              sql::nullIfZero(fromPosition),
                              optional(r.fromPositionTmt),
                              toUnit,
                              toPosition,
                              to(r.tmt),
                              to(r.kind),
                              to(r.reason),
                              sql::text(to(r.notes)),
                              to(r.status),
                              sql::text(to(r.decreeNumber)),
                              optional(r.decreeDate),
                              optional(r.executedAt),
                              sql::nullIfZero(idOf(entity(), r.reversesUuid)),
                              to(r.modifiedAt),
                              sql::text(to(r.originOffice))};
    const auto what = [&] { return QCoreApplication::translate("Exchange", "saving %1").arg(label); };
    if (localId) {
        Status s = run.exec(QStringLiteral("UPDATE transfer SET number = ?, employee_id = ?, from_unit_id = ?, "
                                           "from_position_id = ?, from_position_tmt = ?, to_unit_id = ?, "
                                           "to_position_id = ?, tmt = ?, kind = ?, reason = ?, notes = ?, status = ?, "
                                           "decree_number = ?, decree_date = ?, executed_at = ?, reverses_id = ?, "
                                           "modified_at = ?, origin_office = ? WHERE id = ?"),
                            QVariantList(values) << localId, what);
        return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
    }
    const QString insert = QStringLiteral(
        "INSERT INTO transfer(number, employee_id, from_unit_id, from_position_id, from_position_tmt, to_unit_id, "
        "to_position_id, tmt, kind, reason, notes, status, decree_number, decree_date, executed_at, reverses_id, "
        "modified_at, origin_office, created_at, uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (Status s = run.exec(insert, QVariantList(values) << to(r.createdAt) << to(r.uuid), what); !s)
        return Expected<bool>::failure(s.error());
    run.ids[entity()].insert(to(r.uuid), run.lastInsertId(insert));
    return true;
}

} // namespace imbang::exchange
