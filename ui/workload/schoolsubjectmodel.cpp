#include "schoolsubjectmodel.h"

#include "util/indonesianformat.h"
#include "workload/abkimport.h"

namespace imbang {

SchoolSubjectModel::SchoolSubjectModel(QHash<qint64, QString> positionNames, QObject *parent)
    : QAbstractTableModel(parent), m_positionNames(std::move(positionNames)) {}

void SchoolSubjectModel::setSubjects(const QList<SchoolSubject> &subjects) {
    beginResetModel();
    m_subjects = subjects;
    endResetModel();
    emit subjectsChanged();
}

void SchoolSubjectModel::addSubject() {
    const int row = int(m_subjects.size());
    beginInsertRows({}, row, row);
    m_subjects.append(SchoolSubject{});
    endInsertRows();
    emit subjectsChanged();
}

void SchoolSubjectModel::removeSubject(int row) {
    if (row < 0 || row >= m_subjects.size())
        return;
    beginRemoveRows({}, row, row);
    m_subjects.removeAt(row);
    endRemoveRows();
    emit subjectsChanged();
}

int SchoolSubjectModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_subjects.size()); }

int SchoolSubjectModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SchoolSubjectModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolSubject &s = m_subjects.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Subject: return s.subject;
        case WeeklyHours: return indonesian::decimal(s.weeklyHours, s.weeklyHours == qint64(s.weeklyHours) ? 0 : 1);
        case Position: return s.positionId ? m_positionNames.value(s.positionId) : tr("(choose a position)");
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Subject: return s.subject;
        case WeeklyHours: return s.weeklyHours;
        case Position: return s.positionId;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == WeeklyHours) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool SchoolSubjectModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SchoolSubject &s = m_subjects[index.row()];
    switch (index.column()) {
    case Subject: s.subject = value.toString().simplified(); break;
    case WeeklyHours: {
        const auto hours = AbkImport::parseNumber(value);
        if (!hours || *hours < 0 || *hours > 60)
            return false;
        s.weeklyHours = *hours;
        break;
    }
    case Position: {
        const qint64 id = value.toLongLong();
        if (id != 0 && !m_positionNames.contains(id))
            return false;
        s.positionId = id;
        break;
    }
    default: return false;
    }
    emit dataChanged(index, index);
    emit subjectsChanged();
    return true;
}

Qt::ItemFlags SchoolSubjectModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SchoolSubjectModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject: return tr("Subject");
    case WeeklyHours: return tr("Weekly hours per class group");
    case Position: return tr("Teachers' position");
    }
    return {};
}

} // namespace imbang
