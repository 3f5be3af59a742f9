#include "plannersettings.h"

#include "access/session.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QStringList>

namespace imbang {

PlannerSettings PlannerSettings::load(const QSqlDatabase &db) {
    const Settings s(db);
    PlannerSettings p;
    p.roadFactor = s.get(settingkeys::plannerRoadFactor);
    p.borderPenaltyKm = s.get(settingkeys::plannerBorderPenaltyKm);
    p.allowPositionChange = s.get(settingkeys::plannerAllowPositionChange);
    p.positionChangePenaltyKm = s.get(settingkeys::plannerPositionChangePenaltyKm);
    p.allowCrossFamily = s.get(settingkeys::plannerAllowCrossFamily);
    p.crossFamilyPenaltyKm = s.get(settingkeys::plannerCrossFamilyPenaltyKm);
    p.requestBonusKm = s.get(settingkeys::plannerRequestBonusKm);
    p.maxMoves = s.get(settingkeys::plannerMaxMoves);
    p.maxKm = s.get(settingkeys::plannerMaxKm);
    p.nearest = s.get(settingkeys::plannerNearest);
    return p;
}

Problems PlannerSettings::validate() const {
    Problems problems;
    const auto error = [&problems](const char *field, const QString &message) {
        problems << Problem{Problem::Severity::Error, QString::fromLatin1(field), message};
    };
    // Roads are never shorter than the straight line; a factor above 3 would make every move look far.
    if (!(roadFactor >= 1.0 && roadFactor <= 3.0))
        error("road_factor", QCoreApplication::translate("PlannerSettings",
                                                         "The road factor must lie between 1.0 and 3.0 (road "
                                                         "distance is the straight distance times this factor; "
                                                         "1.3 suits most of Jambi)."));
    const QList<std::pair<const char *, double>> penalties{{"border_penalty_km", borderPenaltyKm},
                                                           {"position_change_penalty_km", positionChangePenaltyKm},
                                                           {"cross_family_penalty_km", crossFamilyPenaltyKm},
                                                           {"request_bonus_km", requestBonusKm}};
    for (const auto &[field, value] : penalties)
        if (!(value >= 0 && value <= 10000))
            error(field, QCoreApplication::translate("PlannerSettings",
                                                     "Extra costs and the own-request bonus are kilometres between "
                                                     "0 and 10,000; write 0 to switch one off."));
    if (maxMoves < 0 || maxMoves > 100000)
        error("max_moves", QCoreApplication::translate("PlannerSettings",
                                                       "The most moves in one plan must lie between 0 (no limit) "
                                                       "and 100,000."));
    if (!(maxKm >= 1 && maxKm <= 5000))
        error("max_km", QCoreApplication::translate("PlannerSettings",
                                                    "The longest move must lie between 1 and 5,000 km by road."));
    if (nearest < 1 || nearest > 1000)
        error("nearest_posts", QCoreApplication::translate("PlannerSettings",
                                                           "The number of nearest posts compared must lie between "
                                                           "1 and 1,000 (40 keeps province-scale plans fast)."));
    return problems;
}

Status PlannerSettings::save(const QSqlDatabase &db) const {
    if (Status allowed = access::require(db, Permission::ManageSettings); !allowed)
        return allowed;
    const Problems problems = validate();
    if (hasErrors(problems)) {
        QStringList messages;
        for (const Problem &p : problems)
            messages << p.message;
        return Status::failure(messages.join(QLatin1Char('\n')));
    }
    sql::Transaction tx(db);
    Settings s(db);
    for (const Status &st : {s.set(settingkeys::plannerRoadFactor, roadFactor),
                             s.set(settingkeys::plannerBorderPenaltyKm, borderPenaltyKm),
                             s.set(settingkeys::plannerAllowPositionChange, allowPositionChange),
                             s.set(settingkeys::plannerPositionChangePenaltyKm, positionChangePenaltyKm),
                             s.set(settingkeys::plannerAllowCrossFamily, allowCrossFamily),
                             s.set(settingkeys::plannerCrossFamilyPenaltyKm, crossFamilyPenaltyKm),
                             s.set(settingkeys::plannerRequestBonusKm, requestBonusKm),
                             s.set(settingkeys::plannerMaxMoves, maxMoves), s.set(settingkeys::plannerMaxKm, maxKm),
                             s.set(settingkeys::plannerNearest, nearest)})
        if (!st)
            return st;
    return tx.commit();
}

} // namespace imbang
