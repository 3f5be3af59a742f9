#include "decreelistmodel.h"

#include "util/indonesianformat.h"

#include <QFont>

namespace imbang::ui {

DecreeListModel::DecreeListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db)) {
    reload();
}

void DecreeListModel::reload() {
    beginResetModel();
    m_entries = DecreeRegister::list(m_db);
    endResetModel();
}

int DecreeListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DecreeListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecreeListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DecreeEntry &e = m_entries.at(index.row());
    if (role == FinalRole)
        return e.final;
    if (role == Qt::FontRole && !e.final && index.column() == StatusColumn) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == PeopleColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !e.final)
        return tr("Not final yet: finalising gives it the next number and marks the transfers \"SK terbit\".");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return e.final ? tr("Final") : tr("Draft");
    case NumberColumn:
        return e.final ? e.number : tr("(numbered when final)");
    case DateColumn:
        if (role == Qt::EditRole) // sorts by date
            return e.date;
        return e.date.isValid() ? indonesian::longDate(e.date) : QString();
    case SubjectColumn:
        return e.subject;
    case PeopleColumn:
        return e.people;
    case CoversColumn:
        return e.covers;
    default:
        return {};
    }
}

QVariant DecreeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case SubjectColumn:
        return tr("Subject");
    case PeopleColumn:
        return tr("Persons");
    case CoversColumn:
        return tr("Covers");
    default:
        return {};
    }
}

} // namespace imbang::ui
