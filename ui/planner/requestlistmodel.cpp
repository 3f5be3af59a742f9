#include "requestlistmodel.h"

#include "records/personlabels.h"
#include "storage/changebus.h"
#include "util/indonesianformat.h"

#include <QFont>

#include <algorithm>

namespace imbang::ui {

RequestListModel::RequestListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)) {
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("transfer_request") || what == QLatin1String("employee") ||
            what == QLatin1String("*"))
            reload();
    });
    reload();
}

void RequestListModel::reload() {
    beginResetModel();
    m_rows.clear();
    const QList<TransferRequest> requests = TransferRequestRepository(m_db).all();
    QList<qint64> ids;
    for (const TransferRequest &r : requests)
        ids << r.employeeId;
    const QHash<qint64, PersonLabel> people = personLabels(m_db, ids);
    for (const TransferRequest &r : requests)
        m_rows << Row{r, people.value(r.employeeId)};
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return QString::localeAwareCompare(a.person.name, b.person.name) < 0;
    });
    endResetModel();
}

void RequestListModel::setPlan(const QList<ProposedMove> &moves, bool planned) {
    m_honoured.clear();
    for (const ProposedMove &m : moves)
        if (m.ownRequest)
            m_honoured.insert(m.employeeId, m);
    m_planned = planned;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, InPlan), index(rowCount() - 1, InPlan));
}

QString RequestListModel::planText(const TransferRequest &request) const {
    if (!m_planned)
        return {};
    const auto move = m_honoured.constFind(request.employeeId);
    if (move != m_honoured.constEnd() && move->toRegion.compare(request.region, Qt::CaseInsensitive) == 0)
        return tr("Yes: to %1").arg(move->toUnitName);
    return tr("Not in this plan");
}

int RequestListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RequestListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RequestListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::FontRole && index.column() == InPlan && m_honoured.contains(r.request.employeeId)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && (index.column() == Note || index.column() == Unit))
        return index.column() == Note ? r.request.note : r.person.unit;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.person.name;
    case Nip:
        return r.person.nip;
    case Unit:
        return r.person.unit;
    case Region:
        return r.request.region;
    case Note:
        return r.request.note;
    case Requested:
        return indonesian::shortDate(r.request.requestedOn);
    case InPlan:
        return planText(r.request);
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Nip:
        return tr("NIP");
    case Unit:
        return tr("Unit now");
    case Region:
        return tr("Asks to move to");
    case Note:
        return tr("Note");
    case Requested:
        return tr("Recorded on");
    case InPlan:
        return tr("In the current plan");
    }
    return {};
}

} // namespace imbang::ui
