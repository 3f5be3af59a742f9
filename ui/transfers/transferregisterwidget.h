#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace imbang {

class Database;
class TransferRegisterModel;
class UnitFlowModel;
struct TransferFilter;

// The transfer register: filters (status, kind, unit, TMT period, search), the list of transfers,
// the moves in and out per unit, a new proposal, the detail of a transfer, and export to xlsx.
// Follows every change through the ChangeBus.
class TransferRegisterWidget : public QWidget {
    Q_OBJECT
public:
    explicit TransferRegisterWidget(Database &database, QWidget *parent = nullptr);

    TransferRegisterModel *model() const { return m_model; }
    UnitFlowModel *flowModel() const { return m_flowModel; }
    QTableView *view() const { return m_view; }
    TransferFilter filter() const;

public slots:
    void refresh();
    void newProposal();
    void openTransfer(qint64 transferId);
    void openSelected();
    void exportXlsx();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters(QWidget *bar);
    void listUnits();

    Database &m_database;
    TransferRegisterModel *m_model;
    UnitFlowModel *m_flowModel;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QTableView *m_flowView;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_unit;
    bool m_unitsListed = false; // 5,000 choices wait until the page is first shown
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QLabel *m_count;
    QPushButton *m_open;
};

} // namespace imbang
