#pragma once

#include "importing/cell.h"
#include "importing/importpreview.h"

#include <QAbstractTableModel>
#include <QList>

namespace imbang {

// The preview as a table: the row number, its status, the first message, then the file's own
// columns as written. Rows are coloured by status and the cell at fault carries its message as
// tooltip and a stronger colour. A filter shows only the rows that need attention.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Filter { All, Problems, Errors, Discrepancies };
    enum Column { RowColumn, StatusColumn, MessageColumn, FirstFileColumn };

    explicit ImportPreviewModel(QObject *parent = nullptr);
    void setData(const Sheet *sheet, const ImportPreview *preview);
    void setFilter(Filter filter);
    int previewRow(int modelRow) const { return m_rows.value(modelRow, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QColor statusColor(RowStatus status);

private:
    void rebuild();
    const Sheet *m_sheet = nullptr;
    const ImportPreview *m_preview = nullptr;
    Filter m_filter = Filter::All;
    QList<int> m_rows; // preview row per model row
};

} // namespace imbang
