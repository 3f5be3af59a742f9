#include "importcommitpage.h"

#include "importwizard.h"

#include "competence/ratingimporter.h"

#include "storage/database.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace imbang {

ImportCommitPage::ImportCommitPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setTitle(tr("Saving"));
    m_bar = new QProgressBar(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("Cancel the import"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportCommitPage::cancel);
}

ImportCommitPage::~ImportCommitPage() {
    // Closing the wizard while saving: stop the worker (its transaction rolls back) and wait for it.
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportCommitPage::isRunning() const { return m_thread && m_thread->isRunning(); }

void ImportCommitPage::cancel() {
    m_cancel = true;
    m_label->setText(tr("Cancelling..."));
}

void ImportCommitPage::initializePage() {
    m_ok = false;
    m_cancel = false;
    m_bar->setRange(0, std::max<int>(1, int(m_wizard->state().preview.rows.size())));
    m_bar->setValue(0);
    m_label->setText(tr("Saving %1 ...").arg(QFileInfo(m_wizard->state().path).fileName()));
    m_cancelButton->setEnabled(true);
    if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
        back->setEnabled(false);

    const ImportState &state = m_wizard->state();
    CommitOptions options;
    options.fileName = QFileInfo(state.path).fileName();
    options.fileSha256 = fileSha256(state.path);
    options.progress = [this](int done, int) {
        QMetaObject::invokeMethod(m_bar, [bar = m_bar, done] { bar->setValue(done); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    Database &db = m_wizard->database();
    const ImportPreview *preview = &state.preview; // not changed while this page is shown
    const Sheet *sheet = &state.currentSheet();
    delete m_thread;
    m_thread = QThread::create([this, &db, preview, sheet, options] {
        // The worker's own connection to the same file.
        Expected<CommitResult> result = Expected<CommitResult>::failure(QString());
        QString ratings;
        OpenResult sibling = db.openSibling();
        if (!sibling) {
            result = Expected<CommitResult>::failure(sibling.message);
        } else {
            result = ImportCommitter::commit(sibling.database->connection(), *preview, options);
            if (result)
                ratings = RatingImporter::importWithStaffList(sibling.database->connection(), *sheet);
        }
        sibling.database.reset();
        QMetaObject::invokeMethod(this, [this, result, ratings] {
            m_wizard->state().ratingsOutcome = ratings;
            finish(result);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportCommitPage::finish(const Expected<CommitResult> &result) {
    if (m_thread)
        m_thread->wait();
    m_cancelButton->setEnabled(false);
    if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
        back->setEnabled(!result.ok());
    ImportState &state = m_wizard->state();
    m_ok = result.ok();
    if (m_ok) {
        state.result = *result;
        state.committed = true;
        MappingStore(m_wizard->database().connection()).remember(state.mapping);
        m_bar->setValue(m_bar->maximum());
        m_label->setText(tr("Saved."));
        emit committed(result->batchId);
    } else {
        m_label->setText(m_cancel ? tr("The import was cancelled; nothing was saved.")
                                  : tr("Saving failed; nothing was saved. %1").arg(result.error()));
    }
    emit completeChanged();
    emit finished(m_ok);
    if (m_ok)
        wizard()->next();
}

void ImportCommitPage::cleanupPage() {
    if (isRunning()) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ImportCommitPage::isComplete() const { return m_ok; }

} // namespace imbang
