#pragma once

#include "transfers/transferproposal.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace imbang {

class Database;
class RuleResultsModel;

// Proposing a transfer: pick one or many employees, the target unit and position, the TMT, the
// reason and notes. The rules are checked live as the officer types; a blocking rule disables saving,
// and every warning needs a written justification (typed in the results table) before the proposal
// can be saved. Saves drafts, or proposes at once.
class TransferProposalDialog : public QDialog {
    Q_OBJECT
public:
    explicit TransferProposalDialog(Database &database, QWidget *parent = nullptr);

    // For callers and tests; the widgets do the same.
    void addEmployee(qint64 employeeId);
    void setTarget(qint64 unitId, qint64 positionId);
    void setTmt(const QDate &tmt);
    void setReason(TransferReason reason);
    void setNotes(const QString &notes);
    void setSubmit(bool submit);
    void recheckNow();

    ProposalRequest request() const;
    RuleResultsModel *rulesModel() const { return m_rules; }
    QPushButton *saveButton() const { return m_save; }
    QString summary() const;
    const std::optional<ProposalOutcome> &outcome() const { return m_outcome; }

public slots:
    void accept() override;

private:
    QWidget *buildEmployees();
    QWidget *buildTarget();
    void searchEmployees();
    void addSelected();
    void removeSelected();
    void scheduleCheck();
    void updateStatus();

    Database &m_database;
    QList<qint64> m_employees;
    RuleResultsModel *m_rules;
    QTimer *m_checkTimer;
    QLineEdit *m_search;
    QComboBox *m_searchUnit;
    QListWidget *m_found;
    QListWidget *m_chosen;
    QComboBox *m_unit;
    QComboBox *m_position;
    QDateEdit *m_tmt;
    QComboBox *m_reason;
    QLineEdit *m_title;
    QPlainTextEdit *m_notes;
    QLabel *m_kind;
    QLabel *m_status;
    QTableView *m_rulesView;
    QCheckBox *m_showPassed;
    QCheckBox *m_submit;
    QPushButton *m_save;
    std::optional<ProposalOutcome> m_outcome;
};

} // namespace imbang
