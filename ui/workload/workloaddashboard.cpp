#include "workloaddashboard.h"

#include "abktaskdialog.h"
#include "chartexporter.h"
#include "gradedistributionmodel.h"
#include "retirementoutlookmodel.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "storage/officeinfo.h"
#include "teacherneeddialog.h"
#include "util/clock.h"
#include "util/indonesianformat.h"
#include "workload/workloadengine.h"
#include "workloadbreakdownmodel.h"
#include "workloadcharts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace imbang {
namespace {

std::optional<std::optional<QString>> &nextSaveFileName() {
    static std::optional<std::optional<QString>> next;
    return next;
}

std::function<void(QPrintPreviewDialog &)> &previewHandler() {
    static std::function<void(QPrintPreviewDialog &)> handler;
    return handler;
}

QString d2(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return indonesian::decimal(r == 0 ? 0.0 : r, 2);
}

QTableView *newTable(QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

void WorkloadDashboard::setNextSaveFileName(const std::optional<QString> &path) { nextSaveFileName() = path; }

void WorkloadDashboard::setPreviewHandler(std::function<void(QPrintPreviewDialog &)> handler) {
    previewHandler() = std::move(handler);
}

WorkloadDashboard::WorkloadDashboard(Database &db, QWidget *parent, bool deferred) : QWidget(parent), m_db(db) {
    m_breakdown = new WorkloadBreakdownModel(this);
    m_outlook = new RetirementOutlookModel(this);
    m_grades = new GradeDistributionModel(this);
    m_breakdownProxy = new QSortFilterProxyModel(this);
    m_breakdownProxy->setSourceModel(m_breakdown);
    m_breakdownProxy->setSortRole(Qt::EditRole);
    m_breakdownProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();

    // Several changes in a row (an import notifies once per batch, an edit once) cost one recompute, done as
    // soon as control returns to the event loop.
    m_recomputeTimer = new QTimer(this);
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &WorkloadDashboard::recompute);
    connect(&ChangeBus::instance(), &ChangeBus::changed, m_recomputeTimer, qOverload<>(&QTimer::start));
    m_deferred = deferred;
    recompute();
}

WorkloadDashboard::~WorkloadDashboard() = default;

void WorkloadDashboard::buildUi() {
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_upButton = new QToolButton(this);
    m_upButton->setText(tr("Up"));
    m_upButton->setToolTip(tr("Show the unit above the selected one"));
    m_upButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_upButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_upButton, &QToolButton::clicked, this, [this] {
        if (const auto *u = m_snapshot ? m_snapshot->unit(m_unitId) : nullptr) {
            selectUnit(u->parentId);
            emit unitActivated(u->parentId);
        }
    });

    m_groupingBox = new QComboBox(this);
    m_groupingBox->addItem(tr("Per sub-unit"), int(WorkloadGrouping::Unit));
    m_groupingBox->addItem(tr("Per position"), int(WorkloadGrouping::Position));
    m_groupingBox->addItem(tr("Per regency/city"), int(WorkloadGrouping::Region));
    m_groupingBox->setToolTip(tr("What the rows and bars stand for"));
    connect(m_groupingBox, &QComboBox::activated, this,
            [this](int index) { setGrouping(WorkloadGrouping(m_groupingBox->itemData(index).toInt())); });

    m_familyBox = new QComboBox(this);
    m_familyBox->setToolTip(tr("Only positions of one family (rumpun)"));
    connect(m_familyBox, &QComboBox::activated, this, [this](int index) {
        WorkloadFilter f = m_filter;
        f.positionFamily = m_familyBox->itemData(index).toString();
        setFilter(f);
    });
    m_teachersBox = new QCheckBox(tr("Teachers only"), this);
    connect(m_teachersBox, &QCheckBox::toggled, this, [this](bool on) {
        WorkloadFilter f = m_filter;
        f.teachersOnly = on;
        setFilter(f);
    });

    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    const std::pair<Chart, QString> charts[] = {{Chart::NeedVsStaff, tr("Chart of need and staff…")},
                                                {Chart::Gap, tr("Chart of surplus and shortage…")},
                                                {Chart::Grades, tr("Chart of grades…")},
                                                {Chart::Outlook, tr("Chart of retirements…")}};
    for (const auto &[chart, label] : charts) {
        const Chart c = chart;
        exportMenu->addAction(label, this, [this, c] { saveChartAs(c); });
    }
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Report as PDF…"), this, &WorkloadDashboard::saveReportAsPdf);
    m_exportButton->setMenu(exportMenu);

