#pragma once

#include "transfers/transferregister.h"

#include <QAbstractTableModel>

namespace imbang {

// The rows of the transfer register for a table view. Sorting goes through a QSortFilterProxyModel
// with SortRole, which gives dates and numbers in sortable form.
class TransferRegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Status, Kind, Nip, Name, From, To, Tmt, Decree, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, TransferIdRole, BatchIdRole };

    explicit TransferRegisterModel(QObject *parent = nullptr);

    void setRows(QList<TransferRow> rows);
    const QList<TransferRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TransferRow> m_rows;
};

} // namespace imbang
