#pragma once

#include "transfers/transferregister.h"

#include <QAbstractTableModel>

namespace imbang {

// Moves in and out per unit for a period.
class UnitFlowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Unit, In, Out, Net, PendingIn, PendingOut, ColumnCount };

    explicit UnitFlowModel(QObject *parent = nullptr);
    void setFlows(QList<UnitFlow> flows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnitFlow> m_flows;
};

} // namespace imbang
