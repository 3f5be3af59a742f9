#pragma once

#include "unitawarepage.h"

#include <QSqlDatabase>
#include <QWidget>

class QSplitter;
class QTableView;

namespace imbang::ui {

class EmployeeDetailPanel;
class EmployeeFilterBar;
class EmployeeTableModel;

// The "Employees" page: filter bar, the employee list and the detail panel of the selected person.
class RecordsView : public QWidget, public UnitAwarePage {
    Q_OBJECT
public:
    explicit RecordsView(QSqlDatabase db, QWidget *parent = nullptr);

    void setUnit(qint64 unitId, const QString &region) override;
    EmployeeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EmployeeFilterBar *filterBar() const { return m_filterBar; }
    EmployeeDetailPanel *detailPanel() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

    void focusSearch();
    qint64 currentEmployeeId() const;
    void selectEmployee(qint64 id);

public slots:
    void refresh(); // data changed elsewhere

signals:
    void listedCountChanged(int count);
    void currentEmployeeChanged(qint64 id);

private:
    void showCurrent();

    QSqlDatabase m_db;
    EmployeeFilterBar *m_filterBar;
    EmployeeTableModel *m_model;
    QTableView *m_table;
    EmployeeDetailPanel *m_detail;
    QSplitter *m_splitter;
};

} // namespace imbang::ui
