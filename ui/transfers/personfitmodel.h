#pragma once

#include "transfers/effectpreview.h"

#include <QAbstractTableModel>

namespace imbang {

// The people of the effect preview: each person moved, their predicates of the last two years and whether
// they meet what the target position expects. What falls short is shown in amber, as in the rule checks.
class PersonFitModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, TargetPosition, Ratings, Fit, ColumnCount };

    explicit PersonFitModel(QObject *parent = nullptr);
    void setEffect(const TransferEffect &effect);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PersonEffect> m_people;
};

} // namespace imbang