    m_printButton = new QPushButton(tr("Print report…"), this);
    connect(m_printButton, &QPushButton::clicked, this, &WorkloadDashboard::printReport);
    m_teacherButton = new QPushButton(tr("Teacher need…"), this);
    m_teacherButton->setToolTip(tr("Class groups and lesson hours of the selected school"));
    connect(m_teacherButton, &QPushButton::clicked, this, &WorkloadDashboard::openTeacherNeed);
    m_abkButton = new QPushButton(tr("ABK of position…"), this);
    m_abkButton->setToolTip(tr("Tasks and need of the position selected in the table, in the selected unit"));
    connect(m_abkButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_breakdownView->currentIndex();
        if (current.isValid())
            openAbk(current.data(WorkloadBreakdownModel::IdRole).toLongLong());
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_upButton);
    controls->addWidget(m_groupingBox);
    controls->addWidget(m_familyBox);
    controls->addWidget(m_teachersBox);
    controls->addStretch(1);
    controls->addWidget(m_abkButton);
    controls->addWidget(m_teacherButton);
    controls->addWidget(m_exportButton);
    controls->addWidget(m_printButton);

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chartArea = new QWidget(this);
    auto *grid = new QGridLayout(chartArea);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(chartArea);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 230);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        const Chart chart = Chart(i);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view, chart](const QPoint &pos) {
            QMenu menu;
            menu.addAction(tr("Save chart as PNG, SVG or PDF…"), this, [this, chart] { saveChartAs(chart); });
            menu.exec(view->mapToGlobal(pos));
        });
        m_views[std::size_t(i)] = view;
        grid->addWidget(view, i / 2, i % 2);
    }
    // The bar charts name their rows on the axis and need the height; grades and years need less.
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    m_tabs = new QTabWidget(this);
    m_breakdownView = newTable(m_tabs);
    m_breakdownView->setModel(m_breakdownProxy);
    m_breakdownView->setSortingEnabled(true);
    m_breakdownView->sortByColumn(-1, Qt::AscendingOrder);
    m_breakdownView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_breakdownView, &QTableView::activated, this, [this](const QModelIndex &index) {
        drillInto(m_breakdownProxy->mapToSource(index).row());
    });
    connect(m_breakdownView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkloadDashboard::updateControls);
    m_outlookView = newTable(m_tabs);
    m_outlookView->setModel(m_outlook);
    m_gradeView = newTable(m_tabs);
    m_gradeView->setModel(m_grades);
    m_tabs->addTab(m_breakdownView, tr("Breakdown"));
    m_tabs->addTab(m_outlookView, tr("Retirement outlook"));
    m_tabs->addTab(m_gradeView, tr("Grades"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartArea);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);
}

void WorkloadDashboard::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        m_recomputeTimer->start(); // after the page is painted once
}

