#include "transferregistermodel.h"

#include "util/indonesianformat.h"

#include <QBrush>
#include <QColor>

namespace imbang {

TransferRegisterModel::TransferRegisterModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void TransferRegisterModel::setRows(QList<TransferRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TransferRegisterModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferRegisterModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferRegisterModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferRow &r = m_rows.at(index.row());
    const Transfer &t = r.transfer;
    if (role == TransferIdRole)
        return t.id;
    if (role == BatchIdRole)
        return t.batchId;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Number:
            return t.number;
        case Status:
            return role == SortRole ? QVariant(int(t.status))
                                    : QVariant(transfercodes::displayName(t.status));
        case Kind:
            return transfercodes::displayName(t.kind);
        case Nip:
            return r.nip;
        case Name:
            return r.employeeName;
        case From:
            return QStringLiteral("%1, %2").arg(r.fromPosition, r.fromUnit);
        case To:
            return QStringLiteral("%1, %2").arg(r.toPosition, r.toUnit);
        case Tmt:
            return role == SortRole ? QVariant(t.tmt) : QVariant(indonesian::shortDate(t.tmt));
        case Decree:
            return t.decreeNumber;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == From || index.column() == To))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (t.status) {
        case TransferStatus::Completed:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case TransferStatus::Rejected:
        case TransferStatus::Cancelled:
            return QBrush(QColor(0x80, 0x80, 0x80));
        default:
            return QBrush(QColor(0x0d, 0x47, 0xa1));
        }
    }
    return {};
}

QVariant TransferRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Status:
        return tr("Status");
    case Kind:
        return tr("Kind");
    case Nip:
        return tr("NIP");
    case Name:
        return tr("Name");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Tmt:
        return tr("TMT");
    case Decree:
        return tr("Decree number");
    default:
        return {};
    }
}

} // namespace imbang
