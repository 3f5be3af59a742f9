#pragma once

#include "decree/decreeregister.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace imbang::ui {

// The decrees of the Keputusan page: drafts waiting to be finalised first, then the final decrees,
// newest first (DecreeRegister).
class DecreeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, NumberColumn, DateColumn, SubjectColumn, PeopleColumn, CoversColumn, ColumnCount };
    enum Role { FinalRole = Qt::UserRole + 1 };

    explicit DecreeListModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    const DecreeEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<DecreeEntry> m_entries;
};

} // namespace imbang::ui
