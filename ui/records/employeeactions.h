#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QWidget;

namespace imbang::ui {

class RecordsView;

// The Employee menu: add, edit, deactivate, reactivate, hold for the planner, own transfer request, copy,
// export, print, columns. Each edit
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
    // The planner's "do not move" hold with its reason, and the employee's own transfer request.
    bool holdCurrent();
    bool releaseCurrent();
    bool requestTransferForCurrent();
    void copySelection();
    bool exportList(const QString &path = {}); // empty: ask where
    void printList();
    void printProfile();

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *holdAction() const { return m_hold; }
    QAction *releaseAction() const { return m_release; }
    QAction *requestAction() const { return m_request; }

private:
    QList<int> visibleColumns() const;
    void updateEnabled();
    void restoreColumns();

    QSqlDatabase m_db;
    RecordsView *m_view;
    QWidget *m_window;
    QAction *m_add, *m_edit, *m_competence, *m_deactivate, *m_reactivate, *m_hold, *m_release, *m_request, *m_copy, *m_export, *m_printList, *m_printProfile;
    QList<QAction *> m_columnActions;
    bool m_readOnly = false;
};

} // namespace imbang::ui
