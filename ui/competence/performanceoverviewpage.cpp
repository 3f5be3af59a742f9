#include "performanceoverviewpage.h"

#include "competence/performancecharts.h"
#include "competence/performancereport.h"
#include "domain/nip.h"
#include "printing/documentprinter.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "storage/officeinfo.h"
#include "util/clock.h"
#include "util/dialoghooks.h"
#include "util/indonesianformat.h"
#include "workload/chartexporter.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace imbang::ui {
namespace {

// A number cell that sorts as a number.
QStandardItem *numberItem(int value) {
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QList<QStandardItem *> countItems(const RatingDistribution &row) {
    QList<QStandardItem *> items;
    for (const PerformancePredicate p : performance::all())
        items << numberItem(row.count(p));
    items << numberItem(row.unrated) << numberItem(row.staff) << numberItem(row.dueForRotation);
    return items;
}

QTableView *newTable(QStandardItemModel *model, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PerformanceOverviewPage::PerformanceOverviewPage(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_year(new QSpinBox(this)), m_chartView(new QChartView(this)),
      m_distribution(new QStandardItemModel(this)), m_rotation(new QStandardItemModel(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);

    // Ratings are given after the year ends: last year is the latest complete one.
    m_year->setRange(2000, Clock::today().year());
    m_year->setValue(Clock::today().year() - 1);
    auto *yearLabel = new QLabel(tr("Rating &year:"), this);
    yearLabel->setBuddy(m_year);
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(print);
    bar->addWidget(pdf);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(380, 220);
    m_distributionTable = newTable(m_distribution, this);
    m_rotationTable = newTable(m_rotation, this);
    m_rotationTable->setToolTip(tr("Double-click a person to open them in the employee list."));
    auto *rotationBox = new QWidget(this);
    auto *rotationLayout = new QVBoxLayout(rotationBox);
    rotationLayout->setContentsMargins(0, 0, 0, 0);
    auto *rotationLabel = new QLabel(rotationBox);
    rotationLabel->setObjectName(QStringLiteral("rotationLabel"));
    rotationLayout->addWidget(rotationLabel);
    rotationLayout->addWidget(m_rotationTable);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chartView);
    top->addWidget(m_distributionTable);
    top->setSizes({520, 680}); // set sizes: the table asks for little room and would squeeze the chart
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(rotationBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &PerformanceOverviewPage::recompute);
    connect(print, &QPushButton::clicked, this, &PerformanceOverviewPage::printReport);
    connect(pdf, &QPushButton::clicked, this, &PerformanceOverviewPage::saveReportAsPdf);
    connect(m_rotationTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { activateRotationRow(index.row()); });
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            recompute();
    });
}

PerformanceOverviewPage::~PerformanceOverviewPage() = default;

void PerformanceOverviewPage::setUnit(qint64 unitId, const QString &region) {
    m_unitId = unitId;
    m_region = region;
    m_stale = true;
    if (isVisible())
        recompute();
}

void PerformanceOverviewPage::setYear(int year) { m_year->setValue(year); }
int PerformanceOverviewPage::year() const { return m_year->value(); }

void PerformanceOverviewPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void PerformanceOverviewPage::recompute() {
    m_stale = false;
    auto overview = performanceoverview::compute(m_database.connection(), m_unitId, m_region, year());
    if (!overview) {
        m_summary->setText(overview.error());
        return;
    }
    m_overview = std::move(*overview);
    m_title->setText(m_overview.scopeName);
    const RatingDistribution &t = m_overview.total;
    const int good = t.count(PerformancePredicate::VeryGood) + t.count(PerformancePredicate::Good);
    m_summary->setText(
        tr("%n active employee(s). In %1: %2 rated at least Baik, %3 below Baik, %4 not rated. "
           "%5 in post for more than %6 years.",
           "", t.staff)
            .arg(m_overview.year)
            .arg(indonesian::number(good))
            .arg(indonesian::number(t.staff - good - t.unrated))
            .arg(indonesian::number(t.unrated))
            .arg(indonesian::number(t.dueForRotation))
            .arg(m_overview.rotationYears));
    fillDistribution();
    fillRotation();
    QChart *old = m_chartView->chart();
    m_chartView->setChart(performancecharts::distribution(m_overview));
    delete old; // QChartView does not delete the chart it replaces
    emit recomputed();
}

void PerformanceOverviewPage::fillDistribution() {
    m_distribution->clear();
    QStringList headers{tr("Unit")};
    for (const PerformancePredicate p : performance::all())
        headers << performance::displayName(p);
    headers << tr("Not rated") << tr("Staff") << tr("Due for rotation");
    m_distribution->setHorizontalHeaderLabels(headers);
    for (const RatingDistribution &row : std::as_const(m_overview.rows))
        m_distribution->appendRow(QList<QStandardItem *>{new QStandardItem(row.unitName)} + countItems(row));
    m_distributionTable->resizeColumnsToContents();
    m_distributionTable->setColumnWidth(0, std::min(m_distributionTable->columnWidth(0), 260));
}

void PerformanceOverviewPage::fillRotation() {
    m_rotation->clear();
    m_rotation->setHorizontalHeaderLabels({tr("Name"), tr("NIP"), tr("Position"), tr("Unit"), tr("In post since"),
                                           tr("Years in post"), tr("Rating %1").arg(m_overview.year)});
    for (const RotationCandidate &c : std::as_const(m_overview.dueForRotation)) {
        auto *name = new QStandardItem(c.name);
        name->setData(c.employeeId, Qt::UserRole);
        auto *since = new QStandardItem(indonesian::longDate(c.positionTmt));
        since->setData(c.positionTmt, Qt::UserRole + 1);
        auto *years = new QStandardItem(indonesian::decimal(c.monthsInPost / 12.0, 1));
        years->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rotation->appendRow({name, new QStandardItem(nip::grouped(c.nip, c.status)),
                               new QStandardItem(c.positionName), new QStandardItem(c.unitName), since, years,
                               new QStandardItem(c.rating ? performance::displayName(*c.rating) : tr("not rated"))});
    }
    m_rotationTable->resizeColumnsToContents();
    if (auto *label = findChild<QLabel *>(QStringLiteral("rotationLabel")))
        label->setText(tr("<b>Due for rotation</b>: %n person(s) in post for more than %1 years, longest first",
                          "", int(m_overview.dueForRotation.size()))
                           .arg(m_overview.rotationYears));
}

void PerformanceOverviewPage::activateRotationRow(int row) {
    const qint64 id = m_rotation->index(row, 0).data(Qt::UserRole).toLongLong();
    if (id)
        emit employeeActivated(id);
}

std::unique_ptr<QTextDocument> PerformanceOverviewPage::reportDocument() const {
    QChart *chart = m_chartView->chart();
    // As tall as the bars need: a chart of two units should not take half a page.
    const int height = std::clamp(int(140 + 36 * m_overview.rows.size()), 220, 460);
    const PerformanceReport report(m_overview, OfficeInfo::load(m_database.connection()).name,
                                   chart ? chartexporter::render(chart, {760, height}, 1.5) : QImage());
    return report.document();
}

PageSetup PerformanceOverviewPage::pageSetup() {
    PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = {15, 15, 15, 15};
    return setup;
}

Status PerformanceOverviewPage::writeReportPdf(const QString &path) const {
    return printing::writePdf(*reportDocument(), path, pageSetup(), tr("Performance report"));
}

void PerformanceOverviewPage::saveReportAsPdf() {
    const QString path = dialogs::saveFileName(this, tr("Save performance report"),
                                               tr("performance-%1.pdf").arg(m_overview.year), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = writeReportPdf(path); !s)
        dialogs::warning(this, tr("Performance report"), s.error());
}

void PerformanceOverviewPage::printReport() {
    printing::preview(*reportDocument(), tr("Print performance report"), pageSetup(), this);
}

} // namespace imbang::ui
