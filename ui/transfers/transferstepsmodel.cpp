#include "transferstepsmodel.h"

namespace imbang {

TransferStepsModel::TransferStepsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void TransferStepsModel::setSteps(QList<TransferStep> steps) {
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

int TransferStepsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_steps.size());
}

int TransferStepsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferStepsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferStep &s = m_steps.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Comment)
        return s.comment;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return s.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    case From:
        return s.from ? transfercodes::displayName(*s.from) : QString();
    case To:
        return transfercodes::displayName(s.to);
    case Actor:
        return s.actor;
    case Comment:
        return s.comment;
    default:
        return {};
    }
}

QVariant TransferStepsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("When");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Actor:
        return tr("Who");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace imbang
