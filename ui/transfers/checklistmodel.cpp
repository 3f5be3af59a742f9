#include "checklistmodel.h"

#include "transfers/transferrepository.h"
#include "util/indonesianformat.h"

namespace imbang {

ChecklistModel::ChecklistModel(QSqlDatabase db, qint64 transferId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_transferId(transferId) {
    reload();
}

void ChecklistModel::reload() {
    beginResetModel();
    QHash<QString, QString> pending;
    for (const Row &r : std::as_const(m_rows))
        pending.insert(r.requirement.code, r.pendingFileRef);
    m_rows.clear();
    const TransferRepository repo(m_db);
    if (const std::optional<Transfer> t = repo.byId(m_transferId)) {
        const QList<DocumentTick> ticks = repo.documents(m_transferId);
        for (const DocumentRequirement &r : DocumentChecklist::required(*t)) {
            Row row{r, std::nullopt, pending.value(r.code)};
            for (const DocumentTick &tick : ticks)
                if (tick.document == r.code)
                    row.tick = tick;
            m_rows << row;
        }
    }
    endResetModel();
}

void ChecklistModel::refreshTicks() {
    // The list of documents stays; only the ticks change, so no reset while a view edits a cell.
    const QList<DocumentTick> ticks = TransferRepository(m_db).documents(m_transferId);
    for (Row &row : m_rows) {
        row.tick.reset();
        for (const DocumentTick &tick : ticks)
            if (tick.document == row.requirement.code)
                row.tick = tick;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ChecklistModel::setEditable(bool editable) {
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Received)
        return row.tick ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Document)
        return tr("Needed before the status \"%1\"")
            .arg(transfercodes::displayName(row.requirement.neededBy));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Document:
        return row.requirement.title;
    case FileRef:
        return row.tick ? row.tick->fileRef : row.pendingFileRef;
    case ReceivedOn:
        return row.tick ? indonesian::shortDate(row.tick->receivedOn) : QString();
    case By:
        return row.tick ? row.tick->actor : QString();
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_editable)
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == FileRef && role == Qt::EditRole) {
        const QString ref = value.toString().trimmed();
        if (!row.tick) {
            row.pendingFileRef = ref;
            emit dataChanged(index, index);
            return true;
        }
        // Changing the reference of a ticked document re-ticks it with the new reference.
        DocumentTick tick = *row.tick;
        tick.fileRef = ref;
        if (Status s = DocumentChecklist::tick(m_db, m_transferId, tick); !s) {
            emit failed(s.error());
            return false;
        }
        refreshTicks();
        return true;
    }
    if (index.column() == Received && role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        Status s = on ? DocumentChecklist::tick(m_db, m_transferId,
                                                {row.requirement.code, {}, row.pendingFileRef, {}, {}})
                      : DocumentChecklist::untick(m_db, m_transferId, row.requirement.code);
        if (!s) {
            emit failed(s.error());
            return false;
        }
        refreshTicks();
        return true;
    }
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable)
        return f;
    if (index.column() == Received)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == FileRef)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case Document:
        return tr("Document");
    case FileRef:
        return tr("Kept at");
    case ReceivedOn:
        return tr("Date");
    case By:
        return tr("By");
    default:
        return {};
    }
}

} // namespace imbang
