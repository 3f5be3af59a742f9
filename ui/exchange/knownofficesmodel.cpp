#include "knownofficesmodel.h"

#include <QFont>
#include <QFontDatabase>

namespace imbang::exchangeui {

KnownOfficesModel::KnownOfficesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)) {
    reload();
}

void KnownOfficesModel::reload() {
    beginResetModel();
    m_offices = exchange::OfficeDirectory(m_db).all();
    endResetModel();
}

int KnownOfficesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_offices.size());
}

int KnownOfficesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KnownOfficesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_offices.size())
        return {};
    const exchange::KnownOffice &o = m_offices.at(index.row());
    const auto when = [](const QDateTime &dt) {
        return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return o.name;
        case Region: return o.region;
        case Fingerprint: return o.fingerprint();
        case Trusted: return o.trusted ? tr("Trusted") : tr("Not trusted");
        case LastReceived: return when(o.lastReceived);
        case LastSent: return when(o.lastSent);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Fingerprint)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Office id %1").arg(o.officeId.toString(QUuid::WithoutBraces));
    if (role == Qt::UserRole)
        return o.id;
    return {};
}

QVariant KnownOfficesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Office");
    case Region: return tr("Region");
    case Fingerprint: return tr("Key fingerprint");
    case Trusted: return tr("Trust");
    case LastReceived: return tr("Last package received");
    case LastSent: return tr("Last package sent");
    default: return {};
    }
}

} // namespace imbang::exchangeui
