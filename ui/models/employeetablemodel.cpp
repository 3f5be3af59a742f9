#include "employeetablemodel.h"

#include "access/personaldata.h"
#include "domain/nip.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "util/indonesianformat.h"

#include <QBrush>
#include <QPalette>

namespace imbang::ui {

EmployeeTableModel::EmployeeTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)) {
    loadLookups();
    requery();
}

void EmployeeTableModel::loadLookups() {
    m_personal = access::canSeePersonalData(m_db); // the role may change with the next login
    m_unitNames = UnitRepository(m_db).names();
    m_positionNames.clear();
    for (const Position &p : PositionRepository(m_db).all())
        m_positionNames.insert(p.id, p.name);
}

void EmployeeTableModel::requery() {
    m_ids = EmployeeRepository(m_db).findIds(m_filter, m_sort);
    m_pages.clear();
}

void EmployeeTableModel::setFilter(const EmployeeFilter &filter) {
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    requery();
    endResetModel();
}

void EmployeeTableModel::refresh() {
    beginResetModel();
    loadLookups();
    requery();
    endResetModel();
}

void EmployeeTableModel::sort(int column, Qt::SortOrder order) {
    static const EmployeeSortKey keys[ColumnCount] = {
        EmployeeSortKey::Nip,      EmployeeSortKey::Name,   EmployeeSortKey::Rank,      EmployeeSortKey::Position,
        EmployeeSortKey::Unit,     EmployeeSortKey::Status, EmployeeSortKey::BirthDate, EmployeeSortKey::PositionTmt};
    if (column < 0 || column >= ColumnCount)
        return;
    const EmployeeSort wanted{keys[column], order == Qt::DescendingOrder};
    if (wanted == m_sort)
        return; // the view asks again when sorting is switched on
    emit layoutAboutToBeChanged();
    m_sort = wanted;
    requery();
    emit layoutChanged();
}

int EmployeeTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EmployeeTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const Employee *EmployeeTableModel::cached(int row) const {
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= maxCachedPages)
            m_pages.clear();
        it = m_pages.insert(page, EmployeeRepository(m_db).byIds(m_ids.mid(qsizetype(page) * pageSize, pageSize)));
    }
    const int offset = row % pageSize;
    if (offset >= it->size() || it->at(offset).id != m_ids.at(row))
        return nullptr; // deleted behind our back; refresh() will catch up
    return &it->at(offset);
}

qint64 EmployeeTableModel::employeeIdAt(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

std::optional<Employee> EmployeeTableModel::employeeAt(int row) const {
    if (const Employee *e = cached(row))
        return *e;
    return std::nullopt;
}

int EmployeeTableModel::rowOfEmployee(qint64 id) const { return int(m_ids.indexOf(id)); }

QVariant EmployeeTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == EmployeeIdRole)
        return m_ids.at(index.row());
    const Employee *e = cached(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NipColumn:
            return m_personal ? nip::grouped(e->nip, e->status) : access::maskedNip(nip::grouped(e->nip, e->status));
        case NameColumn: return e->fullName();
        case RankColumn: return e->rank.text();
        case PositionColumn: return m_positionNames.value(e->positionId);
        case UnitColumn: return m_unitNames.value(e->unitId);
        case StatusColumn: return e->active ? codes::displayName(e->status)
                                            : tr("%1 (inactive)").arg(codes::displayName(e->status));
        case BirthDateColumn: return m_personal ? indonesian::shortDate(e->birthDate) : access::hiddenForRole();
        case PositionTmtColumn: return indonesian::shortDate(e->positionTmt);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RankColumn)
            return e->rank.fullText();
        if (index.column() == NameColumn && !e->active && e->inactiveReason)
            return tr("Inactive since %1: %2")
                .arg(indonesian::longDate(e->inactiveDate), codes::displayName(*e->inactiveReason));
        return {};
    case Qt::ForegroundRole:
        if (!e->active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NipColumn: return tr("NIP");
    case NameColumn: return tr("Name");
    case RankColumn: return tr("Rank");
    case PositionColumn: return tr("Position");
    case UnitColumn: return tr("Unit");
    case StatusColumn: return tr("Status");
    case BirthDateColumn: return tr("Birth date");
    case PositionTmtColumn: return tr("Position TMT");
    case ColumnCount: break;
    }
    return {};
}

} // namespace imbang::ui

namespace imbang::ui {

TextTable EmployeeTableModel::toTable(const QList<int> &columns) const {
    static const char *keys[ColumnCount] = {"nip", "name", "rank", "position", "unit", "status", "birth_date", "position_tmt"};
    TextTable table;
    for (int c : columns) {
        table.keys << QString::fromLatin1(keys[c]);
        table.headers << headerData(c, Qt::Horizontal).toString();
        table.types << (c == BirthDateColumn || c == PositionTmtColumn ? TextTable::ColumnType::Date
                                                                       : TextTable::ColumnType::Text);
    }
    EmployeeRepository repo(m_db);
    for (qsizetype start = 0; start < m_ids.size(); start += 500) {
        for (const Employee &e : repo.byIds(m_ids.mid(start, 500))) {
            QStringList row;
            for (int c : columns) {
                switch (Column(c)) {
                case NipColumn: row << (m_personal ? e.nip : access::maskedNip(e.nip)); break;
                case NameColumn: row << e.fullName(); break;
                case RankColumn: row << e.rank.text(); break;
                case PositionColumn: row << m_positionNames.value(e.positionId); break;
                case UnitColumn: row << m_unitNames.value(e.unitId); break;
                case StatusColumn: row << (e.active ? codes::displayName(e.status)
                                                    : tr("%1 (inactive)").arg(codes::displayName(e.status))); break;
                case BirthDateColumn: row << (m_personal ? e.birthDate.toString(Qt::ISODate) : QString()); break;
                case PositionTmtColumn: row << e.positionTmt.toString(Qt::ISODate); break;
                case ColumnCount: break;
                }
            }
            table.rows << row;
        }
    }
    return table;
}

} // namespace imbang::ui
