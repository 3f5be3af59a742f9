#pragma once

#include "workload/workloadsnapshot.h"

#include <QAbstractTableModel>

namespace imbang {

// The rows of a workload breakdown (sub-units, positions or regions) as a table. DisplayRole shows
// Indonesian-formatted figures; EditRole (and sorting) gives the numbers themselves.
class WorkloadBreakdownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Need, InPost, Gap, Surplus, Shortage, Efficiency, GradeColumn, Retiring, GapIn5Years,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OwnPostsRole, HasSubUnitsRole };

    explicit WorkloadBreakdownModel(QObject *parent = nullptr);

    void setSummary(const WorkloadSummary &summary);
    const QList<WorkloadRow> &rows() const { return m_rows; }
    WorkloadGrouping grouping() const { return m_grouping; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkloadRow> m_rows;
    WorkloadGrouping m_grouping = WorkloadGrouping::Unit;
    GradeThresholds m_thresholds;
};

} // namespace imbang
