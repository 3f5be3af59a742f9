#pragma once

#include "exchange/officedirectory.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace imbang::exchangeui {

// The offices this database knows (OfficeDirectory), one row each: name, region, key fingerprint,
// trust, last package received and sent.
class KnownOfficesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Region, Fingerprint, Trusted, LastReceived, LastSent, ColumnCount };

    explicit KnownOfficesModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const exchange::KnownOffice &office(int row) const { return m_offices.at(row); }
    void reload();

private:
    QSqlDatabase m_db;
    QList<exchange::KnownOffice> m_offices;
};

} // namespace imbang::exchangeui
