#pragma once

#include "workload/abktask.h"

#include <QAbstractTableModel>

namespace imbang {

// The ABK tasks of one post, editable. Yearly volume and workload follow every edit; totalsChanged()
// tells the dialog to show the new need.
class AbkTaskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Output, Volume, Period, Minutes, YearlyVolume, YearlyHours, ColumnCount };

    explicit AbkTaskModel(QObject *parent = nullptr);

    void setTasks(const QList<AbkTask> &tasks);
    const QList<AbkTask> &tasks() const { return m_tasks; }
    void addTask();
    void removeTask(int row);
    double workloadMinutes() const { return abk::workloadMinutes(m_tasks); }
    bool isModified() const { return m_modified; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();

private:
    QList<AbkTask> m_tasks;
    bool m_modified = false;
};

} // namespace imbang
