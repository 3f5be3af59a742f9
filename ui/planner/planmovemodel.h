#pragma once

#include "planner/planresult.h"

#include <QAbstractTableModel>

namespace imbang::ui {

// The proposed moves of a plan, one row each, with a check box in the first column: the ticked moves
// become draft transfers. Pinned moves are shown in bold; the reason is the tooltip of every cell.
class PlanMoveModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Nip, From, To, Km, Request, Why, ColumnCount };

    explicit PlanMoveModel(QObject *parent = nullptr);

    void setMoves(const QList<ProposedMove> &moves); // all ticked
    const QList<ProposedMove> &moves() const { return m_moves; }
    QList<ProposedMove> checkedMoves() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProposedMove> m_moves;
    QList<bool> m_checked;
};

} // namespace imbang::ui
