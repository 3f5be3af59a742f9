#pragma once

#include <QSqlDatabase>
#include <QString>

class QWidget;

// The officer's actions on "do not move" holds and own transfer requests, shared by the records view,
// the planner page and the holds and requests dialog. Each asks what it needs, applies the change as an
// undoable command (through core: permission, audit) and says why when it is refused.
namespace imbang::ui::plannerpeople {

// Asks for the reason (and the person when `employeeId` is 0); also changes the reason of a held person.
bool hold(QSqlDatabase db, qint64 employeeId, QWidget *parent);
// Asks for confirmation, then lets the planner move the person again.
bool release(QSqlDatabase db, qint64 employeeId, QWidget *parent);
// Asks for the region and a note (and the person when `employeeId` is 0).
bool addRequest(QSqlDatabase db, qint64 employeeId, QWidget *parent);
// Asks for confirmation, then withdraws the request.
bool withdrawRequest(QSqlDatabase db, qint64 employeeId, const QString &region, QWidget *parent);

} // namespace imbang::ui::plannerpeople
