#include "staffinglevels.h"

#include "storage/sqlutil.h"

namespace imbang::staffing {

QList<StaffingLevel> allLevels(const QSqlDatabase &db) {
    // Needs and head counts are joined both ways (a FULL JOIN by UNION), so a post with people but
    // no recorded need, or a need with nobody in post, both appear.
    auto q = sql::run(db, QStringLiteral(R"(
        WITH staff AS (
            SELECT unit_id, position_id, count(*) AS n FROM employee
            WHERE active = 1 AND unit_id IS NOT NULL AND position_id IS NOT NULL
            GROUP BY unit_id, position_id)
        SELECT s.unit_id, s.position_id, s.need, coalesce(st.n, 0)
        FROM staffing_need s LEFT JOIN staff st ON st.unit_id = s.unit_id AND st.position_id = s.position_id
        UNION ALL
        SELECT st.unit_id, st.position_id, 0, st.n FROM staff st
        WHERE NOT EXISTS (SELECT 1 FROM staffing_need s WHERE s.unit_id = st.unit_id AND s.position_id = st.position_id)
        ORDER BY 1, 2)"));
    QList<StaffingLevel> levels;
    if (q)
        while (q->next())
            levels << StaffingLevel{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toDouble(),
                                    q->value(3).toInt()};
    return levels;
}

StaffingLevel levelOf(const QSqlDatabase &db, qint64 unitId, qint64 positionId) {
    StaffingLevel level{unitId, positionId, 0, 0};
    auto need = sql::run(db, QStringLiteral("SELECT need FROM staffing_need WHERE unit_id = ? AND position_id = ?"),
                         {unitId, positionId});
    if (need && need->next())
        level.need = need->value(0).toDouble();
    auto staff = sql::run(db, QStringLiteral("SELECT count(*) FROM employee WHERE active = 1 AND unit_id = ? AND "
                                             "position_id = ?"),
                          {unitId, positionId});
    if (staff && staff->next())
        level.inPost = staff->value(0).toInt();
    return level;
}

} // namespace imbang::staffing
