#include "retirementoutlookmodel.h"

#include "util/indonesianformat.h"

#include <cmath>

namespace imbang {
namespace {
double rounded(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0 ? 0.0 : r;
}
} // namespace

RetirementOutlookModel::RetirementOutlookModel(QObject *parent) : QAbstractTableModel(parent) {}

void RetirementOutlookModel::setOutlook(const QList<RetirementYear> &years) {
    beginResetModel();
    m_years = years;
    endResetModel();
}

int RetirementOutlookModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_years.size());
}

int RetirementOutlookModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RetirementOutlookModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetirementYear &y = m_years.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Year: return QString::number(y.year);
        case Retiring: return indonesian::number(y.retiring);
        case Staff: return indonesian::number(y.staff);
        case Need: return indonesian::decimal(y.need, 2);
        case Gap: return indonesian::decimal(rounded(y.gap), 2);
        case Shortage: return indonesian::decimal(rounded(y.shortage), 2);
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Year: return y.year;
        case Retiring: return y.retiring;
        case Staff: return y.staff;
        case Need: return rounded(y.need);
        case Gap: return rounded(y.gap);
        case Shortage: return rounded(y.shortage);
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return tr("%1: %n retiring; staff at year end %2 against a need of %3", "", y.retiring)
            .arg(QString::number(y.year), indonesian::number(y.staff), indonesian::decimal(y.need, 2));
    }
    return {};
}

QVariant RetirementOutlookModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year: return tr("Year");
    case Retiring: return tr("Retiring");
    case Staff: return tr("Staff at year end");
    case Need: return tr("Need");
    case Gap: return tr("Projected gap");
    case Shortage: return tr("Projected shortage");
    }
    return {};
}

} // namespace imbang
