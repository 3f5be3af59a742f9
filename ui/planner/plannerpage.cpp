#include "plannerpage.h"

#include "planmovemodel.h"
#include "plannercharts.h"
#include "plannerpeopleactions.h"
#include "plannerpeopledialog.h"

#include "planner/planacceptor.h"
#include "planner/plannersettings.h"
#include "planner/rebalanceplanner.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "util/dialoghooks.h"
#include "util/indonesianformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {

QChartView *chartView(QWidget *parent) {
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

} // namespace

PlannerPage::PlannerPage(Database &database, QWidget *parent) : QWidget(parent), m_database(database) {
    m_scope = new QLabel(this);
    m_scope->setWordWrap(true);
    m_family = new QComboBox(this);
    m_family->addItem(tr("All families"), QString());
    auto families = sql::run(database.connection(),
                             QStringLiteral("SELECT DISTINCT family FROM position WHERE family <> '' ORDER BY family"));
    if (families)
        while (families->next())
            m_family->addItem(families->value(0).toString(), families->value(0).toString());
    m_maxMoves = new QSpinBox(this);
    m_maxMoves->setRange(0, 100000);
    m_maxMoves->setSpecialValueText(tr("no limit"));
    m_maxKm = new QDoubleSpinBox(this);
    m_maxKm->setRange(0, 5000);
    m_maxKm->setDecimals(0);
    m_maxKm->setSuffix(tr(" km"));
    loadDefaults();
    m_tmt = new QDateEdit(Clock::today(), this);
    m_tmt->setCalendarPopup(true);
    m_tmt->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_planButton = new QPushButton(tr("&Plan"), this);
    m_planButton->setDefault(true);

    auto *form = new QHBoxLayout;
    auto *fields = new QFormLayout;
    fields->addRow(tr("Scope:"), m_scope);
    fields->addRow(tr("Position family:"), m_family);
    auto *limits = new QFormLayout;
    limits->addRow(tr("At most moves:"), m_maxMoves);
    limits->addRow(tr("At most per move:"), m_maxKm);
    limits->addRow(tr("TMT:"), m_tmt);
    auto *holds = new QPushButton(tr("Do not &move…"), this);
    holds->setToolTip(tr("People the planner leaves where they are, each with the recorded reason"));
    auto *requests = new QPushButton(tr("Own re&quests…"), this);
    requests->setToolTip(tr("Employees who asked to move to another kabupaten/kota; the planner honours them first"));
    auto *people = new QVBoxLayout;
    people->addWidget(holds);
    people->addWidget(requests);
    people->addStretch();
    form->addLayout(fields, 2);
    form->addLayout(limits, 1);
    form->addLayout(people);
    form->addWidget(m_planButton, 0, Qt::AlignBottom);

    m_model = new PlanMoveModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    auto *pin = new QPushButton(tr("P&in move"), this);
    auto *excludePerson = new QPushButton(tr("E&xclude person"), this);
    auto *excludeUnit = new QPushButton(tr("Exclude &origin unit"), this);
    auto *clear = new QPushButton(tr("&Clear pins and exclusions"), this);
    m_holdButton = new QPushButton(tr("&Hold person…"), this);
    m_holdButton->setToolTip(tr("Mark the selected person \"do not move\" with the reason, and plan again"));
    m_acceptButton = new QPushButton(tr("Create &draft transfers"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {pin, excludePerson, excludeUnit, clear, m_holdButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_acceptButton);

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);

    m_gapBefore = chartView(this);
    m_gapAfter = chartView(this);
    m_gradesBefore = chartView(this);
    m_gradesAfter = chartView(this);
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    // The gap charts list up to ten units by name: they take the full height, the grade charts (five
    // letters) share the third column.
    grid->addWidget(m_gapBefore, 0, 0, 2, 1);
    grid->addWidget(m_gapAfter, 0, 1, 2, 1);
    grid->addWidget(m_gradesBefore, 0, 2);
    grid->addWidget(m_gradesAfter, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_totals);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_planButton, &QPushButton::clicked, this, &PlannerPage::plan);
    connect(pin, &QPushButton::clicked, this, &PlannerPage::pinSelected);
    connect(excludePerson, &QPushButton::clicked, this, &PlannerPage::excludeSelectedPerson);
    connect(excludeUnit, &QPushButton::clicked, this, &PlannerPage::excludeSelectedOrigin);
    connect(clear, &QPushButton::clicked, this, &PlannerPage::clearPinsAndExclusions);
    connect(m_acceptButton, &QPushButton::clicked, this, &PlannerPage::acceptChecked);
    connect(m_holdButton, &QPushButton::clicked, this, &PlannerPage::holdSelectedPerson);
    connect(holds, &QPushButton::clicked, this, [this] { showHoldsAndRequests(PlannerPeopleDialog::Holds); });
    connect(requests, &QPushButton::clicked, this, [this] { showHoldsAndRequests(PlannerPeopleDialog::Requests); });
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("settings"))
            loadDefaults(); // the limits set in Settings > Planner
        else if ((what == QLatin1String("planner_hold") || what == QLatin1String("transfer_request")) && !m_thread &&
                 !m_result.posts.isEmpty())
            m_status->setText(tr("Holds or own requests changed: press Plan to see their effect."));
    });
    m_holdButton->setEnabled(!m_database.isReadOnly());
    m_acceptButton->setEnabled(false);
    updateScope();
    m_status->setText(tr("Choose the scope in the unit tree and press Plan."));
}

