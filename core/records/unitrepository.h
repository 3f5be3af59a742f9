#pragma once

#include "domain/unit.h"
#include "util/expected.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace imbang {

// What the unit tree, lists and choice boxes show of a unit. Reading only these columns costs half
// of reading whole units, which matters at 5,000 units every time the main window opens.
struct UnitSummary {
    qint64 id = 0;
    QString code;
    QString name;
    UnitKind kind = UnitKind::Opd;
    qint64 parentId = 0;
    QString region;
    QDate closedOn;

    bool isOpen() const { return !closedOn.isValid(); }
};

// Units in the database. Writes stamp modified_at and create the UUID of new units.
class UnitRepository {
public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Unit> all() const; // ordered by code
    QList<UnitSummary> summaries() const; // ordered by code
    QHash<qint64, QString> names() const;  // the cheapest read, for labelling lists
    std::optional<Unit> byId(qint64 id) const;
    std::optional<Unit> byCode(const QString &code) const;

    Expected<qint64> insert(Unit unit);
    Status update(Unit unit);
    Status remove(qint64 id); // for undoing an addition only
    QList<Unit> children(qint64 parentId) const;
    // Active employees in the unit and everything below it.
    int activeEmployeesInSubtree(qint64 unitId) const;

    // The unit and all its descendants.
    QList<qint64> subtreeIds(qint64 rootId) const;
    // Active employees directly in each unit.
    QHash<qint64, int> activeEmployeeCounts() const;
    int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace imbang
