#pragma once

#include "workload/efficiencygrade.h"

#include <QAbstractTableModel>

#include <array>

namespace imbang {

// How many rows of the breakdown fall in each grade A-E, with the EJ range of each grade.
class GradeDistributionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Letter, Meaning, Range, Count, ColumnCount };

    explicit GradeDistributionModel(QObject *parent = nullptr);
    void setCounts(const std::array<int, 5> &counts, const GradeThresholds &thresholds);
    const std::array<int, 5> &counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString rangeText(Grade grade) const; // "0,90 – 1,00"

private:
    std::array<int, 5> m_counts{};
    GradeThresholds m_thresholds;
};

} // namespace imbang
