#include "personfitmodel.h"

#include <QBrush>
#include <QColor>

namespace imbang {

PersonFitModel::PersonFitModel(QObject *parent) : QAbstractTableModel(parent) {}

void PersonFitModel::setEffect(const TransferEffect &effect) {
    beginResetModel();
    m_people = effect.people;
    endResetModel();
}

int PersonFitModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_people.size()); }

int PersonFitModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PersonFitModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonEffect &p = m_people.at(index.row());
    const bool short_ = (index.column() == Ratings && !p.fit.ratingsGoodEnough()) ||
                        (index.column() == Fit && !p.fit.qualificationGaps.isEmpty());
    if (role == Qt::ForegroundRole && short_)
        return QBrush(QColor(0xa0, 0x60, 0x00));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name: return p.name;
    case TargetPosition: return p.targetPositionName;
    case Ratings: return p.fit.ratingsText();
    case Fit: return p.fit.fitText();
    case ColumnCount: break;
    }
    return {};
}

QVariant PersonFitModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Employee");
    case TargetPosition: return tr("New position");
    case Ratings: return tr("Performance (last two years)");
    case Fit: return tr("Fit for the new position");
    case ColumnCount: break;
    }
    return {};
}

} // namespace imbang
