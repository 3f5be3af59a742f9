#include "domain/codes.h"
#include "exchange/entitytypes.h"
#include "exchange/recordexchange.h"

namespace imbang::exchange {
namespace {

using recordtext::from;
using recordtext::to;

// Positions (table position). Natural key: the name, without case. A package for chosen units
// carries only the positions its records use.
struct PositionTraits {
    using Record = PositionRecord;
    static constexpr EntityNames names{"position", "position", "p", QT_TRANSLATE_NOOP("Exchange", "Positions"),
                                       QT_TRANSLATE_NOOP("Exchange", "reading positions")};
    static constexpr FieldTitle fieldTitles[]{{"code", QT_TRANSLATE_NOOP("Exchange", "Code")},
                                              {"name", QT_TRANSLATE_NOOP("Exchange", "Name")},
                                              {"kind", QT_TRANSLATE_NOOP("Exchange", "Kind")},
                                              {"level", QT_TRANSLATE_NOOP("Exchange", "Level")},
                                              {"family", QT_TRANSLATE_NOOP("Exchange", "Family")},
                                              {"teacher", QT_TRANSLATE_NOOP("Exchange", "Teacher")},
                                              {"bup_override", QT_TRANSLATE_NOOP("Exchange", "Retirement age")}};
    static constexpr const char *columns =
        "code, name, kind, level, family, teacher, bup_override, modified_at, origin_office";
    static constexpr bool namesReferences = true;

    static auto &section(auto &payload) { return payload.positions; }

    static QString select() {
        return QStringLiteral("SELECT p.id, p.uuid, p.code, p.name, p.kind, p.level, p.family, p.teacher, "
                              "p.bup_override, p.modified_at, p.origin_office%1 FROM position p");
    }

    static Record read(const QSqlQuery &q) {
        Record r;
        r.uuid = from(q.value(1));
        r.code = from(q.value(2));
        r.name = from(q.value(3));
        r.kind = from(q.value(4));
        r.level = from(q.value(5));
        r.family = from(q.value(6));
        r.teacher = q.value(7).toBool();
        r.bupOverride = q.value(8).isNull() ? 0 : q.value(8).toInt();
        r.modifiedAt = from(q.value(9));
        r.originOffice = from(q.value(10));
        return r;
    }

    static Fields fields(const Record &r, const MergeContext &) {
        return {{QLatin1String("code"), to(r.code)},
                {QLatin1String("name"), to(r.name)},
                {QLatin1String("kind"), to(r.kind)},
                {QLatin1String("level"), to(r.level)},
                {QLatin1String("family"), to(r.family)},
                {QLatin1String("teacher"), r.teacher ? QStringLiteral("1") : QString()},
                {QLatin1String("bup_override"), r.bupOverride ? QString::number(r.bupOverride) : QString()}};
    }

    static QString naturalKey(const Record &r, const MergeContext &) { return to(r.name).trimmed().toCaseFolded(); }
    static QString label(const Record &r, const MergeContext &) { return to(r.name); }

    static QString saving(const Record &r, const MergeContext &) {
        return QCoreApplication::translate("Exchange", "saving position %1").arg(to(r.name));
    }

    static bool travels(ExportRow &row) {
        return (row.run.allUnits && row.changed) || row.required.contains(row.query.value(0).toLongLong());
    }

    static QString invalidField(const Record &r) {
        if (!recordtext::isUuid(r.uuid))
            return QStringLiteral("uuid");
        if (to(r.name).trimmed().isEmpty())
            return QStringLiteral("name");
        if (!codes::positionKindFromCode(to(r.kind)))
            return QStringLiteral("kind");
        if (!codes::positionLevelFromCode(to(r.level)))
            return QStringLiteral("level");
        if (r.bupOverride < 0 || r.bupOverride > 100)
            return QStringLiteral("bup_override");
        if (!recordtext::isIsoDateTime(r.modifiedAt))
            return QStringLiteral("modified_at");
        return {};
    }

    static QString invalidMessage(const Record &r, const QString &field) {
        return QCoreApplication::translate("Exchange", "Position %1 in the package has an invalid field (%2).")
            .arg(to(r.name).left(80), field);
    }

    static Expected<StoredValues> values(ApplyRun &, const Record &r, qint64, const MergeContext &) {
        const QString code = to(r.code).trimmed();
        return StoredValues({code.isEmpty() ? QVariant() : QVariant(code), to(r.name).trimmed(), to(r.kind),
                             sql::text(to(r.level)), sql::text(to(r.family)), r.teacher ? 1 : 0,
                             r.bupOverride ? QVariant(r.bupOverride) : QVariant(), to(r.modifiedAt),
                             sql::text(to(r.originOffice))});
    }
};

} // namespace

std::shared_ptr<const EntityExchange> makePositionExchange() {
    return std::make_shared<RecordExchange<PositionTraits>>();
}

} // namespace imbang::exchange
