#include "importresultpage.h"

#include "importprompts.h"
#include "importwizard.h"

#include "importing/errorreport.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace imbang {

ImportResultPage::ImportResultPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Import finished"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *report = new QPushButton(tr("Save error &report for the agency..."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(report, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(report, &QPushButton::clicked, this, [this] {
        const ImportState &state = m_wizard->state();
        const QString path = ImportPrompts::saveFileName(this, tr("Save error report"),
                                                         QFileInfo(state.path).completeBaseName() + tr("-problems.xlsx"),
                                                         tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = ErrorReport(state.currentSheet(), state.preview).write(path); !s)
            ImportPrompts::warn(this, tr("The report was not saved"), s.error());
    });
}

QString ImportResultPage::summary() const { return m_text->text(); }

void ImportResultPage::initializePage() {
    const CommitResult &r = m_wizard->state().result;
    QStringList lines{
        tr("%1 was imported as import number %2.").arg(QFileInfo(m_wizard->state().path).fileName()).arg(r.batchId),
        tr("New employees: %1").arg(r.counts.inserted), tr("Updated: %1").arg(r.counts.updated),
        tr("Unchanged: %1").arg(r.counts.unchanged), tr("Rows skipped because of errors: %1").arg(r.counts.rejected)};
    if (r.pending)
        lines << tr("Changed units or positions kept for a decision or a transfer: %1").arg(r.pending);
    if (r.positionsAdded)
        lines << tr("Positions added to the catalogue: %1").arg(r.positionsAdded);
    if (r.unitsAdded)
        lines << tr("Units added: %1").arg(r.unitsAdded);
    if (!m_wizard->state().ratingsOutcome.isEmpty())
        lines << m_wizard->state().ratingsOutcome;
    lines << QString() << tr("\"Import history\" can undo this import.");
    m_text->setText(lines.join(QLatin1Char('\n')));
}

} // namespace imbang
