#include "gradedistributionmodel.h"

#include "util/indonesianformat.h"
#include "workloadpalette.h"

#include <QBrush>

namespace imbang {

GradeDistributionModel::GradeDistributionModel(QObject *parent) : QAbstractTableModel(parent) {}

void GradeDistributionModel::setCounts(const std::array<int, 5> &counts, const GradeThresholds &thresholds) {
    m_counts = counts;
    m_thresholds = thresholds;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GradeDistributionModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 5; }

int GradeDistributionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString GradeDistributionModel::rangeText(Grade grade) const {
    const auto d = [](double v) { return indonesian::decimal(v, 2); };
    switch (grade) {
    case Grade::A: return tr("above %1").arg(d(m_thresholds.a));
    case Grade::B: return tr("%1 to %2").arg(d(m_thresholds.b), d(m_thresholds.a));
    case Grade::C: return tr("%1 to under %2").arg(d(m_thresholds.c), d(m_thresholds.b));
    case Grade::D: return tr("%1 to under %2").arg(d(m_thresholds.d), d(m_thresholds.c));
    case Grade::E: return tr("under %1").arg(d(m_thresholds.d));
    }
    return {};
}

QVariant GradeDistributionModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Grade grade = Grade(index.row());
    const int count = m_counts[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Letter: return gradeLetter(grade);
        case Meaning: return gradeName(grade);
        case Range: return rangeText(grade);
        case Count: return indonesian::number(count);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Letter: return gradeLetter(grade);
        case Meaning: return gradeName(grade);
        case Range: return rangeText(grade);
        case Count: return count;
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == Letter)
            return QBrush(workloadpalette::grade(grade));
        break;
    case Qt::ForegroundRole:
        if (index.column() == Letter)
            return QBrush(Qt::white);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Letter)
            return int(Qt::AlignCenter);
        break;
    default: break;
    }
    return {};
}

QVariant GradeDistributionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Letter: return tr("Grade");
    case Meaning: return tr("Meaning");
    case Range: return tr("EJ");
    case Count: return tr("Rows");
    }
    return {};
}

} // namespace imbang
