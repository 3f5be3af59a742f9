#include "transferproposaldialog.h"

#include "modalhooks.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "ruleresultsmodel.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace imbang {
namespace {

constexpr int searchLimit = 200;

QComboBox *searchableCombo(QWidget *parent) {
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMinimumContentsLength(30);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

QString employeeLine(const Employee &e, const QString &position, const QString &unit) {
    return QStringLiteral("%1 — %2 — %3, %4").arg(e.fullName(), e.nip, position, unit);
}

} // namespace

TransferProposalDialog::TransferProposalDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_rules(new RuleResultsModel(this))
    , m_checkTimer(new QTimer(this)) {
    setWindowTitle(tr("New transfer proposal"));
    resize(1180, 780);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(buildEmployees(), 3);
    top->addWidget(buildTarget(), 2);
    layout->addLayout(top, 3);

    auto *rulesBox = new QGroupBox(tr("Rule checks"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_kind = new QLabel(rulesBox);
    m_kind->setWordWrap(true);
    m_rulesView = new QTableView(rulesBox);
    m_rulesView->setObjectName(QStringLiteral("rules_view"));
    m_rulesView->setModel(m_rules);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->setWordWrap(true);
    m_rulesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rulesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleResultsModel::Message, QHeaderView::Stretch);
    m_rulesView->setColumnWidth(RuleResultsModel::Justification, 320);
    m_rulesView->setColumnWidth(RuleResultsModel::Employee, 200);
    m_rulesView->setColumnWidth(RuleResultsModel::Severity, 100);
    m_showPassed = new QCheckBox(tr("Show the rules that passed too"), rulesBox);
    m_showPassed->setChecked(true);
    m_status = new QLabel(rulesBox);
    m_status->setObjectName(QStringLiteral("proposal_status"));
    m_status->setWordWrap(true);
    rulesLayout->addWidget(m_kind);
    rulesLayout->addWidget(m_rulesView, 1);
    auto *rulesFoot = new QHBoxLayout;
    rulesFoot->addWidget(m_status, 1);
    rulesFoot->addWidget(m_showPassed);
    rulesLayout->addLayout(rulesFoot);
    layout->addWidget(rulesBox, 4);

    auto *buttons = new QHBoxLayout;
    m_submit = new QCheckBox(
        tr("Propose at once (status \"%1\")").arg(transfercodes::displayName(TransferStatus::Proposed)),
        this);
    m_save = new QPushButton(tr("Save proposal"), this);
    m_save->setObjectName(QStringLiteral("save_proposal"));
    m_save->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_submit);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(200);
    connect(m_checkTimer, &QTimer::timeout, this, &TransferProposalDialog::recheckNow);
    connect(m_showPassed, &QCheckBox::toggled, m_rules, &RuleResultsModel::setShowPassed);
    // A justification changes only what may be saved, not the rule results: no new check.
    connect(m_rules, &RuleResultsModel::justificationEdited, this, &TransferProposalDialog::updateStatus);
    connect(m_save, &QPushButton::clicked, this, &TransferProposalDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    recheckNow();
}

QWidget *TransferProposalDialog::buildEmployees() {
    auto *box = new QGroupBox(tr("Employees to transfer"), this);
    auto *layout = new QVBoxLayout(box);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("employee_search"));
    m_search->setPlaceholderText(tr("Search by name or NIP"));
    m_search->setClearButtonEnabled(true);
    m_searchUnit = searchableCombo(box);
    m_searchUnit->addItem(tr("In any unit"), qint64(0));
    for (const UnitSummary &u : UnitRepository(m_database.connection()).summaries())
        m_searchUnit->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.id);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchUnit, 1);
    layout->addLayout(searchRow);
    m_found = new QListWidget(box);
    m_found->setObjectName(QStringLiteral("employees_found"));
    m_found->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_found, 1);
    auto *moveRow = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add selected ↓"), box);
    auto *remove = new QPushButton(tr("Remove selected"), box);
    moveRow->addWidget(add);
    moveRow->addWidget(remove);
    moveRow->addStretch();
    layout->addLayout(moveRow);
    m_chosen = new QListWidget(box);
    m_chosen->setObjectName(QStringLiteral("employees_chosen"));
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_chosen, 1);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &TransferProposalDialog::searchEmployees);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_searchUnit, &QComboBox::currentIndexChanged, this, &TransferProposalDialog::searchEmployees);
    connect(add, &QPushButton::clicked, this, &TransferProposalDialog::addSelected);
    connect(m_found, &QListWidget::itemDoubleClicked, this, &TransferProposalDialog::addSelected);
    connect(remove, &QPushButton::clicked, this, &TransferProposalDialog::removeSelected);
    return box;
}

