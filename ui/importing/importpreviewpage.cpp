#include "importpreviewpage.h"

#include "importprompts.h"
#include "importwizard.h"

#include "importing/errorreport.h"
#include "records/unitrepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imbang {

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Nothing has been saved yet. Rows with errors are skipped; point at a marked cell to read "
                   "what is wrong."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("All rows"), int(ImportPreviewModel::Filter::All));
    m_filter->addItem(tr("Rows that need attention"), int(ImportPreviewModel::Filter::Problems));
    m_filter->addItem(tr("Rows with errors"), int(ImportPreviewModel::Filter::Errors));
    m_filter->addItem(tr("Changed unit or position"), int(ImportPreviewModel::Filter::Discrepancies));
    auto *report = new QPushButton(tr("Save error &report..."), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    top->addWidget(report);

    m_model = new ImportPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->setWordWrap(false);

    auto *decisionBox = new QGroupBox(tr("Known employee with another unit or position"), this);
    m_decision = new QComboBox(decisionBox);
    m_decision->addItem(tr("Correct the record (data correction)"), int(DiscrepancyDecision::Correction));
    m_decision->addItem(tr("Record as a transfer (kept for the transfer workflow)"), int(DiscrepancyDecision::Transfer));
    m_decision->addItem(tr("Decide later (record left unchanged)"), int(DiscrepancyDecision::Undecided));
    m_applyDecision = new QPushButton(tr("Apply to selected rows"), decisionBox);
    auto *decisionLayout = new QHBoxLayout(decisionBox);
    decisionLayout->addWidget(m_decision, 1);
    decisionLayout->addWidget(m_applyDecision);

    auto *unitBox = new QGroupBox(tr("Units not in the unit list"), this);
    m_units = new QTableWidget(0, 2, unitBox);
    m_units->setHorizontalHeaderLabels({tr("Unit as written"), tr("Use")});
    m_units->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_units->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_units->verticalHeader()->hide();
    m_units->setMaximumHeight(130);
    m_applyUnits = new QPushButton(tr("Apply unit choices"), unitBox);
    auto *unitLayout = new QHBoxLayout(unitBox);
    unitLayout->addWidget(m_units, 1);
    unitLayout->addWidget(m_applyUnits, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(decisionBox);
    layout->addWidget(unitBox);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilter(ImportPreviewModel::Filter(m_filter->currentData().toInt())); });
    connect(m_applyDecision, &QPushButton::clicked, this, &ImportPreviewPage::applySelectedDecision);
    connect(m_applyUnits, &QPushButton::clicked, this, &ImportPreviewPage::applyUnitChoices);
    connect(report, &QPushButton::clicked, this, [this] {
        const QString suggested = QFileInfo(m_wizard->state().path).completeBaseName() + tr("-problems.xlsx");
        const QString path = ImportPrompts::saveFileName(this, tr("Save error report"), suggested,
                                                         tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            saveReport(path);
    });
}

void ImportPreviewPage::initializePage() {
    setButtonText(QWizard::NextButton, tr("&Import"));
    refresh();
}

void ImportPreviewPage::refresh() {
    const ImportState &state = m_wizard->state();
    m_model->setData(&state.currentSheet(), &state.preview);
    m_view->setColumnWidth(ImportPreviewModel::RowColumn, 50);
    m_view->setColumnWidth(ImportPreviewModel::StatusColumn, 110);
    m_view->setColumnWidth(ImportPreviewModel::MessageColumn, 360);
    const ImportCounts c = state.preview.counts();
    QString text = tr("%1 rows: %2 new, %3 to update, %4 unchanged, %5 with errors (skipped).")
                       .arg(c.total)
                       .arg(c.inserted)
                       .arg(c.updated)
                       .arg(c.unchanged)
                       .arg(c.rejected);
    if (c.discrepancies)
        text += QLatin1Char(' ') + tr("%n known employee(s) with another unit or position.", "", c.discrepancies);
    if (!state.preview.newPositions.isEmpty())
        text += QLatin1Char(' ') + tr("%n new position(s) will be added to the catalogue.", "",
                                      int(state.preview.newPositions.size()));
    m_summary->setText(text);

    // Unit names that matched nothing: offer the closest units, creating one, or leaving the rows out.
    UnitRepository units(m_wizard->database().connection());
    m_units->setRowCount(int(state.preview.unmatchedUnits.size()));
    for (int i = 0; i < state.preview.unmatchedUnits.size(); ++i) {
        const auto &[name, candidates] = state.preview.unmatchedUnits.at(i);
        m_units->setItem(i, 0, new QTableWidgetItem(name));
        auto *combo = new QComboBox(m_units);
        combo->addItem(tr("Leave these rows out"), 0);
        for (qint64 id : candidates)
            if (const auto u = units.byId(id))
                combo->addItem(tr("%1 (%2)").arg(u->name, u->code), id);
        combo->addItem(tr("Create a new unit \"%1\"").arg(name), AnalyzeOptions::createUnit);
        m_units->setCellWidget(i, 1, combo);
    }
    m_units->parentWidget()->setVisible(!state.preview.unmatchedUnits.isEmpty() || !state.preview.newUnits.isEmpty());
    m_applyDecision->parentWidget()->setVisible(c.discrepancies > 0);
}

void ImportPreviewPage::reanalyze() {
    ImportState &state = m_wizard->state();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = ImportAnalyzer::analyze(m_wizard->database().connection(), state.currentSheet(), state.mapping,
                                           state.options);
    QApplication::restoreOverrideCursor();
    if (!preview) {
        ImportPrompts::warn(this, tr("The file cannot be checked"), preview.error());
        return;
    }
    state.preview = std::move(preview).value();
    refresh();
}

void ImportPreviewPage::decide(const QList<int> &previewRows, DiscrepancyDecision decision) {
    ImportState &state = m_wizard->state();
    for (int r : previewRows)
        if (r >= 0 && r < state.preview.rows.size() && state.preview.rows.at(r).discrepancy)
            state.options.decisions.insert(state.preview.rows.at(r).sheetRowIndex, decision);
    reanalyze();
}

void ImportPreviewPage::applySelectedDecision() {
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_model->previewRow(i.row());
    decide(rows, DiscrepancyDecision(m_decision->currentData().toInt()));
}

void ImportPreviewPage::chooseUnit(const QString &writtenName, qint64 unitIdOrCreate) {
    ImportState &state = m_wizard->state();
    if (unitIdOrCreate == 0)
        state.options.unitChoices.remove(AnalyzeOptions::unitKey(writtenName));
    else
        state.options.unitChoices.insert(AnalyzeOptions::unitKey(writtenName), unitIdOrCreate);
}

void ImportPreviewPage::applyUnitChoices() {
    for (int i = 0; i < m_units->rowCount(); ++i)
        if (auto *combo = qobject_cast<QComboBox *>(m_units->cellWidget(i, 1)))
            chooseUnit(m_units->item(i, 0)->text(), combo->currentData().toLongLong());
    reanalyze();
}

bool ImportPreviewPage::saveReport(const QString &path) {
    const ImportState &state = m_wizard->state();
    if (Status s = ErrorReport(state.currentSheet(), state.preview).write(path); !s) {
        ImportPrompts::warn(this, tr("The report was not saved"), s.error());
        return false;
    }
    return true;
}

} // namespace imbang
