#pragma once

#include "transfers/transfer.h"

#include <QAbstractTableModel>

namespace imbang {

// The workflow history of a transfer: who moved it to which status, when, and why.
class TransferStepsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, From, To, Actor, Comment, ColumnCount };

    explicit TransferStepsModel(QObject *parent = nullptr);
    void setSteps(QList<TransferStep> steps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TransferStep> m_steps;
};

} // namespace imbang
