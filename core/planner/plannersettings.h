#pragma once

#include "util/expected.h"
#include "util/problem.h"

#include <QSqlDatabase>

namespace imbang {

// The planner's cost model and limits (settingkeys "planner/..."), read together for one plan.
struct PlannerSettings {
    double roadFactor = 1.3;
    double borderPenaltyKm = 100;
    bool allowPositionChange = true; // within one family; never for teachers (their post is their subject)
    double positionChangePenaltyKm = 25;
    bool allowCrossFamily = false;
    double crossFamilyPenaltyKm = 200;
    double requestBonusKm = 1000;
    int maxMoves = 0; // 0: no limit
    double maxKm = 250;
    int nearest = 40;

    static PlannerSettings load(const QSqlDatabase &db);
    // What is wrong with these values, field by field (the setting's key without "planner/").
    Problems validate() const;
    // Validates, then stores every value in one transaction (ManageSettings permission); nothing is stored
    // when a value is wrong.
    Status save(const QSqlDatabase &db) const;

    friend bool operator==(const PlannerSettings &, const PlannerSettings &) = default;
};

} // namespace imbang
