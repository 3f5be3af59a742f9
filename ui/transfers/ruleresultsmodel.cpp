#include "ruleresultsmodel.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace imbang {

RuleResultsModel::RuleResultsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QString RuleResultsModel::key(qint64 employeeId, const QString &rule) {
    return QString::number(employeeId) + QLatin1Char('/') + rule;
}

void RuleResultsModel::setChecks(const QList<ProposalCheck> &checks) {
    m_checks = checks;
    rebuild();
}

void RuleResultsModel::setShowPassed(bool show) {
    if (show == m_showPassed)
        return;
    m_showPassed = show;
    rebuild();
}

void RuleResultsModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    for (const ProposalCheck &c : m_checks)
        for (const RuleResult &r : c.results)
            if (m_showPassed || r.severity != RuleSeverity::Passed)
                m_rows << Row{c.employeeId, c.employeeName, r};
    // What needs attention first: blocking, then warnings, notes, passed; each group in employee order.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return int(a.result.severity) > int(b.result.severity);
    });
    endResetModel();
}

void RuleResultsModel::setJustification(qint64 employeeId, const QString &rule, const QString &text) {
    m_justifications.insert(key(employeeId, rule), text);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).employeeId == employeeId && m_rows.at(i).result.rule == rule)
            emit dataChanged(index(i, Justification), index(i, Justification));
}

QString RuleResultsModel::justification(qint64 employeeId, const QString &rule) const {
    return m_justifications.value(key(employeeId, rule));
}

QHash<qint64, QHash<QString, QString>> RuleResultsModel::justifications() const {
    QHash<qint64, QHash<QString, QString>> result;
    for (const ProposalCheck &c : m_checks)
        for (const RuleResult &r : c.results)
            if (r.severity == RuleSeverity::Warning) {
                const QString text = justification(c.employeeId, r.rule).trimmed();
                if (!text.isEmpty())
                    result[c.employeeId].insert(r.rule, text);
            }
    return result;
}

int RuleResultsModel::errorCount() const {
    int n = 0;
    for (const ProposalCheck &c : m_checks)
        for (const RuleResult &r : c.results)
            n += r.severity == RuleSeverity::Error;
    return n;
}

int RuleResultsModel::unjustifiedWarningCount() const {
    int n = 0;
    for (const ProposalCheck &c : m_checks)
        for (const RuleResult &r : c.results)
            n += r.severity == RuleSeverity::Warning &&
                 justification(c.employeeId, r.rule).trimmed().isEmpty();
    return n;
}

int RuleResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleResultsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleResultsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RuleSeverity severity = row.result.severity;
    switch (role) {
    case SeverityRole:
        return int(severity);
    case RuleRole:
        return row.result.rule;
    case EmployeeIdRole:
        return row.employeeId;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Employee:
            return row.employeeName;
        case Severity:
            return RuleResult::severityName(severity);
        case Message:
            return row.result.message;
        case Justification:
            if (severity != RuleSeverity::Warning)
                return {};
            return justification(row.employeeId, row.result.rule);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return row.result.message;
        if (index.column() == Justification && severity == RuleSeverity::Warning)
            return tr("Write why this warning is accepted; it is stored with the transfer.");
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Severity) {
            switch (severity) {
            case RuleSeverity::Error:
                return QBrush(QColor(0xf8, 0xd7, 0xda));
            case RuleSeverity::Warning:
                return QBrush(justification(row.employeeId, row.result.rule).trimmed().isEmpty()
                                  ? QColor(0xff, 0xec, 0xb3)
                                  : QColor(0xe3, 0xf2, 0xd9));
            case RuleSeverity::Note:
                return QBrush(QColor(0xdd, 0xeb, 0xf7));
            case RuleSeverity::Passed:
                return QBrush(QColor(0xe8, 0xf5, 0xe9));
            }
        }
        if (index.column() == Justification && severity == RuleSeverity::Warning &&
            justification(row.employeeId, row.result.rule).trimmed().isEmpty())
            return QBrush(QColor(0xff, 0xf8, 0xe1));
        return {};
    default:
        return {};
    }
}

bool RuleResultsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != Justification)
        return false;
    const Row &row = m_rows.at(index.row());
    if (row.result.severity != RuleSeverity::Warning)
        return false;
    const QString text = value.toString();
    if (text == justification(row.employeeId, row.result.rule))
        return true;
    m_justifications.insert(key(row.employeeId, row.result.rule), text);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit justificationEdited(row.employeeId, row.result.rule, text);
    return true;
}

Qt::ItemFlags RuleResultsModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Justification &&
        m_rows.at(index.row()).result.severity == RuleSeverity::Warning)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RuleResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Employee:
        return tr("Employee");
    case Severity:
        return tr("Result");
    case Message:
        return tr("Rule");
    case Justification:
        return tr("Justification");
    default:
        return {};
    }
}

} // namespace imbang
