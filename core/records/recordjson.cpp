#include "recordjson.h"

namespace imbang::recordjson {
namespace {
QJsonValue date(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue optional(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
} // namespace

QJsonObject toJson(const Employee &e) {
    return {{QStringLiteral("uuid"), e.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("nip"), e.nip},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("title_front"), e.titleFront},
            {QStringLiteral("title_back"), e.titleBack},
            {QStringLiteral("gender"), codes::toCode(e.gender)},
            {QStringLiteral("birth_place"), e.birthPlace},
            {QStringLiteral("birth_date"), date(e.birthDate)},
            {QStringLiteral("status"), codes::toCode(e.status)},
            {QStringLiteral("rank"), e.rank.text()},
            {QStringLiteral("rank_tmt"), date(e.rankTmt)},
            {QStringLiteral("position_id"), e.positionId},
            {QStringLiteral("unit_id"), e.unitId},
            {QStringLiteral("position_tmt"), date(e.positionTmt)},
            {QStringLiteral("cpns_tmt"), date(e.cpnsTmt)},
            {QStringLiteral("education"), e.education},
            {QStringLiteral("active"), e.active},
            {QStringLiteral("inactive_reason"), e.inactiveReason ? codes::toCode(*e.inactiveReason) : QString()},
            {QStringLiteral("inactive_date"), date(e.inactiveDate)}};
}

QJsonObject toJson(const Unit &u) {
    return {{QStringLiteral("uuid"), u.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("code"), u.code},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("kind"), codes::toCode(u.kind)},
            {QStringLiteral("parent_id"), u.parentId},
            {QStringLiteral("region"), u.region},
            {QStringLiteral("latitude"), optional(u.latitude)},
            {QStringLiteral("longitude"), optional(u.longitude)},
            {QStringLiteral("closed_on"), date(u.closedOn)}};
}

QJsonObject toJson(const Position &p) {
    return {{QStringLiteral("uuid"), p.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), codes::toCode(p.kind)},
            {QStringLiteral("level"), codes::toCode(p.level)},
            {QStringLiteral("family"), p.family},
            {QStringLiteral("teacher"), p.teacher},
            {QStringLiteral("bup_override"), p.bupOverride ? QJsonValue(*p.bupOverride) : QJsonValue()}};
}

} // namespace imbang::recordjson
