#pragma once

#include "planner/planresult.h"
#include "planner/transferrequestrepository.h"
#include "records/personlabels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace imbang::ui {

// Employees' own transfer requests, and whether the current plan honours each. Reloads itself when
// requests change (ChangeBus "transfer_request").
class RequestListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Nip, Unit, Region, Note, Requested, InPlan, ColumnCount };

    explicit RequestListModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    // The plan shown on the planner page: requests it honours say where to. Without a plan the column
    // stays empty.
    void setPlan(const QList<ProposedMove> &moves, bool planned);
    const TransferRequest &requestAt(int row) const { return m_rows.at(row).request; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        TransferRequest request;
        PersonLabel person;
    };
    QString planText(const TransferRequest &request) const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QHash<qint64, ProposedMove> m_honoured; // by employee: moves made on own request
    bool m_planned = false;
};

} // namespace imbang::ui