QWidget *TransferProposalDialog::buildTarget() {
    auto *box = new QGroupBox(tr("Where to and when"), this);
    auto *form = new QFormLayout(box);
    m_unit = searchableCombo(box);
    m_unit->setObjectName(QStringLiteral("target_unit"));
    m_unit->addItem(QString(), qint64(0));
    for (const Unit &u : UnitRepository(m_database.connection()).all())
        if (u.isOpen())
            m_unit->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.id);
    m_position = searchableCombo(box);
    m_position->setObjectName(QStringLiteral("target_position"));
    m_position->addItem(QString(), qint64(0));
    for (const Position &p : PositionRepository(m_database.connection()).all())
        m_position->addItem(p.name, p.id);
    m_tmt = new QDateEdit(Clock::today().addMonths(1).addDays(1 - Clock::today().addMonths(1).day()), box);
    m_tmt->setCalendarPopup(true);
    m_tmt->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_reason = new QComboBox(box);
    for (TransferReason r : transfercodes::allReasons())
        m_reason->addItem(transfercodes::displayName(r), int(r));
    m_title = new QLineEdit(box);
    m_title->setPlaceholderText(tr("Made from the target when empty"));
    m_notes = new QPlainTextEdit(box);
    m_notes->setPlaceholderText(tr("Why this transfer: the need it answers, agreements made"));
    form->addRow(tr("Target unit"), m_unit);
    form->addRow(tr("Target position"), m_position);
    form->addRow(tr("TMT"), m_tmt);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Title of the batch"), m_title);
    form->addRow(tr("Notes"), m_notes);

    for (QComboBox *combo : {m_unit, m_position, m_reason})
        connect(combo, &QComboBox::currentIndexChanged, this, &TransferProposalDialog::scheduleCheck);
    connect(m_tmt, &QDateEdit::dateChanged, this, &TransferProposalDialog::scheduleCheck);
    return box;
}

void TransferProposalDialog::searchEmployees() {
    m_found->clear();
    EmployeeFilter filter;
    filter.search = m_search->text();
    filter.unitId = m_searchUnit->currentData().toLongLong();
    if (filter.search.trimmed().isEmpty() && filter.unitId == 0)
        return;
    const QSqlDatabase db = m_database.connection();
    QList<qint64> ids = EmployeeRepository(db).findIds(filter);
    const qsizetype total = ids.size();
    ids = ids.mid(0, searchLimit);
    const UnitRepository units(db);
    const PositionRepository positions(db);
    for (const Employee &e : EmployeeRepository(db).byIds(ids)) {
        auto *item =
            new QListWidgetItem(employeeLine(e, positions.byId(e.positionId).value_or(Position()).name,
                                             units.byId(e.unitId).value_or(Unit()).name),
                                m_found);
        item->setData(Qt::UserRole, e.id);
    }
    if (total > searchLimit) {
        auto *more =
            new QListWidgetItem(tr("… %n more: narrow the search", "", int(total - searchLimit)), m_found);
        more->setFlags(Qt::NoItemFlags);
    }
}

void TransferProposalDialog::addSelected() {
    for (QListWidgetItem *item : m_found->selectedItems())
        if (item->data(Qt::UserRole).isValid())
            addEmployee(item->data(Qt::UserRole).toLongLong());
}

void TransferProposalDialog::removeSelected() {
    for (QListWidgetItem *item : m_chosen->selectedItems()) {
        m_employees.removeAll(item->data(Qt::UserRole).toLongLong());
        delete item;
    }
    scheduleCheck();
}

void TransferProposalDialog::addEmployee(qint64 employeeId) {
    if (m_employees.contains(employeeId))
        return;
    const QSqlDatabase db = m_database.connection();
    const std::optional<Employee> e = EmployeeRepository(db).byId(employeeId);
    if (!e)
        return;
    m_employees << employeeId;
    auto *item = new QListWidgetItem(
        employeeLine(*e, PositionRepository(db).byId(e->positionId).value_or(Position()).name,
                     UnitRepository(db).byId(e->unitId).value_or(Unit()).name),
        m_chosen);
    item->setData(Qt::UserRole, employeeId);
    scheduleCheck();
}

