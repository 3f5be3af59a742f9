#include "importmappingpage.h"

#include "importprompts.h"
#include "importwizard.h"

#include "importing/valueparser.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imbang {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Choose for every column of the file which field it holds. Columns set to \"(ignore)\" are "
                   "not imported. The NIP column is required."));
    m_headerRow = new QSpinBox(this);
    m_headerRow->setRange(1, 1048576);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Column names are in row:"), this));
    top->addWidget(m_headerRow);
    top->addStretch();
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Field")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportMappingPage::headerRowChanged);
}

void ImportMappingPage::initializePage() {
    const ImportState &state = m_wizard->state();
    const Sheet &sheet = state.currentSheet();
    const int index = std::max(state.mapping.headerRowIndex, 0);
    const QSignalBlocker block(m_headerRow);
    m_headerRow->setValue(sheet.rows.at(index).number);
    if (state.mapping.headerRowIndex < 0)
        headerRowChanged(m_headerRow->value());
    fill();
}

void ImportMappingPage::headerRowChanged(int spreadsheetRow) {
    ImportState &state = m_wizard->state();
    const Sheet &sheet = state.currentSheet();
    int index = -1;
    for (int i = 0; i < sheet.rows.size() && index < 0; ++i)
        if (sheet.rows.at(i).number >= spreadsheetRow)
            index = i;
    if (index < 0)
        index = int(sheet.rows.size()) - 1;
    ColumnMapping m;
    m.headerRowIndex = index;
    for (const Cell &c : sheet.rows.at(index).cells)
        m.headers << valueparser::cleanText(c);
    while (m.headers.size() < sheet.columnCount())
        m.headers << QString();
    m.fields = HeaderDetector::autoFields(m.headers);
    MappingStore(m_wizard->database().connection()).apply(m);
    state.mapping = m;
    fill();
}

void ImportMappingPage::fill() {
    const ImportState &state = m_wizard->state();
    const Sheet &sheet = state.currentSheet();
    const ColumnMapping &m = state.mapping;
    m_table->setRowCount(int(m.headers.size()));
    const QList<ImportField> fields = importfield::all();
    for (int c = 0; c < m.headers.size(); ++c) {
        const QString header = m.headers.at(c);
        m_table->setItem(c, 0, new QTableWidgetItem(header.isEmpty() ? columnLetter(c)
                                                                      : QStringLiteral("%1  %2").arg(columnLetter(c), header)));
        QStringList samples;
        for (int r = m.headerRowIndex + 1; r < sheet.rows.size() && samples.size() < 3; ++r)
            if (const QString v = sheet.rows.at(r).cell(c).displayText(); !v.isEmpty())
                samples << v;
        m_table->setItem(c, 1, new QTableWidgetItem(samples.join(QStringLiteral("  |  "))));
        auto *combo = new QComboBox(m_table);
        for (ImportField f : fields)
            combo->addItem(importfield::displayName(f), int(f));
        combo->setCurrentIndex(int(fields.indexOf(m.fields.value(c, ImportField::Ignore))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c, combo] { setField(c, combo->currentData().toInt()); });
        m_table->setCellWidget(c, 2, combo);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_note->setText(m.has(ImportField::Nip) ? QString()
                                            : tr("No column is mapped to NIP yet: choose the column that holds the NIP."));
}

void ImportMappingPage::setField(int column, int field) {
    ImportState &state = m_wizard->state();
    if (column < 0 || column >= state.mapping.fields.size())
        return;
    state.mapping.fields[column] = ImportField(field);
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 2)); combo && combo->currentData().toInt() != field) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(field));
    }
    m_note->setText(state.mapping.has(ImportField::Nip)
                        ? QString()
                        : tr("No column is mapped to NIP yet: choose the column that holds the NIP."));
}

bool ImportMappingPage::validatePage() {
    ImportState &state = m_wizard->state();
    if (Status s = ImportAnalyzer::checkMapping(state.currentSheet(), state.mapping); !s) {
        ImportPrompts::warn(this, tr("The columns are not complete"), s.error());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = ImportAnalyzer::analyze(m_wizard->database().connection(), state.currentSheet(), state.mapping,
                                           state.options);
    QApplication::restoreOverrideCursor();
    if (!preview) {
        ImportPrompts::warn(this, tr("The file cannot be checked"), preview.error());
        return false;
    }
    state.preview = std::move(preview).value();
    return true;
}

} // namespace imbang