PlannerPage::~PlannerPage() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void PlannerPage::loadDefaults() {
    const PlannerSettings settings = PlannerSettings::load(m_database.connection());
    m_maxMoves->setValue(settings.maxMoves);
    m_maxKm->setValue(settings.maxKm);
}

void PlannerPage::setUnit(qint64 unitId, const QString &region) {
    if (unitId == m_unitId && region == m_region)
        return;
    m_unitId = unitId;
    m_region = region;
    // A new scope starts afresh: pins and exclusions belong to the old one.
    m_request = {};
    updateScope();
}

void PlannerPage::updateScope() {
    if (m_unitId) {
        const auto unit = UnitRepository(m_database.connection()).byId(m_unitId);
        m_scope->setText(unit ? tr("%1 with its sub-units").arg(unit->name) : QString());
    } else if (!m_region.isEmpty()) {
        m_scope->setText(m_region);
    } else {
        m_scope->setText(tr("The whole office"));
    }
}

void PlannerPage::plan() {
    if (m_thread)
        return;
    m_request.unitId = m_unitId;
    m_request.region = m_unitId ? QString() : m_region;
    const QString family = m_family->currentData().toString();
    m_request.families = family.isEmpty() ? QStringList() : QStringList{family};
    m_request.maxMoves = m_maxMoves->value();
    m_request.maxKm = m_maxKm->value();
    m_request.tmt = m_tmt->date();
    m_planButton->setEnabled(false);
    m_acceptButton->setEnabled(false);
    m_status->setText(tr("Planning…"));
    const PlanRequest request = m_request;
    m_thread = QThread::create([this, request] {
        OpenResult sibling = m_database.openSibling();
        if (!sibling) {
            m_pendingError = sibling.message;
            return;
        }
        Expected<PlanResult> r = RebalancePlanner::plan(sibling.database->connection(), request);
        m_pendingError = r ? QString() : r.error();
        m_pending = r ? *r : PlanResult();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        QThread *thread = m_thread;
        m_thread = nullptr;
        thread->deleteLater();
        showResult(m_pendingError);
    });
    m_thread->start();
}

