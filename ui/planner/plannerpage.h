#pragma once

#include "planner/planrequest.h"
#include "planner/planresult.h"
#include "unitawarepage.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;

namespace imbang {
class Database;
}

namespace imbang::ui {

class PlanMoveModel;

// "Perencana": the rebalancing planner for the unit or region selected in the tree. The officer picks the
// position family and the limits, plans (in a worker thread on its own connection), reads every move with
// its reason and the totals, compares the before and after charts side by side, pins or excludes people
// and units and plans again, and turns the ticked moves into draft transfer proposals.
class PlannerPage : public QWidget, public UnitAwarePage {
    Q_OBJECT
public:
    explicit PlannerPage(Database &database, QWidget *parent = nullptr);
    ~PlannerPage() override;

    void setUnit(qint64 unitId, const QString &region) override;

    void plan();             // starts planning (ignored while a plan runs)
    bool isPlanning() const { return m_thread != nullptr; }
    void waitForPlan();      // blocks until the running plan is shown (tests)
    const PlanResult &result() const { return m_result; }
    const PlanRequest &request() const { return m_request; }
    PlanMoveModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Acting on the selected move in the table; each plans again.
    void pinSelected();
    void excludeSelectedPerson();
    void excludeSelectedOrigin();
    void clearPinsAndExclusions();
    // Marks the selected move's person "do not move" (asks the reason) and plans again.
    bool holdSelectedPerson();
    // The holds and own requests dialog, on the given tab (0 holds, 1 requests), with the current plan.
    void showHoldsAndRequests(int tab);
    // Asks for confirmation, then creates draft transfers for the ticked moves and plans again.
    void acceptChecked();

signals:
    void planned();

private:
    void showResult(const QString &error);
    void updateScope();
    void loadDefaults();
    const ProposedMove *selectedMove() const;

    Database &m_database;
    PlanRequest m_request;
    PlanResult m_result;
    PlanResult m_pending;
    QString m_pendingError;
    QThread *m_thread = nullptr;
    qint64 m_unitId = 0;
    QString m_region;

    QLabel *m_scope;
    QComboBox *m_family;
    QSpinBox *m_maxMoves;
    QDoubleSpinBox *m_maxKm;
    QDateEdit *m_tmt = nullptr;
    QPushButton *m_planButton;
    QPushButton *m_acceptButton;
    QPushButton *m_holdButton;
    QLabel *m_totals;
    QLabel *m_status;
    PlanMoveModel *m_model;
    QTableView *m_table;
    QChartView *m_gapBefore, *m_gapAfter, *m_gradesBefore, *m_gradesAfter;
};

} // namespace imbang::ui
