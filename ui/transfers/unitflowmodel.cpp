#include "unitflowmodel.h"

namespace imbang {

UnitFlowModel::UnitFlowModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void UnitFlowModel::setFlows(QList<UnitFlow> flows) {
    beginResetModel();
    m_flows = std::move(flows);
    endResetModel();
}

int UnitFlowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_flows.size());
}

int UnitFlowModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitFlowModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitFlow &f = m_flows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= In)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return f.unitCode;
    case Unit:
        return f.unitName;
    case In:
        return f.in;
    case Out:
        return f.out;
    case Net:
        return f.net();
    case PendingIn:
        return f.pendingIn;
    case PendingOut:
        return f.pendingOut;
    default:
        return {};
    }
}

QVariant UnitFlowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Unit code");
    case Unit:
        return tr("Unit");
    case In:
        return tr("In");
    case Out:
        return tr("Out");
    case Net:
        return tr("Net");
    case PendingIn:
        return tr("On the way in");
    case PendingOut:
        return tr("On the way out");
    default:
        return {};
    }
}

} // namespace imbang
