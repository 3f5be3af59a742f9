#pragma once

#include "transfers/documentchecklist.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace imbang {

// The document checklist of one transfer. Ticking a row (with a file reference typed first) or
// clearing it writes through DocumentChecklist, which audits it; a refusal is reported by failed().
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Received, Document, FileRef, ReceivedOn, By, ColumnCount };

    ChecklistModel(QSqlDatabase db, qint64 transferId, QObject *parent = nullptr);
    void reload();
    void refreshTicks();
    // Open transfers can be ticked; finished ones are read-only.
    void setEditable(bool editable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString &message);

private:
    struct Row {
        DocumentRequirement requirement;
        std::optional<DocumentTick> tick;
        QString pendingFileRef; // typed before ticking
    };

    QSqlDatabase m_db;
    qint64 m_transferId;
    bool m_editable = true;
    QList<Row> m_rows;
};

} // namespace imbang
