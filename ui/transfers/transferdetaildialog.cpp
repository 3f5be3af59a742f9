#include "transferdetaildialog.h"

#include "checklistmodel.h"
#include "decree/decreedialog.h"
#include "decree/decreerepository.h"
#include "effectmodel.h"
#include "modalhooks.h"
#include "personfitmodel.h"
#include "records/employeerepository.h"
#include "ruleresultsmodel.h"
#include "storage/database.h"
#include "transfers/effectpreview.h"
#include "transfers/rulefactsloader.h"
#include "transfers/transferexecutor.h"
#include "transfers/transferproposal.h"
#include "transfers/transferregister.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "transferstepsmodel.h"
#include "util/clock.h"
#include "util/indonesianformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang {
namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The label of the button that moves a transfer to a status: the verb an officer uses.
QString stepLabel(TransferStatus to) {
    switch (to) {
    case TransferStatus::Proposed:
        return TransferDetailDialog::tr("Propose");
    case TransferStatus::Verified:
        return TransferDetailDialog::tr("Verify");
    case TransferStatus::Approved:
        return TransferDetailDialog::tr("Approve");
    case TransferStatus::DecreeIssued:
        return TransferDetailDialog::tr("Decree issued");
    case TransferStatus::Rejected:
        return TransferDetailDialog::tr("Reject");
    case TransferStatus::Cancelled:
        return TransferDetailDialog::tr("Cancel the transfer");
    default:
        return transfercodes::displayName(to);
    }
}

} // namespace

TransferDetailDialog::TransferDetailDialog(Database &database, qint64 transferId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_transferId(transferId)
    , m_rules(new RuleResultsModel(this))
    , m_checklist(new ChecklistModel(database.connection(), transferId, this))
    , m_effect(new EffectModel(this))
    , m_personFit(new PersonFitModel(this))
    , m_steps(new TransferStepsModel(this)) {
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("transfer_header"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    m_tabs = new QTabWidget(this);
    m_rulesView = makeTable(m_rules, m_tabs);
    m_rulesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_rulesView->setColumnHidden(RuleResultsModel::Employee, true);
    m_rulesView->setColumnWidth(RuleResultsModel::Severity, 100);
    m_rulesView->setColumnWidth(RuleResultsModel::Justification, 320);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleResultsModel::Message, QHeaderView::Stretch);
    m_rulesView->horizontalHeader()->setStretchLastSection(false);
    m_rulesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_rulesView, tr("Rules"));
    auto *checklistView = makeTable(m_checklist, m_tabs);
    checklistView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::Document, QHeaderView::Stretch);
    checklistView->setColumnWidth(ChecklistModel::FileRef, 240);
    m_tabs->addTab(checklistView, tr("Documents"));
    // The effect on the units above, the people moved (rating and fit) below.
    auto *effectPage = new QWidget(m_tabs);
    auto *effectLayout = new QVBoxLayout(effectPage);
    auto *effectView = makeTable(m_effect, effectPage);
    effectView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    effectView->horizontalHeader()->setSectionResizeMode(EffectModel::Name, QHeaderView::Stretch);
    effectView->horizontalHeader()->setStretchLastSection(false);
    auto *peopleView = makeTable(m_personFit, effectPage);
    peopleView->setObjectName(QStringLiteral("person_fit_view"));
    peopleView->setWordWrap(true);
    peopleView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    peopleView->horizontalHeader()->setSectionResizeMode(PersonFitModel::Fit, QHeaderView::Stretch);
    peopleView->horizontalHeader()->setStretchLastSection(false);
    effectLayout->addWidget(effectView, 3);
    effectLayout->addWidget(peopleView, 2);
    m_tabs->addTab(effectPage, tr("Effect"));
    auto *stepsView = makeTable(m_steps, m_tabs);
    stepsView->setColumnWidth(TransferStepsModel::At, 130);
    stepsView->setColumnWidth(TransferStepsModel::Actor, 160);
    m_tabs->addTab(stepsView, tr("History"));
    layout->addWidget(m_tabs, 1);

    auto *workflow = new QGroupBox(tr("Next step"), this);
    auto *form = new QFormLayout(workflow);
    m_comment = new QLineEdit(workflow);
    m_comment->setObjectName(QStringLiteral("step_comment"));
    m_comment->setPlaceholderText(tr("Why; required to reject or cancel"));
    auto *decreeRow = new QHBoxLayout;
    m_decreeNumber = new QLineEdit(workflow);
    m_decreeNumber->setObjectName(QStringLiteral("decree_number"));
    m_decreeNumber->setPlaceholderText(tr("e.g. 800/123/BKD/2026"));
    m_decreeDate = new QDateEdit(Clock::today(), workflow);
    m_decreeDate->setCalendarPopup(true);
    m_decreeDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    decreeRow->addWidget(m_decreeNumber, 1);
    decreeRow->addWidget(new QLabel(tr("dated"), workflow));
    decreeRow->addWidget(m_decreeDate);
    m_wholeBatch = new QCheckBox(tr("Apply to every open transfer of the same proposal"), workflow);
    m_stepRow = new QHBoxLayout;
    m_execute = new QPushButton(tr("Execute (change the employee's post)"), workflow);
    m_execute->setObjectName(QStringLiteral("execute"));
    form->addRow(tr("Comment"), m_comment);
    form->addRow(tr("Decree (SK)"), decreeRow);
    form->addRow(QString(), m_wholeBatch);
    form->addRow(QString(), m_stepRow);
    layout->addWidget(workflow);

    auto *bottom = new QHBoxLayout;
    auto *close = new QPushButton(tr("Close"), this);
    m_decree = new QPushButton(tr("Decree (SK)…"), this);
    m_decree->setObjectName(QStringLiteral("decree"));
    bottom->addWidget(m_decree);
    bottom->addStretch();
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    // The decree of the whole proposal when "every open transfer of the same proposal" is ticked.
    connect(m_decree, &QPushButton::clicked, this, [this] {
        const std::optional<Transfer> t = TransferRepository(m_database.connection()).byId(m_transferId);
        if (!t)
            return;
        if (t->status == TransferStatus::Approved && t->batchId && m_wholeBatch->isChecked())
            ui::DecreeDialog::openForBatch(m_database, t->batchId, this);
        else
            ui::DecreeDialog::openForTransfer(m_database, m_transferId, this);
        reload();
    });
    connect(m_execute, &QPushButton::clicked, this, &TransferDetailDialog::execute);
    connect(m_checklist, &ChecklistModel::failed, this, &TransferDetailDialog::showError);
    connect(m_rules, &RuleResultsModel::justificationEdited, this, &TransferDetailDialog::saveJustification);
    reload();
}

