#include "planmovemodel.h"

#include "util/indonesianformat.h"

#include <QFont>

namespace imbang::ui {

PlanMoveModel::PlanMoveModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanMoveModel::setMoves(const QList<ProposedMove> &moves) {
    beginResetModel();
    m_moves = moves;
    m_checked = QList<bool>(moves.size(), true);
    endResetModel();
}

QList<ProposedMove> PlanMoveModel::checkedMoves() const {
    QList<ProposedMove> moves;
    for (qsizetype i = 0; i < m_moves.size(); ++i)
        if (m_checked.at(i))
            moves << m_moves.at(i);
    return moves;
}

void PlanMoveModel::setAllChecked(bool checked) {
    m_checked.fill(checked);
    if (!m_moves.isEmpty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole});
}

int PlanMoveModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_moves.size()); }

int PlanMoveModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PlanMoveModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposedMove &m = m_moves.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.employeeName;
        case Nip:
            return m.nip;
        case From:
            return tr("%1 — %2").arg(m.fromUnitName, m.fromPositionName);
        case To:
            return m.positionChange ? tr("%1 — %2").arg(m.toUnitName, m.toPositionName) : m.toUnitName;
        case Km:
            return indonesian::decimal(m.distanceKm, 1);
        case Request:
            // The employee's own request to this region: the move honours it.
            return m.ownRequest ? tr("Yes, to %1").arg(m.toRegion) : QString();
        case Why:
            return m.why;
        }
        return {};
    case Qt::ToolTipRole:
        return m.why;
    case Qt::CheckStateRole:
        return index.column() == Name ? QVariant(m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Km ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (m.pinned || (index.column() == Request && m.ownRequest)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

bool PlanMoveModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != Name)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags PlanMoveModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PlanMoveModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Nip:
        return tr("NIP");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Km:
        return tr("Km");
    case Request:
        return tr("Own request");
    case Why:
        return tr("Why this person");
    }
    return {};
}

} // namespace imbang::ui
