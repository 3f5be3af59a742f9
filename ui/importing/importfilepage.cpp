#include "importfilepage.h"

#include "importprompts.h"
#include "importwizard.h"

#include "settings/settingkeys.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace imbang {

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A staff list from an agency: Excel (.xlsx), LibreOffice (.ods) or CSV (.csv), for example "
                   "SIASN's \"Export Data ASN\"."));
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_sheet = new QComboBox(this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), row);
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(m_info);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportFilePage::completeChanged);
}

void ImportFilePage::browse() {
    const QString path = ImportPrompts::openFileName(this, tr("Choose a staff list"),
                                                     tr("Spreadsheets (*.xlsx *.ods *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportFilePage::openFile(const QString &path) {
    ImportState &state = m_wizard->state();
    const Settings settings(m_wizard->database().connection());
    LoadOptions options;
    options.limits.maxRows = settings.get(settingkeys::importMaxRows);
    options.limits.maxInflatedBytes = quint64(settings.get(settingkeys::importMaxInflatedMb)) * 1024 * 1024;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto book = WorkbookLoader::load(path, options);
    QApplication::restoreOverrideCursor();
    m_sheet->clear();
    if (!book) {
        state.book = Workbook();
        state.path.clear();
        m_path->clear();
        m_info->setText(book.error());
        ImportPrompts::warn(this, tr("The file cannot be imported"), book.error());
        emit completeChanged();
        return false;
    }
    state.path = path;
    state.book = std::move(book).value();
    m_path->setText(QFileInfo(path).fileName());
    for (const Sheet &s : std::as_const(state.book.sheets))
        m_sheet->addItem(tr("%1 (%n row(s))", "", int(s.rows.size())).arg(s.name));
    const int first = state.book.firstSheetWithData();
    m_sheet->setCurrentIndex(std::max(first, 0));
    m_info->setText(first < 0 ? tr("Every sheet of this file is empty.") : QString());
    emit completeChanged();
    return first >= 0;
}

bool ImportFilePage::isComplete() const {
    const ImportState &state = m_wizard->state();
    const int i = m_sheet->currentIndex();
    return !state.path.isEmpty() && i >= 0 && i < state.book.sheets.size() && !state.book.sheets.at(i).rows.isEmpty();
}

bool ImportFilePage::validatePage() {
    ImportState &state = m_wizard->state();
    state.sheet = m_sheet->currentIndex();
    state.mapping = HeaderDetector::detect(state.currentSheet());
    MappingStore(m_wizard->database().connection()).apply(state.mapping);
    state.options = AnalyzeOptions();
    state.options.createMissingPositions = Settings(m_wizard->database().connection()).get(settingkeys::importCreatePositions);
    return true;
}

} // namespace imbang
