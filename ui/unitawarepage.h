#pragma once

#include <QString>

namespace imbang::ui {

// A workspace page that follows the unit selected in the tree (workload dashboard, transfer
// register, ...). Workspace::addPage() calls setUnit() on every selection for pages implementing it.
class UnitAwarePage {
public:
    virtual ~UnitAwarePage() = default;
    // unitId 0 with a region: a whole kabupaten/kota; both empty: everything.
    virtual void setUnit(qint64 unitId, const QString &region) = 0;
};

} // namespace imbang::ui