void WorkloadDashboard::recompute() {
    if (m_deferred && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    auto snapshot = WorkloadEngine::compute(m_db.connection(), Clock::today());
    if (!snapshot) {
        m_totals->setText(snapshot.error());
        return;
    }
    m_snapshot = std::move(snapshot.value());
    // The family list follows the catalogue.
    const QString current = m_filter.positionFamily;
    m_familyBox->clear();
    m_familyBox->addItem(tr("All position families"), QString());
    for (const QString &family : m_snapshot->positionFamilies())
        m_familyBox->addItem(family, family);
    m_familyBox->setCurrentIndex(std::max(0, m_familyBox->findData(current)));
    if (m_unitId != 0 && !m_snapshot->unit(m_unitId))
        m_unitId = 0; // the unit was deleted
    refresh();
    emit recomputed();
}

void WorkloadDashboard::selectUnit(qint64 unitId) {
    if (m_snapshot && unitId != 0 && !m_snapshot->unit(unitId))
        return;
    if (unitId == m_unitId && m_summary.unitId == unitId && m_snapshot)
        return;
    m_unitId = unitId;
    refresh();
}

void WorkloadDashboard::setGrouping(WorkloadGrouping grouping) {
    m_preferredGrouping = grouping;
    refresh();
}

void WorkloadDashboard::setFilter(const WorkloadFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void WorkloadDashboard::refresh() {
    if (!m_snapshot)
        return;
    // A unit without sub-units can only be broken down per position.
    const auto *unit = m_snapshot->unit(m_unitId);
    const bool hasSubUnits = !unit || !unit->children.empty();
    const WorkloadGrouping grouping =
        m_preferredGrouping == WorkloadGrouping::Unit && !hasSubUnits ? WorkloadGrouping::Position : m_preferredGrouping;
    m_summary = m_snapshot->summarize(m_unitId, grouping, m_filter);
    m_breakdown->setSummary(m_summary);
    m_outlook->setOutlook(m_summary.outlook);
    m_grades->setCounts(m_summary.gradeCounts, m_summary.thresholds);

    m_title->setText(m_summary.unitId ? tr("Workload: %1 (%2)").arg(m_summary.unitName, m_summary.unitCode)
                                      : tr("Workload: the whole office"));
    const WorkloadFigures &t = m_summary.total;
    const auto ej = t.efficiencyValue();
    const Grade grade = t.grade(m_summary.thresholds);
    m_totals->setText(tr("As of %1: need %2, in post %3, gap %4 (surplus %5, shortage %6); EJ %7, grade %8 (%9). "
                         "Retiring within 5 years: %10. WKE %11 hours a year.")
                          .arg(indonesian::longDate(m_summary.today), d2(t.need), indonesian::number(t.inPost),
                               d2(t.gap()), d2(t.surplus), d2(t.shortage),
                               ej ? indonesian::decimal(*ej, 2) : QStringLiteral("–"), gradeLetter(grade),
                               gradeName(grade))
                          .arg(indonesian::number(t.retiringTotal()), indonesian::decimal(m_summary.wkeHours, 0)));
    rebuildCharts();
    updateControls();
    // Positions of the demo catalogue and regions have no codes: no empty column then.
    bool anyCode = false;
    for (const WorkloadRow &row : m_summary.rows)
        anyCode = anyCode || !row.code.isEmpty();
    m_breakdownView->setColumnHidden(WorkloadBreakdownModel::Code, !anyCode);
    m_breakdownView->resizeColumnsToContents();
    m_breakdownView->setColumnWidth(WorkloadBreakdownModel::Name,
                                    std::min(m_breakdownView->columnWidth(WorkloadBreakdownModel::Name), 360));
    m_outlookView->resizeColumnsToContents();
    m_gradeView->resizeColumnsToContents();
}

void WorkloadDashboard::updateControls() {
    if (!m_snapshot)
        return;
    const auto *unit = m_snapshot->unit(m_unitId);
    const bool hasSubUnits = !unit || !unit->children.empty();
    {
        const QSignalBlocker block(m_groupingBox);
        m_groupingBox->setCurrentIndex(m_groupingBox->findData(int(m_summary.grouping)));
        if (auto *items = qobject_cast<QStandardItemModel *>(m_groupingBox->model()))
            items->item(0)->setEnabled(hasSubUnits);
    }
    m_upButton->setEnabled(unit != nullptr);
    m_teacherButton->setEnabled(unit && unit->kind == UnitKind::School);
    m_abkButton->setEnabled(unit && m_summary.grouping == WorkloadGrouping::Position &&
                            m_breakdownView->currentIndex().isValid());
}

void WorkloadDashboard::rebuildCharts() {
    const workloadcharts::BarChart needs = workloadcharts::needVsStaff(m_summary);
    const workloadcharts::BarChart gaps = workloadcharts::gap(m_summary);
    m_barRows = {needs.rows, gaps.rows};
    const std::array<QChart *, 4> charts{needs.chart, gaps.chart, workloadcharts::grades(m_summary),
                                         workloadcharts::outlook(m_summary)};
    for (std::size_t i = 0; i < charts.size(); ++i) {
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
    for (Chart chart : {Chart::NeedVsStaff, Chart::Gap}) {
        for (QAbstractSeries *series : charts[std::size_t(chart)]->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(series);
            if (!bars)
                continue;
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::clicked, this, [this, chart](int index) { barClicked(chart, index); });
                connect(set, &QBarSet::hovered, this,
                        [this, chart](bool status, int index) { barHovered(chart, status, index); });
            }
        }
    }
    // Grades and outlook: the exact figures on hover.
    for (QAbstractSeries *series : charts[std::size_t(Chart::Grades)]->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
                    if (!status || index < 0 || index >= 5) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(QCursor::pos(),
                                       tr("Grade %1 (%2), EJ %3: %n row(s)", "", m_summary.gradeCounts[std::size_t(index)])
                                           .arg(gradeLetter(Grade(index)), gradeName(Grade(index)),
                                                m_grades->rangeText(Grade(index))));
                });
    for (QAbstractSeries *series : charts[std::size_t(Chart::Outlook)]->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
                    if (!status || index < 0 || index >= m_summary.outlook.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    const RetirementYear &y = m_summary.outlook.at(index);
                    QToolTip::showText(QCursor::pos(), tr("%1: %n retiring\nStaff at year end %2, need %3\n"
                                                          "Projected gap %4, projected shortage %5",
                                                          "", y.retiring)
                                                           .arg(QString::number(y.year), indonesian::number(y.staff),
                                                                d2(y.need), d2(y.gap), d2(y.shortage)));
                });
}

int WorkloadDashboard::rowOfBar(Chart chart, int barIndex) const {
    if (chart != Chart::NeedVsStaff && chart != Chart::Gap)
        return -1;
    const QList<int> &rows = m_barRows[std::size_t(chart)];
    return barIndex >= 0 && barIndex < rows.size() ? rows.at(barIndex) : -1;
}

