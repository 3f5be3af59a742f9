#pragma once

#include "transfers/transferproposal.h"

#include <QAbstractTableModel>
#include <QHash>

namespace imbang {

// The rule results of one or many employees, one row per rule, with an editable justification for
// each warning. What needs attention comes first; passed rules can be hidden for a large batch.
class RuleResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Employee, Severity, Message, Justification, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, RuleRole, EmployeeIdRole };

    explicit RuleResultsModel(QObject *parent = nullptr);

    // Replaces the results; justifications typed so far are kept for the same employee and rule.
    void setChecks(const QList<ProposalCheck> &checks);
    void setShowPassed(bool show);
    void setJustification(qint64 employeeId, const QString &rule, const QString &text);
    QString justification(qint64 employeeId, const QString &rule) const;
    // The justifications typed for current warnings, per employee and rule.
    QHash<qint64, QHash<QString, QString>> justifications() const;

    int errorCount() const;
    int unjustifiedWarningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void justificationEdited(qint64 employeeId, const QString &rule, const QString &text);

private:
    struct Row {
        qint64 employeeId;
        QString employeeName;
        RuleResult result;
    };
    void rebuild();
    static QString key(qint64 employeeId, const QString &rule);

    QList<ProposalCheck> m_checks;
    QList<Row> m_rows;
    QHash<QString, QString> m_justifications;
    bool m_showPassed = true;
};

} // namespace imbang
