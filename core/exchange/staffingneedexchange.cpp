#include "exchange/entitytypes.h"
#include "exchange/recordexchange.h"

#include <cmath>

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

// Staffing needs (table staffing_need). Natural key: the unit and the position. A need takes its
// unit and position along.
struct StaffingNeedTraits {
    using Record = StaffingNeedRecord;
    static constexpr EntityNames names{"staffing_need", "staffing_need", "n",
                                       QT_TRANSLATE_NOOP("Exchange", "Staffing needs"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading staffing needs")};
    static constexpr FieldTitle fieldTitles[]{{"unit", QT_TRANSLATE_NOOP("Exchange", "Unit")},
                                              {"position", QT_TRANSLATE_NOOP("Exchange", "Position")},
                                              {"need", QT_TRANSLATE_NOOP("Exchange", "Need")},
                                              {"source", QT_TRANSLATE_NOOP("Exchange", "Source")},
                                              {"note", QT_TRANSLATE_NOOP("Exchange", "Note")}};
    static constexpr const char *columns = "unit_id, position_id, need, source, note, modified_at, origin_office";

    static auto &section(auto &payload) { return payload.staffingNeeds; }

    static QString select() {
        return QStringLiteral("SELECT n.id, n.unit_id, n.position_id, n.uuid, u.uuid, p.uuid, n.need, n.source, "
                              "n.note, n.modified_at, n.origin_office%1 FROM staffing_need n "
                              "JOIN unit u ON u.id = n.unit_id JOIN position p ON p.id = n.position_id");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
        r.uuid = from(q.value(3));
        r.unitUuid = from(q.value(4));
        r.positionUuid = from(q.value(5));
        r.need = q.value(6).toDouble();
        r.source = from(q.value(7));
        r.note = from(q.value(8));
        r.modifiedAt = from(q.value(9));
        r.originOffice = from(q.value(10));
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &context) {
        return {{QLatin1String("unit"), context.local(to(r.unitUuid))},
                {QLatin1String("position"), context.local(to(r.positionUuid))},
                {QLatin1String("need"), QString::number(r.need, 'g', 17)},
                {QLatin1String("source"), to(r.source)},
                {QLatin1String("note"), to(r.note)}};
    }

    static QString naturalKey(const Record &r, const MergeContext &context) {
        return context.local(to(r.unitUuid)) + QLatin1Char('|') + context.local(to(r.positionUuid));
    }

    static QString label(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "%1 in %2")
            .arg(context.labelOf(to(r.positionUuid)), context.labelOf(to(r.unitUuid)));
    }

    static QString saving(const Record &r, const MergeContext &context) {
        return QCoreApplication::translate("Exchange", "saving the staffing need for %1").arg(label(r, context));
    }

    static bool travels(ExportRow &row) {
        const qint64 unitId = row.query.value(1).toLongLong();
        if ((!row.run.allUnits && !row.run.scopeUnits.contains(unitId)) || !row.changed)
            return false;
        row.take(QStringLiteral("unit"), unitId);
        row.take(QStringLiteral("position"), row.query.value(2).toLongLong());
        return true;
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (!recordtext::isUuid(r.unitUuid))
            return QStringLiteral("unit");
        if (!recordtext::isUuid(r.positionUuid))
            return QStringLiteral("position");
        if (!std::isfinite(r.need) || r.need < 0 || r.need > 1e6)
            return QStringLiteral("need");
        if (to(r.source).trimmed().isEmpty())
            return QStringLiteral("source");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &, const QString &field) {
        return QCoreApplication::translate("Exchange", "A staffing need in the package has an invalid field (%1).")
            .arg(field);
    }

    static Expected<StoredValues> values(ApplyRun &run, const Record &r, qint64, const MergeContext &context) {
        const qint64 unitId = run.idOf(QStringLiteral("unit"), context.local(to(r.unitUuid)));
        const qint64 positionId = run.idOf(QStringLiteral("position"), context.local(to(r.positionUuid)));
        if (!unitId || !positionId) {
            run.warnings << QCoreApplication::translate(
                                "Exchange", "The staffing need for %1 was not imported: its unit or position is "
                                            "neither in the package nor in this database.")
                                .arg(label(r, context));
            return StoredValues();
        }
        return StoredValues({unitId, positionId, r.need, to(r.source), sql::text(to(r.note)), to(r.modifiedAt),
                             sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makeStaffingNeedExchange() {
    return std::make_shared<RecordExchange<StaffingNeedTraits>>();
}

} // namespace imbang::exchange
