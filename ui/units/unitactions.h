#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QWidget;

namespace imbang::ui {

class Workspace;

// The Unit menu and the unit tree's context menu: add, edit, move, merge, close and reopen units,
// their staffing needs, and the position catalogue. Changes are undoable commands.
class UnitActions : public QObject {
    Q_OBJECT
public:
    UnitActions(QSqlDatabase db, Workspace *workspace, QWidget *window);

    void fillMenu(QMenu *menu) const;

    bool addUnit(bool asSubunit);
    bool editSelected();
    bool moveSelected();
    bool mergeSelected();
    bool closeSelected();
    bool reopenSelected();
    void editNeeds();
    void editPositions();
    // Loads a unit list such as shared/samples/units.csv (upsert by code); empty path: ask.
    bool importUnitList(const QString &path = {});
    // Drag and drop in the tree ends here.
    bool moveUnit(qint64 unitId, qint64 newParentId);

private:
    void updateEnabled();
    qint64 selected() const;

    QSqlDatabase m_db;
    Workspace *m_workspace;
    QWidget *m_window;
    QAction *m_addAgency, *m_addSubunit, *m_edit, *m_move, *m_merge, *m_close, *m_reopen, *m_needs, *m_positions, *m_importUnits;
};

} // namespace imbang::ui
