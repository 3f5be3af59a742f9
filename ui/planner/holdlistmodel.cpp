#include "holdlistmodel.h"

#include "records/personlabels.h"
#include "storage/changebus.h"
#include "util/indonesianformat.h"

#include <algorithm>

namespace imbang::ui {

HoldListModel::HoldListModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db)) {
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("planner_hold") || what == QLatin1String("employee") || what == QLatin1String("*"))
            reload();
    });
    reload();
}

void HoldListModel::reload() {
    beginResetModel();
    m_rows.clear();
    const QList<PlannerHold> holds = PlannerHoldRepository(m_db).all();
    QList<qint64> ids;
    for (const PlannerHold &h : holds)
        ids << h.employeeId;
    const QHash<qint64, PersonLabel> people = personLabels(m_db, ids);
    for (const PlannerHold &h : holds)
        m_rows << Row{h, people.value(h.employeeId)};
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return QString::localeAwareCompare(a.person.name, b.person.name) < 0;
    });
    endResetModel();
}

qint64 HoldListModel::employeeIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hold.employeeId : 0;
}

int HoldListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int HoldListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HoldListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == Reason || index.column() == Unit))
        return index.column() == Reason ? r.hold.reason : r.person.unit;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.person.name;
    case Nip:
        return r.person.nip;
    case Unit:
        return r.person.unit;
    case Reason:
        return r.hold.reason;
    case Since:
        return indonesian::shortDate(r.hold.recordedAt.date());
    case By:
        return r.hold.actor;
    }
    return {};
}

QVariant HoldListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Nip:
        return tr("NIP");
    case Unit:
        return tr("Unit");
    case Reason:
        return tr("Reason");
    case Since:
        return tr("Since");
    case By:
        return tr("Recorded by");
    }
    return {};
}

} // namespace imbang::ui
