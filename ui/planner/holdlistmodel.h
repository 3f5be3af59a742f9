#pragma once

#include "planner/plannerholdrepository.h"
#include "records/personlabels.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace imbang::ui {

// The people marked "do not move", with the recorded reason, when and by whom. Reloads itself when
// holds change (ChangeBus "planner_hold"), so undo and redo show at once.
class HoldListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Nip, Unit, Reason, Since, By, ColumnCount };

    explicit HoldListModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    qint64 employeeIdAt(int row) const;
    const PlannerHold &holdAt(int row) const { return m_rows.at(row).hold; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PlannerHold hold;
        PersonLabel person;
    };
    QSqlDatabase m_db;
    QList<Row> m_rows;
};

} // namespace imbang::ui
