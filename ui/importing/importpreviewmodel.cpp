#include "importpreviewmodel.h"

#include <QColor>
#include <QFont>

namespace imbang {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setData(const Sheet *sheet, const ImportPreview *preview) {
    beginResetModel();
    m_sheet = sheet;
    m_preview = preview;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setFilter(Filter filter) {
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild() {
    m_rows.clear();
    if (!m_preview)
        return;
    for (int i = 0; i < m_preview->rows.size(); ++i) {
        const PreviewRow &r = m_preview->rows.at(i);
        const RowStatus s = r.status();
        const bool keep = m_filter == Filter::All ||
                          (m_filter == Filter::Problems && (s == RowStatus::Error || s == RowStatus::Warning ||
                                                            s == RowStatus::Discrepancy || r.discrepancy)) ||
                          (m_filter == Filter::Errors && s == RowStatus::Error) ||
                          (m_filter == Filter::Discrepancies && r.discrepancy);
        if (keep)
            m_rows << i;
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ImportPreviewModel::columnCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_preview)
        return 0;
    return FirstFileColumn + int(m_preview->mapping.headers.size());
}

QColor ImportPreviewModel::statusColor(RowStatus status) {
    switch (status) {
    case RowStatus::New: return QColor(0xdf, 0xf0, 0xd8);
    case RowStatus::Update: return QColor(0xd9, 0xed, 0xf7);
    case RowStatus::Unchanged: return QColor(0xf4, 0xf4, 0xf4);
    case RowStatus::Warning: return QColor(0xfc, 0xf8, 0xe3);
    case RowStatus::Discrepancy: return QColor(0xfd, 0xe5, 0xc8);
    case RowStatus::Error: return QColor(0xf2, 0xde, 0xde);
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_preview || index.row() >= m_rows.size())
        return {};
    const PreviewRow &row = m_preview->rows.at(m_rows.at(index.row()));
    const int fileColumn = index.column() - FirstFileColumn;
    const QString cellMessage = fileColumn >= 0 ? row.messageFor(fileColumn) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == RowColumn)
            return row.sourceRow;
        if (index.column() == StatusColumn)
            return rowStatusName(row.status());
        if (index.column() == MessageColumn)
            return row.messages.isEmpty() ? QString() : row.messages.first().message;
        return m_sheet->rows.at(row.sheetRowIndex).cell(fileColumn).displayText();
    case Qt::ToolTipRole: {
        if (index.column() == MessageColumn || index.column() == StatusColumn) {
            QStringList all;
            for (const CellMessage &m : row.messages)
                all << m.message;
            return all.join(QLatin1Char('\n'));
        }
        return cellMessage.isEmpty() ? QVariant() : QVariant(cellMessage);
    }
    case Qt::BackgroundRole: {
        if (!cellMessage.isEmpty()) {
            bool error = false;
            for (const CellMessage &m : row.messages)
                error = error || (m.column == fileColumn && m.isError());
            return error ? QColor(0xe8, 0x9a, 0x9a) : QColor(0xf3, 0xd3, 0x6b);
        }
        return statusColor(row.status());
    }
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::UserRole: return int(row.status());
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Status");
    case MessageColumn: return tr("Message");
    default: break;
    }
    const int fileColumn = section - FirstFileColumn;
    if (!m_preview || fileColumn >= m_preview->mapping.headers.size())
        return {};
    const QString header = m_preview->mapping.headers.at(fileColumn);
    return header.isEmpty() ? columnLetter(fileColumn) : header;
}

} // namespace imbang
