#pragma once

#include "importing/importcommitter.h"

#include <QWizardPage>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace imbang {

class ImportWizard;

// Step 4: saves the preview in a worker thread with its own database connection, with a progress
// bar and Cancel. Cancel or failure leaves the database as it was (one transaction).
class ImportCommitPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportCommitPage(ImportWizard *wizard);
    ~ImportCommitPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();

signals:
    void committed(qint64 batchId);
    void finished(bool ok);

private:
    void finish(const Expected<CommitResult> &result);
    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancelButton;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_ok = false;
};

} // namespace imbang