QString WorkloadDashboard::rowToolTip(int row) const {
    if (row < 0 || row >= m_summary.rows.size())
        return {};
    const WorkloadRow &r = m_summary.rows.at(row);
    const WorkloadFigures &f = r.figures;
    const auto ej = f.efficiencyValue();
    QString text = tr("%1\nNeed %2, in post %3\nGap %4 (surplus %5, shortage %6)\nEJ %7, grade %8")
                       .arg(r.name, d2(f.need), indonesian::number(f.inPost), d2(f.gap()), d2(f.surplus),
                            d2(f.shortage), ej ? indonesian::decimal(*ej, 2) : QStringLiteral("–"),
                            gradeLetter(f.grade(m_summary.thresholds)));
    if (m_summary.grouping == WorkloadGrouping::Unit && !r.ownPosts)
        text += QLatin1Char('\n') + tr("Click to open this unit.");
    return text;
}

void WorkloadDashboard::barHovered(Chart chart, bool status, int barIndex) {
    if (!status) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), rowToolTip(rowOfBar(chart, barIndex)));
}

void WorkloadDashboard::barClicked(Chart chart, int barIndex) { drillInto(rowOfBar(chart, barIndex)); }

void WorkloadDashboard::drillInto(int row) {
    if (row < 0 || row >= m_summary.rows.size())
        return;
    const WorkloadRow &r = m_summary.rows.at(row);
    if (m_summary.grouping == WorkloadGrouping::Position) {
        // The ABK belongs to one unit: open it when the position is a post of the selected unit itself.
        const auto *unit = m_snapshot ? m_snapshot->unit(m_unitId) : nullptr;
        if (unit && (unit->children.empty() || m_snapshot->post(m_unitId, r.id).posts > 0))
            openAbk(r.id);
        return;
    }
    if (m_summary.grouping != WorkloadGrouping::Unit || r.ownPosts || r.id == m_unitId)
        return;
    const qint64 id = r.id;
    selectUnit(id);
    emit unitActivated(id);
}

Status WorkloadDashboard::exportChart(Chart chart, const QString &path) const {
    QChart *c = m_views[std::size_t(chart)]->chart();
    if (!c)
        return Status::failure(tr("There is no chart to save."));
    return chartexporter::save(c, path);
}

WorkloadReport WorkloadDashboard::report() const {
    QList<WorkloadReport::Chart> charts;
    for (QChartView *view : m_views)
        if (view->chart())
            charts << WorkloadReport::Chart{view->chart()->title(), chartexporter::render(view->chart(), {640, 420}, 1.5)};
    return WorkloadReport(m_summary, OfficeInfo::load(m_db.connection()).name, charts, Clock::today());
}

Status WorkloadDashboard::writeReportPdf(const QString &path) const { return report().writePdf(path); }

std::optional<QString> WorkloadDashboard::askSavePath(const QString &title, const QString &suggested,
                                                      const QString &filter) {
    if (nextSaveFileName()) {
        const std::optional<QString> answer = *nextSaveFileName();
        nextSaveFileName().reset();
        return answer && !answer->isEmpty() ? answer : std::nullopt;
    }
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

void WorkloadDashboard::showError(const QString &message) {
    if (nextSaveFileName() || previewHandler()) // under test: no modal box
        return;
    QMessageBox::warning(this, tr("Workload"), message);
}

void WorkloadDashboard::saveChartAs(Chart chart) {
    const QString base = m_summary.unitCode.isEmpty() ? tr("workload") : m_summary.unitCode;
    const auto path = askSavePath(tr("Save chart"), base + QStringLiteral(".png"),
                                  tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path)
        return;
    if (Status s = exportChart(chart, *path); !s)
        showError(s.error());
}

void WorkloadDashboard::saveReportAsPdf() {
    const QString base = m_summary.unitCode.isEmpty() ? tr("workload") : m_summary.unitCode;
    const auto path = askSavePath(tr("Save report"), base + QStringLiteral(".pdf"), tr("PDF document (*.pdf)"));
    if (!path)
        return;
    if (Status s = writeReportPdf(*path); !s)
        showError(s.error());
}

void WorkloadDashboard::printReport() {
    const WorkloadReport r = report();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print workload report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&r](QPrinter *p) { r.print(p); });
    if (previewHandler())
        previewHandler()(dialog);
    else
        dialog.exec();
}

void WorkloadDashboard::openTeacherNeed() {
    const auto *unit = m_snapshot ? m_snapshot->unit(m_unitId) : nullptr;
    if (!unit || unit->kind != UnitKind::School)
        return;
    auto *dialog = new TeacherNeedDialog(m_db, unit->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkloadDashboard::openAbk(qint64 positionId) {
    if (m_unitId == 0 || positionId == 0)
        return;
    auto *dialog = new AbkTaskDialog(m_db, m_unitId, positionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace imbang
