#include "teacherneedresultmodel.h"

#include "util/indonesianformat.h"

#include <cmath>

namespace imbang {

TeacherNeedResultModel::TeacherNeedResultModel(QHash<qint64, QString> positionNames, QHash<qint64, int> inPost,
                                               QObject *parent)
    : QAbstractTableModel(parent), m_positionNames(std::move(positionNames)), m_inPost(std::move(inPost)) {}

void TeacherNeedResultModel::setLines(const QList<TeacherNeedLine> &lines) {
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

double TeacherNeedResultModel::totalNeed() const {
    double total = 0;
    for (const TeacherNeedLine &l : m_lines)
        total += l.need;
    return total;
}

int TeacherNeedResultModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int TeacherNeedResultModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TeacherNeedResultModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeacherNeedLine &l = m_lines.at(index.row());
    const int inPost = m_inPost.value(l.positionId);
    const double gap = std::round((inPost - l.need) * 100) / 100;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Position: return m_positionNames.value(l.positionId);
        case Subjects: return l.classTeachers ? tr("class teachers") : l.subjects.join(QStringLiteral(", "));
        case Hours:
            return l.classTeachers ? QString()
                                   : indonesian::decimal(l.weeklyHours, l.weeklyHours == qint64(l.weeklyHours) ? 0 : 1);
        case Need: return indonesian::decimal(l.need, 2);
        case InPost: return indonesian::number(inPost);
        case Gap: return indonesian::decimal(gap == 0 ? 0.0 : gap, 2);
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Position: return m_positionNames.value(l.positionId);
        case Subjects: return l.subjects.join(QStringLiteral(", "));
        case Hours: return l.weeklyHours;
        case Need: return l.need;
        case InPost: return inPost;
        case Gap: return gap;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= Hours) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TeacherNeedResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position: return tr("Position");
    case Subjects: return tr("Subjects");
    case Hours: return tr("Lesson hours a week");
    case Need: return tr("Need");
    case InPost: return tr("In post");
    case Gap: return tr("Gap");
    }
    return {};
}

} // namespace imbang
