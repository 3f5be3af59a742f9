#include "effectmodel.h"

#include "util/indonesianformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <cmath>

namespace imbang {
namespace {
QString amount(double value) {
    return std::fabs(value - std::round(value)) < 1e-9 ? indonesian::number(qint64(std::llround(value)))
                                                       : indonesian::decimal(value, 2);
}

QString gradeText(std::optional<double> ej, Grade grade) {
    const QString letter = gradeLetter(grade);
    return ej ? QStringLiteral("%1 (%2)").arg(letter, indonesian::decimal(*ej, 2)) : letter;
}
} // namespace

EffectModel::EffectModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EffectModel::setEffect(const TransferEffect &effect) {
    beginResetModel();
    m_rows = effect.units + effect.positions;
    endResetModel();
}

int EffectModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EffectModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffingEffect &e = m_rows.at(index.row());
    const bool unitRow = e.positionId == 0;
    if (role == Qt::FontRole && unitRow) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // Shortage red, surplus amber, balanced green.
    if (role == Qt::ForegroundRole && index.column() == GapAfter)
        return QBrush(e.gapAfter() < -1e-9  ? QColor(0xb7, 0x1c, 0x1c)
                      : e.gapAfter() > 1e-9 ? QColor(0xa0, 0x60, 0x00)
                                            : QColor(0x1b, 0x5e, 0x20));
    if (role == Qt::ToolTipRole && index.column() == GradeAfter)
        return gradeName(e.gradeAfter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return unitRow ? e.unitName : QStringLiteral("    ") + tr("%1 at %2").arg(e.positionName, e.unitName);
    case Need:
        return amount(e.need);
    case StaffBefore:
        return e.staffBefore;
    case StaffAfter:
        return e.staffAfter;
    case GapAfter:
        return (e.gapAfter() > 0 ? QStringLiteral("+") : QString()) + amount(e.gapAfter());
    case GradeBefore:
        return gradeText(e.efficiencyBefore, e.gradeBefore);
    case GradeAfter:
        return gradeText(e.efficiencyAfter, e.gradeAfter);
    default:
        return {};
    }
}

QVariant EffectModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Unit / position");
    case Need:
        return tr("Need");
    case StaffBefore:
        return tr("Staff now");
    case StaffAfter:
        return tr("Staff after");
    case GapAfter:
        return tr("Gap after");
    case GradeBefore:
        return tr("EJ grade now");
    case GradeAfter:
        return tr("EJ grade after");
    default:
        return {};
    }
}

} // namespace imbang
