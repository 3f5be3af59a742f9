#pragma once

#include "workload/workloadsnapshot.h"

#include <QAbstractTableModel>

namespace imbang {

// The retirement outlook: per year, who retires and what is left against the need.
class RetirementOutlookModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Year, Retiring, Staff, Need, Gap, Shortage, ColumnCount };

    explicit RetirementOutlookModel(QObject *parent = nullptr);
    void setOutlook(const QList<RetirementYear> &years);
    const QList<RetirementYear> &years() const { return m_years; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RetirementYear> m_years;
};

} // namespace imbang