void TransferDetailDialog::reload() {
    const QSqlDatabase db = m_database.connection();
    const TransferRepository repo(db);
    m_transfer = repo.byId(m_transferId).value_or(Transfer());
    if (m_transfer.id == 0) {
        // Deleted or never there (a stale link): say so rather than show an empty transfer.
        m_header->setText(tr("Transfer number %1 does not exist.").arg(m_transferId));
        m_tabs->setEnabled(false);
        m_comment->setEnabled(false);
        m_execute->hide();
        return;
    }
    TransferFilter only;
    only.transferId = m_transferId;
    const QList<TransferRow> rows = TransferRegister(db).rows(only);
    const TransferRow row = rows.isEmpty() ? TransferRow{m_transfer, {}, {}, {}, {}, {}, {}} : rows.first();
    const Transfer &t = m_transfer;
    setWindowTitle(tr("Transfer %1").arg(t.number));

    QString decree;
    if (!t.decreeNumber.isEmpty())
        decree = tr("<br>Decree %1 dated %2")
                     .arg(t.decreeNumber.toHtmlEscaped(), indonesian::longDate(t.decreeDate));
    const QString batch =
        t.batchId ? tr(" &middot; proposal: %1").arg(repo.batchTitle(t.batchId).toHtmlEscaped()) : QString();
    m_header->setText(
        tr("<h3>%1 &nbsp;<span style='color:#0d47a1'>%2</span></h3>"
           "<b>%3</b> (NIP %4)<br>"
           "From <b>%5</b>, %6<br>To <b>%7</b>, %8, from <b>%9</b><br>"
           "%10 &middot; %11%12<br>Signed by: %13%14<br>Reason: %15%16")
            .arg(t.number.toHtmlEscaped(), transfercodes::displayName(t.status),
                 row.employeeName.toHtmlEscaped(), row.nip, row.fromPosition.toHtmlEscaped(),
                 row.fromUnit.toHtmlEscaped(), row.toPosition.toHtmlEscaped(), row.toUnit.toHtmlEscaped(),
                 indonesian::longDate(t.tmt))
            .arg(transfercodes::displayName(t.kind),
                 transfercodes::needsPertek(t.kind) ? tr("BKN's pertek needed") : tr("no pertek needed"),
                 batch, transfercodes::signer(t.kind), decree, transfercodes::displayName(t.reason),
                 t.notes.isEmpty() ? QString() : QStringLiteral(" &middot; ") + t.notes.toHtmlEscaped()));

    // Rules: as they stand now for an open transfer; for a finished one, as recorded at its last check.
    ProposalCheck check;
    check.employeeId = t.employeeId;
    check.employeeName = row.employeeName;
    check.nip = row.nip;
    check.kind = t.kind;
    if (transfercodes::isOpen(t.status)) {
        check.results = RuleFactsLoader(db).check(t);
    } else {
        for (const TransferStep &s : repo.steps(t.id))
            if (!s.checks.isEmpty())
                check.results = TransferRules::fromJson(s.checks);
    }
    m_rules->setChecks({check});
    for (const RuleOverride &o : repo.overrides(t.id))
        m_rules->setJustification(t.employeeId, o.rule, o.justification);

    m_checklist->setEditable(transfercodes::isOpen(t.status));
    m_checklist->reload();
    const TransferEffect effect = EffectPreview::compute(db, t.batchId ? repo.inBatch(t.batchId) : QList<Transfer>{t});
    m_effect->setEffect(effect);
    m_personFit->setEffect(effect);
    m_steps->setSteps(repo.steps(t.id));

    // One button per step possible from here.
    // deleteLater: reload() may run from the clicked() of one of these buttons.
    for (QPushButton *old : std::as_const(m_stepButtons)) {
        m_stepRow->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    m_stepButtons.clear();
    for (TransferStatus to : TransferWorkflow::manualNextStatuses(t.status)) {
        auto *button = new QPushButton(stepLabel(to), this);
        button->setObjectName(QStringLiteral("step_") + transfercodes::toCode(to));
        m_stepRow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, to] { step(to); });
        m_stepButtons.insert(int(to), button);
    }
    m_stepRow->addWidget(m_execute);
    m_execute->setVisible(t.status == TransferStatus::DecreeIssued);
    m_decree->setVisible(t.status == TransferStatus::Approved || DecreeRepository(db).forTransfer(t.id).has_value());
    m_execute->setEnabled(Clock::today() >= t.tmt);
    m_execute->setToolTip(Clock::today() >= t.tmt
                              ? QString()
                              : tr("Possible from the TMT, %1.").arg(indonesian::longDate(t.tmt)));
    const bool decreeNext = m_stepButtons.contains(int(TransferStatus::DecreeIssued));
    m_decreeNumber->setEnabled(decreeNext);
    m_decreeDate->setEnabled(decreeNext);
    m_wholeBatch->setVisible(t.batchId != 0);
    m_comment->setEnabled(!m_stepButtons.isEmpty() || m_execute->isVisible());
}

