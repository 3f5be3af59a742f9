#pragma once

#include "audit/audittrail.h"

#include <QAbstractTableModel>

namespace imbang {

// Entries of the audit trail, newest first.
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, At, Actor, Action, Entity, Summary, ColumnCount };

    explicit AuditTrailModel(QObject *parent = nullptr);
    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace imbang
