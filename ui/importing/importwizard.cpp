#include "importwizard.h"

#include "importcommitpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importresultpage.h"

namespace imbang {

ImportWizard::ImportWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db) {
    setWindowTitle(tr("Import staff list"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    auto *commit = new ImportCommitPage(this);
    setPage(CommitPage, commit);
    setPage(ResultPage, new ImportResultPage(this));
    connect(commit, &ImportCommitPage::committed, this, &ImportWizard::imported);
    // Closing the wizard while it saves cancels the save (its transaction rolls back).
    connect(this, &QDialog::rejected, commit, [commit] {
        if (commit->isRunning())
            commit->cancel();
    });
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    resize(1000, 640);
}

bool ImportWizard::openFile(const QString &path) {
    auto *page = qobject_cast<ImportFilePage *>(this->page(FilePage));
    return page && page->openFile(path);
}

} // namespace imbang
