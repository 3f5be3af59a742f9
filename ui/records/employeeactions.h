#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QWidget;

namespace imbang::ui {

class RecordsView;

// The Employee menu: add, edit, deactivate, reactivate, copy, export, print, columns. Each edit
// goes through an undoable command.
class EmployeeActions : public QObject {
    Q_OBJECT
public:
    EmployeeActions(QSqlDatabase db, RecordsView *view, QWidget *window);

    void fillMenu(QMenu *menu) const;
    // A read-only database can be searched, copied, exported and printed, not changed.
    void setReadOnly(bool readOnly);
    void fillColumnMenu(QMenu *menu) const;

    bool addEmployee();
    bool editCurrent();
    bool editCompetence(); // performance ratings, certifications and trainings
    bool deactivateCurrent();
    bool reactivateCurrent();
    void copySelection();
    bool exportList(const QString &path = {}); // empty: ask where
    void printList();
    void printProfile();

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }

private:
    QList<int> visibleColumns() const;
    void updateEnabled();
    void restoreColumns();

    QSqlDatabase m_db;
    RecordsView *m_view;
    QWidget *m_window;
    QAction *m_add, *m_edit, *m_competence, *m_deactivate, *m_reactivate, *m_copy, *m_export, *m_printList, *m_printProfile;
    QList<QAction *> m_columnActions;
    bool m_readOnly = false;
};

} // namespace imbang::ui