void TransferProposalDialog::setTarget(qint64 unitId, qint64 positionId) {
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitId)));
    m_position->setCurrentIndex(std::max(0, m_position->findData(positionId)));
}

void TransferProposalDialog::setTmt(const QDate &tmt) {
    m_tmt->setDate(tmt);
}
void TransferProposalDialog::setReason(TransferReason reason) {
    m_reason->setCurrentIndex(m_reason->findData(int(reason)));
}
void TransferProposalDialog::setNotes(const QString &notes) {
    m_notes->setPlainText(notes);
}
void TransferProposalDialog::setSubmit(bool submit) {
    m_submit->setChecked(submit);
}

void TransferProposalDialog::scheduleCheck() {
    m_checkTimer->start();
}

ProposalRequest TransferProposalDialog::request() const {
    ProposalRequest r;
    r.employeeIds = m_employees;
    r.toUnitId = m_unit->currentData().toLongLong();
    r.toPositionId = m_position->currentData().toLongLong();
    r.tmt = m_tmt->date();
    r.reason = TransferReason(m_reason->currentData().toInt());
    r.notes = m_notes->toPlainText();
    r.batchTitle = m_title->text();
    r.justifications = m_rules->justifications();
    return r;
}

void TransferProposalDialog::recheckNow() {
    m_checkTimer->stop();
    const QSqlDatabase db = m_database.connection();
    const ProposalRequest r = request();
    m_title->setEnabled(m_employees.size() > 1);
    const QStringList problems = TransferProposal::validate(db, r);
    if (!problems.isEmpty()) {
        m_rules->setChecks({});
        m_kind->clear();
        m_status->setText(problems.join(QLatin1Char(' ')));
        m_save->setEnabled(false);
        return;
    }
    const QList<ProposalCheck> checks = TransferProposal::check(db, r);
    m_rules->setChecks(checks);
    QStringList kinds;
    for (const ProposalCheck &c : checks)
        if (!kinds.contains(transfercodes::displayName(c.kind)))
            kinds << transfercodes::displayName(c.kind);
    const TransferKind kind = checks.isEmpty() ? TransferKind::WithinAgency : checks.first().kind;
    m_kind->setText(kinds.size() == 1
                        ? (transfercodes::needsPertek(kind)
                               ? tr("Kind: %1. Signed by: %2. BKN's technical approval (pertek) is needed.")
                                     .arg(kinds.first(), transfercodes::signer(kind))
                               : tr("Kind: %1. Signed by: %2. No pertek needed.")
                                     .arg(kinds.first(), transfercodes::signer(kind)))
                        : tr("Kinds: %1.").arg(kinds.join(QStringLiteral(", "))));
    updateStatus();
}

void TransferProposalDialog::updateStatus() {
    const int errors = m_rules->errorCount();
    const int open = m_rules->unjustifiedWarningCount();
    if (errors > 0)
        m_status->setText(tr("%n blocking problem(s): this proposal cannot be saved.", "", errors));
    else if (open > 0)
        m_status->setText(
            tr("%n warning(s) still need a justification: type it in the last column.", "", open));
    else
        m_status->setText(tr("Every rule passed or is justified: the proposal can be saved."));
    m_status->setStyleSheet(errors > 0 ? QStringLiteral("color: #b71c1c;")
                            : open > 0 ? QStringLiteral("color: #8a6d00;")
                                       : QStringLiteral("color: #1b5e20;"));
    m_save->setEnabled(errors == 0 && open == 0);
}

QString TransferProposalDialog::summary() const {
    return m_status->text();
}

void TransferProposalDialog::accept() {
    recheckNow();
    if (!m_save->isEnabled())
        return;
    auto outcome = TransferProposal::create(m_database.connection(), request(), m_submit->isChecked());
    if (!outcome) {
        modal::inform(this, QMessageBox::Warning, windowTitle(), outcome.error());
        return;
    }
    m_outcome = *outcome;
    QDialog::accept();
}

} // namespace imbang
