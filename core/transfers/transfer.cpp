#include "transfer.h"

#include "storage/sqlutil.h"

namespace imbang {

QJsonObject Transfer::toJson() const {
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    return {{QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("number"), number},
            {QStringLiteral("batch_id"), batchId},
            {QStringLiteral("employee_id"), employeeId},
            {QStringLiteral("from_unit_id"), fromUnitId},
            {QStringLiteral("from_position_id"), fromPositionId},
            {QStringLiteral("from_position_tmt"), date(fromPositionTmt)},
            {QStringLiteral("to_unit_id"), toUnitId},
            {QStringLiteral("to_position_id"), toPositionId},
            {QStringLiteral("tmt"), date(tmt)},
            {QStringLiteral("kind"), transfercodes::toCode(kind)},
            {QStringLiteral("reason"), transfercodes::toCode(reason)},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("status"), transfercodes::toCode(status)},
            {QStringLiteral("decree_number"), decreeNumber},
            {QStringLiteral("decree_date"), date(decreeDate)},
            {QStringLiteral("executed_at"), sql::fromDateTime(executedAt).toString()},
            {QStringLiteral("reverses_id"), reversesId}};
}

} // namespace imbang