void TransferDetailDialog::showError(const QString &message) {
    modal::inform(this, QMessageBox::Warning, windowTitle(), message);
}

void TransferDetailDialog::saveJustification(qint64, const QString &rule, const QString &text) {
    if (!transfercodes::isOpen(m_transfer.status))
        return;
    if (Status s = TransferProposal::justify(m_database.connection(), m_transferId, rule, text); !s)
        showError(s.error());
    // Called from inside the model's setData: rebuild once the edit has finished.
    QMetaObject::invokeMethod(this, &TransferDetailDialog::reload, Qt::QueuedConnection);
}

void TransferDetailDialog::step(TransferStatus to) {
    if ((to == TransferStatus::Rejected || to == TransferStatus::Cancelled) &&
        !modal::confirm(this, windowTitle(),
                        tr("Really mark transfer %1 as \"%2\"? This is final: it can only be undone by a new "
                           "proposal.")
                            .arg(m_transfer.number, transfercodes::displayName(to))))
        return;
    StepInput input;
    input.comment = m_comment->text();
    input.decreeNumber = m_decreeNumber->text();
    input.decreeDate = m_decreeDate->date();
    const QSqlDatabase db = m_database.connection();
    const Status s = m_wholeBatch->isVisible() && m_wholeBatch->isChecked()
                         ? TransferWorkflow::advanceBatch(db, m_transfer.batchId, to, input)
                         : TransferWorkflow::advance(db, m_transferId, to, input);
    if (!s) {
        showError(s.error());
        return;
    }
    m_comment->clear();
    reload();
}

void TransferDetailDialog::execute() {
    if (!modal::confirm(this, windowTitle(),
                        tr("Execute transfer %1 now? The employee's unit and position change from %2.")
                            .arg(m_transfer.number, indonesian::longDate(m_transfer.tmt))))
        return;
    const QSqlDatabase db = m_database.connection();
    const Status s =
        m_wholeBatch->isVisible() && m_wholeBatch->isChecked()
            ? TransferExecutor::executeBatch(db, m_transfer.batchId, Clock::today(), m_comment->text())
            : TransferExecutor::execute(db, m_transferId, Clock::today(), m_comment->text());
    if (!s) {
        showError(s.error());
        return;
    }
    m_comment->clear();
    reload();
}

} // namespace imbang
