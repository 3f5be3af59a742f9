#pragma once

#include "transfers/effectpreview.h"

#include <QAbstractTableModel>

namespace imbang {

// The effect preview as a table: each unit touched, then each position touched, with need, staff
// and EJ grade before and after.
class EffectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Need, StaffBefore, StaffAfter, GapAfter, GradeBefore, GradeAfter, ColumnCount };

    explicit EffectModel(QObject *parent = nullptr);
    void setEffect(const TransferEffect &effect);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffingEffect> m_rows; // units first, then positions
};

} // namespace imbang
