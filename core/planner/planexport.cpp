#include "planexport.h"

#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace imbang::planexport {

TextTable movesTable(const PlanResult &result) {
    TextTable t;
    t.keys = QStringList{QStringLiteral("nip"),           QStringLiteral("name"),        QStringLiteral("from_unit"),
                         QStringLiteral("from_position"), QStringLiteral("to_unit"),     QStringLiteral("to_position"),
                         QStringLiteral("km"),            QStringLiteral("why")};
    t.headers = QStringList{QCoreApplication::translate("PlanExport", "NIP"),
                            QCoreApplication::translate("PlanExport", "Name"),
                            QCoreApplication::translate("PlanExport", "From unit"),
                            QCoreApplication::translate("PlanExport", "From position"),
                            QCoreApplication::translate("PlanExport", "To unit"),
                            QCoreApplication::translate("PlanExport", "To position"),
                            QCoreApplication::translate("PlanExport", "Km"),
                            QCoreApplication::translate("PlanExport", "Why this person")};
    t.types = {TextTable::ColumnType::Text, TextTable::ColumnType::Text, TextTable::ColumnType::Text,
               TextTable::ColumnType::Text, TextTable::ColumnType::Text, TextTable::ColumnType::Text,
               TextTable::ColumnType::Number};
    for (const ProposedMove &m : result.moves)
        t.rows << QStringList{m.nip,           m.employeeName, m.fromUnitName,
                              m.fromPositionName, m.toUnitName, m.toPositionName,
                              QString::number(m.distanceKm, 'f', 1), m.why};
    return t;
}

TextTable totalsTable(const PlanResult &result) {
    const PlanTotals &s = result.totals;
    TextTable t;
    t.keys = QStringList{QStringLiteral("figure"), QStringLiteral("value")};
    t.headers = QStringList{QCoreApplication::translate("PlanExport", "Figure"),
                            QCoreApplication::translate("PlanExport", "Value")};
    t.rows << QStringList{QCoreApplication::translate("PlanExport", "Shortage before (people)"),
                          indonesian::number(s.shortageBefore)}
           << QStringList{QCoreApplication::translate("PlanExport", "Shortage covered"),
                          indonesian::number(s.shortageCovered())}
           << QStringList{QCoreApplication::translate("PlanExport", "Shortage left"),
                          indonesian::number(s.shortageAfter)}
           << QStringList{QCoreApplication::translate("PlanExport", "Surplus before (people)"),
                          indonesian::number(s.surplusBefore)}
           << QStringList{QCoreApplication::translate("PlanExport", "Surplus left"), indonesian::number(s.surplusAfter)}
           << QStringList{QCoreApplication::translate("PlanExport", "People moved"), indonesian::number(s.moved)}
           << QStringList{QCoreApplication::translate("PlanExport", "Own requests honoured"),
                          indonesian::number(s.ownRequests)}
           << QStringList{QCoreApplication::translate("PlanExport", "Moves across a kabupaten/kota border"),
                          indonesian::number(s.crossRegion)}
           << QStringList{QCoreApplication::translate("PlanExport", "Total distance (km by road)"),
                          indonesian::decimal(s.distanceKm, 1)};
    return t;
}

QJsonObject toJson(const PlanResult &result) {
    const PlanTotals &s = result.totals;
    QJsonArray moves;
    for (const ProposedMove &m : result.moves)
        moves.append(QJsonObject{{QStringLiteral("employee_id"), m.employeeId},
                                 {QStringLiteral("nip"), m.nip},
                                 {QStringLiteral("name"), m.employeeName},
                                 {QStringLiteral("from_unit_id"), m.fromUnitId},
                                 {QStringLiteral("from_unit"), m.fromUnitName},
                                 {QStringLiteral("from_position_id"), m.fromPositionId},
                                 {QStringLiteral("from_position"), m.fromPositionName},
                                 {QStringLiteral("to_unit_id"), m.toUnitId},
                                 {QStringLiteral("to_unit"), m.toUnitName},
                                 {QStringLiteral("to_position_id"), m.toPositionId},
                                 {QStringLiteral("to_position"), m.toPositionName},
                                 {QStringLiteral("km"), m.distanceKm},
                                 {QStringLiteral("months_in_post"), m.monthsInPost},
                                 {QStringLiteral("crosses_region"), m.crossesRegion},
                                 {QStringLiteral("position_change"), m.positionChange},
                                 {QStringLiteral("own_request"), m.ownRequest},
                                 {QStringLiteral("pinned"), m.pinned},
                                 {QStringLiteral("why"), m.why}});
    QJsonArray groups;
    for (const PlanGroup &g : result.groups)
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("shortage_before"), g.shortageBefore},
                                  {QStringLiteral("shortage_after"), g.shortageAfter},
                                  {QStringLiteral("surplus_before"), g.surplusBefore},
                                  {QStringLiteral("surplus_after"), g.surplusAfter}});
    QJsonArray gradesBefore, gradesAfter;
    for (int i = 0; i < 5; ++i) {
        gradesBefore.append(result.gradesBefore[std::size_t(i)]);
        gradesAfter.append(result.gradesAfter[std::size_t(i)]);
    }
    return {{QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("shortage_before"), s.shortageBefore},
                         {QStringLiteral("shortage_covered"), s.shortageCovered()},
                         {QStringLiteral("shortage_after"), s.shortageAfter},
                         {QStringLiteral("surplus_before"), s.surplusBefore},
                         {QStringLiteral("surplus_after"), s.surplusAfter},
                         {QStringLiteral("moved"), s.moved},
                         {QStringLiteral("pinned"), s.pinned},
                         {QStringLiteral("own_requests"), s.ownRequests},
                         {QStringLiteral("cross_region"), s.crossRegion},
                         {QStringLiteral("distance_km"), s.distanceKm}}},
            {QStringLiteral("moves"), moves},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("grades_before"), gradesBefore},
            {QStringLiteral("grades_after"), gradesAfter},
            {QStringLiteral("solver"),
             QJsonObject{{QStringLiteral("candidates"), result.candidates},
                         {QStringLiteral("supply_posts"), result.supplyPosts},
                         {QStringLiteral("demand_posts"), result.demandPosts},
                         {QStringLiteral("nodes"), result.nodes},
                         {QStringLiteral("arcs"), result.arcs},
                         {QStringLiteral("flow"), result.flow},
                         {QStringLiteral("cost"), qint64(result.cost)}}}};
}

} // namespace imbang::planexport
