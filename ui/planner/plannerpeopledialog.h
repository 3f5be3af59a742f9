#pragma once

#include "planner/planresult.h"

#include <QDialog>
#include <QSqlDatabase>

class QTabWidget;
class QTableView;

namespace imbang::ui {

class HoldListModel;
class RequestListModel;

// The people the planner treats specially, in two tabs: "Tahan (jangan dipindah)" (holds with their
// recorded reason: add, change the reason, release) and own transfer requests (add, withdraw; with
// whether the current plan honours each). Every change is undoable from the Edit menu.
class PlannerPeopleDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { Holds, Requests };

    PlannerPeopleDialog(QSqlDatabase db, Tab tab, QWidget *parent = nullptr);

    // The plan the planner page shows, for the requests' "in the current plan" column.
    void setPlan(const QList<ProposedMove> &moves);

    HoldListModel *holds() const { return m_holds; }
    RequestListModel *requests() const { return m_requests; }
    QTableView *holdTable() const { return m_holdTable; }
    QTableView *requestTable() const { return m_requestTable; }
    QTabWidget *tabs() const { return m_tabs; }

    bool addHold();
    bool changeHold();  // the selected hold's reason
    bool releaseHold(); // the selected hold
    bool addRequest();
    bool withdrawRequest(); // the selected request

private:
    int selectedRow(QTableView *table) const;

    QSqlDatabase m_db;
    QTabWidget *m_tabs;
    HoldListModel *m_holds;
    RequestListModel *m_requests;
    QTableView *m_holdTable;
    QTableView *m_requestTable;
};

} // namespace imbang::ui
