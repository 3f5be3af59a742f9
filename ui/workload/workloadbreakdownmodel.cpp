#include "workloadbreakdownmodel.h"

#include "util/indonesianformat.h"
#include "workloadpalette.h"

#include <QBrush>
#include <QFont>

#include <cmath>

namespace imbang {
namespace {
double rounded(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0 ? 0.0 : r;
}
} // namespace

WorkloadBreakdownModel::WorkloadBreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkloadBreakdownModel::setSummary(const WorkloadSummary &summary) {
    beginResetModel();
    m_rows = summary.rows;
    m_grouping = summary.grouping;
    m_thresholds = summary.thresholds;
    endResetModel();
}

int WorkloadBreakdownModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadBreakdownModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WorkloadBreakdownModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadRow &row = m_rows.at(index.row());
    const WorkloadFigures &f = row.figures;
    const auto ej = f.efficiencyValue();
    const Grade grade = f.grade(m_thresholds);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return row.code;
        case Name: return row.ownPosts ? tr("%1 (its own posts)").arg(row.name) : row.name;
        case Need: return indonesian::decimal(f.need, 2);
        case InPost: return indonesian::number(f.inPost);
        case Gap: return indonesian::decimal(rounded(f.gap()), 2);
        case Surplus: return indonesian::decimal(rounded(f.surplus), 2);
        case Shortage: return indonesian::decimal(rounded(f.shortage), 2);
        case Efficiency: return ej ? indonesian::decimal(*ej, 2) : QStringLiteral("–");
        case GradeColumn: return gradeLetter(grade);
        case Retiring: return indonesian::number(f.retiringTotal());
        case GapIn5Years: return indonesian::decimal(rounded(f.projectedGap(outlookYears - 1)), 2);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Code: return row.code;
        case Name: return row.name;
        case Need: return rounded(f.need);
        case InPost: return f.inPost;
        case Gap: return rounded(f.gap());
        case Surplus: return rounded(f.surplus);
        case Shortage: return rounded(f.shortage);
        case Efficiency: return ej ? QVariant(rounded(*ej)) : QVariant();
        case GradeColumn: return gradeLetter(grade);
        case Retiring: return f.retiringTotal();
        case GapIn5Years: return rounded(f.projectedGap(outlookYears - 1));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Need && index.column() != GradeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == GradeColumn)
            return int(Qt::AlignCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == GradeColumn || index.column() == Efficiency)
            return tr("EJ %1: grade %2 (%3)")
                .arg(ej ? indonesian::decimal(*ej, 2) : tr("none in post"), gradeLetter(grade), gradeName(grade));
        return tr("%1\nNeed %2, in post %3, gap %4\nSurplus %5, shortage %6\nRetiring within 5 years: %7")
            .arg(row.name, indonesian::decimal(f.need, 2), indonesian::number(f.inPost),
                 indonesian::decimal(rounded(f.gap()), 2), indonesian::decimal(rounded(f.surplus), 2),
                 indonesian::decimal(rounded(f.shortage), 2), indonesian::number(f.retiringTotal()));
    case Qt::ForegroundRole:
        if (index.column() == GradeColumn)
            return QBrush(Qt::white);
        break;
    case Qt::BackgroundRole:
        if (index.column() == GradeColumn)
            return QBrush(workloadpalette::grade(grade));
        break;
    case Qt::FontRole:
        if (row.ownPosts) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case IdRole: return row.id;
    case OwnPostsRole: return row.ownPosts;
    case HasSubUnitsRole: return row.hasSubUnits;
    default: break;
    }
    return {};
}

QVariant WorkloadBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name:
        return m_grouping == WorkloadGrouping::Position ? tr("Position")
               : m_grouping == WorkloadGrouping::Region ? tr("Region")
                                                        : tr("Unit");
    case Need: return tr("Need");
    case InPost: return tr("In post");
    case Gap: return tr("Gap");
    case Surplus: return tr("Surplus");
    case Shortage: return tr("Shortage");
    case Efficiency: return tr("EJ");
    case GradeColumn: return tr("Grade");
    case Retiring: return tr("Retiring (5 yrs)");
    case GapIn5Years: return tr("Gap in 5 yrs");
    }
    return {};
}

} // namespace imbang
