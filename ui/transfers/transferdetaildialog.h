#pragma once

#include "transfers/transfer.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace imbang {

class ChecklistModel;
class Database;
class EffectModel;
class PersonFitModel;
class RuleResultsModel;
class TransferStepsModel;

// One transfer: who, from where to where, its rules with the justifications, the document checklist,
// the effect on both units (need, staff, EJ grade before and after), the history of its steps, and
// the workflow buttons with a comment (and the decree number and date when the decree is issued).
class TransferDetailDialog : public QDialog {
    Q_OBJECT
public:
    TransferDetailDialog(Database &database, qint64 transferId, QWidget *parent = nullptr);

    // The button that moves the transfer to `status` (nullptr when that step is not possible now),
    // and the one that executes it.
    QPushButton *stepButton(TransferStatus status) const { return m_stepButtons.value(int(status)); }
    QPushButton *executeButton() const { return m_execute; }
    QPushButton *decreeButton() const { return m_decree; }
    QLineEdit *commentEdit() const { return m_comment; }
    QLineEdit *decreeNumberEdit() const { return m_decreeNumber; }
    QDateEdit *decreeDateEdit() const { return m_decreeDate; }
    QTabWidget *tabs() const { return m_tabs; }
    RuleResultsModel *rulesModel() const { return m_rules; }
    ChecklistModel *checklistModel() const { return m_checklist; }
    EffectModel *effectModel() const { return m_effect; }
    PersonFitModel *personFitModel() const { return m_personFit; }
    TransferStepsModel *stepsModel() const { return m_steps; }
    Transfer transfer() const { return m_transfer; }

public slots:
    void reload();
    void step(TransferStatus to);
    void execute();

private:
    void showError(const QString &message);
    void saveJustification(qint64 employeeId, const QString &rule, const QString &text);

    Database &m_database;
    qint64 m_transferId;
    Transfer m_transfer;
    QLabel *m_header;
    QTabWidget *m_tabs;
    RuleResultsModel *m_rules;
    ChecklistModel *m_checklist;
    EffectModel *m_effect;
    PersonFitModel *m_personFit;
    TransferStepsModel *m_steps;
    QTableView *m_rulesView;
    QCheckBox *m_wholeBatch;
    QLineEdit *m_comment;
    QLineEdit *m_decreeNumber;
    QDateEdit *m_decreeDate;
    QHBoxLayout *m_stepRow;
    QHash<int, QPushButton *> m_stepButtons;
    QPushButton *m_execute;
    QPushButton *m_decree = nullptr; // the decree draft (approved) or the final decree (ui/decree)
};

} // namespace imbang
