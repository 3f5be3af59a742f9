#include "plannersettings.h"

#include "settings/settingkeys.h"

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

} // namespace imbang