void PlannerPage::waitForPlan() {
    while (m_thread) {
        m_thread->wait();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void PlannerPage::showResult(const QString &error) {
    m_planButton->setEnabled(true);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_result = m_pending;
    m_model->setMoves(m_result.moves);
    m_table->resizeColumnsToContents();
    // Long unit names would push the request and reason columns out of sight: cap them (the reason, shown
    // as the tooltip, names both units in full).
    for (int column : {int(PlanMoveModel::From), int(PlanMoveModel::To)})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 300));
    const PlanTotals &t = m_result.totals;
    m_totals->setText(
        tr("Shortage covered: %1 of %2 · surplus left: %3 of %4 · people moved: %5 (%6 pinned, %7 on own request, %8 "
           "across a kabupaten/kota border) · total distance: %9 km")
            .arg(indonesian::number(t.shortageCovered()), indonesian::number(t.shortageBefore),
                 indonesian::number(t.surplusAfter), indonesian::number(t.surplusBefore), indonesian::number(t.moved),
                 indonesian::number(t.pinned), indonesian::number(t.ownRequests), indonesian::number(t.crossRegion),
                 indonesian::decimal(t.distanceKm, 1)));
    // setChart() releases the previous chart without deleting it: delete it here, or every re-plan leaks.
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *previous = view->chart();
        view->setChart(chart);
        delete previous;
    };
    replace(m_gapBefore, plannercharts::gaps(m_result, false));
    replace(m_gapAfter, plannercharts::gaps(m_result, true));
    replace(m_gradesBefore, plannercharts::grades(m_result, false));
    replace(m_gradesAfter, plannercharts::grades(m_result, true));
    QStringList status{tr("%n move(s) proposed.", "", int(m_result.moves.size()))};
    if (!m_request.pinned.isEmpty() || !m_request.excludedEmployees.isEmpty() || !m_request.excludedUnits.isEmpty())
        status << tr("Pinned: %1 · excluded people: %2 · excluded units: %3")
                      .arg(m_request.pinned.size())
                      .arg(m_request.excludedEmployees.size())
                      .arg(m_request.excludedUnits.size());
    status << m_result.notes;
    m_status->setText(status.join(QLatin1Char(' ')));
    m_acceptButton->setEnabled(!m_database.isReadOnly() && !m_result.moves.isEmpty());
    emit planned();
}

const ProposedMove *PlannerPage::selectedMove() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->moves().at(rows.first().row());
}

void PlannerPage::pinSelected() {
    const ProposedMove *m = selectedMove();
    if (!m || m->pinned)
        return;
    m_request.pinned << PinnedMove{m->employeeId, m->toUnitId, m->toPositionId};
    plan();
}

void PlannerPage::excludeSelectedPerson() {
    const ProposedMove *m = selectedMove();
    if (!m)
        return;
    const qint64 id = m->employeeId;
    m_request.pinned.removeIf([id](const PinnedMove &p) { return p.employeeId == id; });
    m_request.excludedEmployees.insert(id);
    plan();
}

void PlannerPage::excludeSelectedOrigin() {
    const ProposedMove *m = selectedMove();
    if (!m)
        return;
    m_request.excludedUnits.insert(m->fromUnitId);
    plan();
}

void PlannerPage::clearPinsAndExclusions() {
    m_request.pinned.clear();
    m_request.excludedEmployees.clear();
    m_request.excludedUnits.clear();
    plan();
}

bool PlannerPage::holdSelectedPerson() {
    const ProposedMove *m = selectedMove();
    if (!m || !plannerpeople::hold(m_database.connection(), m->employeeId, this))
        return false;
    const qint64 id = m->employeeId;
    m_request.pinned.removeIf([id](const PinnedMove &p) { return p.employeeId == id; });
    plan();
    return true;
}

void PlannerPage::showHoldsAndRequests(int tab) {
    PlannerPeopleDialog dialog(m_database.connection(), PlannerPeopleDialog::Tab(tab), this);
    if (!m_result.moves.isEmpty() || m_result.totals.shortageBefore > 0)
        dialog.setPlan(m_result.moves);
    dialogs::exec(dialog);
}

void PlannerPage::acceptChecked() {
    const QList<ProposedMove> moves = m_model->checkedMoves();
    if (moves.isEmpty()) {
        dialogs::information(this, tr("Create draft transfers"), tr("Tick the moves to propose first."));
        return;
    }
    if (dialogs::question(this, tr("Create draft transfers"),
                          tr("Create %n draft transfer(s) from the ticked moves? They then follow the normal "
                             "workflow: checks, documents, approval and decree.",
                             "", int(moves.size())),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    auto accepted = PlanAcceptor::createDrafts(m_database.connection(), moves, m_request.tmt.isValid()
                                                                               ? m_request.tmt
                                                                               : Clock::today());
    if (!accepted) {
        dialogs::warning(this, tr("Create draft transfers"), accepted.error());
        return;
    }
    m_request.pinned.clear();
    m_status->setText(tr("Created %n draft transfer(s).", "", accepted->transfers));
    plan();
}

} // namespace imbang::ui
