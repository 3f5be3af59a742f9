#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QSplitter;
class QTabWidget;
class QTreeView;

namespace imbang {
class Database;
}

namespace imbang::ui {

class RecordsView;
class UnitTreeModel;

// What the main window shows while a database is open: the unit tree on the left and the pages
// (employees, workload, transfers, ...) on the right. Every page follows the unit selected in the
// tree, and everything refreshes when the data changes (ChangeBus).
class Workspace : public QWidget {
    Q_OBJECT
public:
    explicit Workspace(Database &database, QWidget *parent = nullptr);

    Database &database() const { return m_database; }
    UnitTreeModel *unitModel() const { return m_unitModel; }
    QTreeView *unitTree() const { return m_unitTree; }
    RecordsView *records() const { return m_records; }
    QTabWidget *pages() const { return m_pages; }
    QSplitter *splitter() const { return m_splitter; }

    // Adds a page; pages implementing UnitAwarePage follow the unit selection.
    void addPage(QWidget *page, const QString &title);

    qint64 selectedUnitId() const;
    QString selectedRegion() const;
    void selectUnit(qint64 unitId);
    // Shows the employee list with that person selected (if the list's current filter shows them).
    void showEmployee(qint64 employeeId);

signals:
    void unitSelected(qint64 unitId, const QString &region);

private:
    void onDataChanged(const QString &what);

    Database &m_database;
    UnitTreeModel *m_unitModel;
    QTreeView *m_unitTree;
    QTabWidget *m_pages;
    RecordsView *m_records;
    QSplitter *m_splitter;
};

} // namespace imbang::ui
