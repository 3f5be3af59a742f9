#include "abktaskmodel.h"

#include "util/indonesianformat.h"
#include "workload/abkimport.h"

namespace imbang {

AbkTaskModel::AbkTaskModel(QObject *parent) : QAbstractTableModel(parent) {}

void AbkTaskModel::setTasks(const QList<AbkTask> &tasks) {
    beginResetModel();
    m_tasks = tasks;
    m_modified = false;
    endResetModel();
    emit totalsChanged();
}

void AbkTaskModel::addTask() {
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    AbkTask task;
    task.period = AbkPeriod::Day;
    m_tasks.append(task);
    endInsertRows();
    m_modified = true;
    emit totalsChanged();
}

void AbkTaskModel::removeTask(int row) {
    if (row < 0 || row >= m_tasks.size())
        return;
    beginRemoveRows({}, row, row);
    m_tasks.removeAt(row);
    endRemoveRows();
    m_modified = true;
    emit totalsChanged();
}

int AbkTaskModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_tasks.size()); }

int AbkTaskModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AbkTaskModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AbkTask &t = m_tasks.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Description: return t.description;
        case Output: return t.output;
        case Volume: return indonesian::decimal(t.volume, t.volume == qint64(t.volume) ? 0 : 2);
        case Period: return abk::periodName(t.period);
        case Minutes: return indonesian::decimal(t.standardMinutes, t.standardMinutes == qint64(t.standardMinutes) ? 0 : 2);
        case YearlyVolume: return indonesian::decimal(abk::yearlyVolume(t), 0);
        case YearlyHours: return indonesian::decimal(abk::yearlyMinutes(t) / 60.0, 2);
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Description: return t.description;
        case Output: return t.output;
        case Volume: return t.volume;
        case Period: return int(t.period);
        case Minutes: return t.standardMinutes;
        case YearlyVolume: return abk::yearlyVolume(t);
        case YearlyHours: return abk::yearlyMinutes(t) / 60.0;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Volume && index.column() != Period)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == YearlyVolume)
            return tr("%1 %2 x %3 = %4 a year")
                .arg(indonesian::decimal(t.volume, 2), abk::periodName(t.period))
                .arg(abk::periodFactor(t.period))
                .arg(indonesian::decimal(abk::yearlyVolume(t), 2));
        if (index.column() == YearlyHours)
            return tr("%1 outputs x %2 minutes = %3 minutes a year")
                .arg(indonesian::decimal(abk::yearlyVolume(t), 2), indonesian::decimal(t.standardMinutes, 2),
                     indonesian::decimal(abk::yearlyMinutes(t), 0));
    }
    return {};
}

bool AbkTaskModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AbkTask &t = m_tasks[index.row()];
    switch (index.column()) {
    case Description: t.description = value.toString().trimmed(); break;
    case Output: t.output = value.toString().trimmed(); break;
    case Volume:
    case Minutes: {
        const auto number = AbkImport::parseNumber(value);
        if (!number || *number < 0)
            return false;
        (index.column() == Volume ? t.volume : t.standardMinutes) = *number;
        break;
    }
    case Period: {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok || p < int(AbkPeriod::Day) || p > int(AbkPeriod::Year))
            return false;
        t.period = AbkPeriod(p);
        break;
    }
    default: return false;
    }
    m_modified = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalsChanged();
    return true;
}

Qt::ItemFlags AbkTaskModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() < YearlyVolume)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AbkTaskModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description: return tr("Task (uraian tugas)");
    case Output: return tr("Output (hasil kerja)");
    case Volume: return tr("Volume");
    case Period: return tr("Period");
    case Minutes: return tr("Minutes each");
    case YearlyVolume: return tr("Outputs a year");
    case YearlyHours: return tr("Hours a year");
    }
    return {};
}

} // namespace imbang
