#include "audittrailmodel.h"

namespace imbang {

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AuditTrailModel::setEntries(QList<AuditEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return e.record.summary;
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return e.id;
    case At:
        return e.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case Actor:
        return e.actor;
    case Action:
        return e.record.action;
    case Entity:
        return e.record.entity;
    case Summary:
        return e.record.summary;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case At:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Summary:
        return tr("What");
    default:
        return {};
    }
}

} // namespace imbang
