#pragma once

#include "exchange/importpreview.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace imbang {
class Database;
namespace exchange {
class PackageImporter;
}
} // namespace imbang

namespace imbang::exchangeui {

class ExchangeWorker;

// File > Import package (and `imbang FILE.imbang`): who signed the package (fingerprint, trust), what
// importing it would change per entity, the conflicts with "keep mine / take theirs" per record, and
// Apply. Comparison and import run in a worker thread; nothing is saved before Apply.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportPreviewDialog(const Database &database, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    // Reads and checks the package; a trusted signer's package is compared at once. False (with the
    // reason shown in the dialog and returned by errorText()) for a damaged or unreadable file.
    bool openPackage(const QString &path);
    // Asks for a file (File > Import package) and opens it; false when cancelled or unreadable.
    bool chooseAndOpen();

    // For tests and scripted use.
    void setTrustConfirmed(bool confirmed);
    void setResolution(const QString &conflictKey, exchange::Resolution resolution);
    void setAllResolutions(exchange::Resolution resolution);
    exchange::Resolutions resolutions() const;
    const exchange::ImportPreview *preview() const { return m_preview.get(); }
    const exchange::ImportResult *result() const { return m_result.get(); }
    QString errorText() const;
    bool isRunning() const;
    void waitForFinished();

public slots:
    void startPreview();
    void startImport();

signals:
    void previewReady();
    void imported(int changes);
    void failed(const QString &message);

private:
    void showSigner();
    void showPreview();
    void showError(const QString &message);
    void updateState();
    void reject() override;

    const Database &m_database;
    ExchangeWorker *m_worker;
    std::shared_ptr<exchange::PackageImporter> m_importer;
    std::shared_ptr<exchange::ImportPreview> m_preview;
    std::shared_ptr<exchange::ImportResult> m_result;
    QString m_error;

    QWidget *m_signerBox;
    QLabel *m_sender;
    QLabel *m_fingerprint;
    QLabel *m_signerStatus;
    QLabel *m_encryption;
    QCheckBox *m_trust;
    QPushButton *m_compareButton;
    QTableWidget *m_counts;
    QLabel *m_conflictsTitle;
    QTreeWidget *m_conflicts;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
    QLabel *m_errorLabel;
    QLabel *m_countsTitle;
    QLabel *m_message;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPushButton *m_applyButton;
    QPushButton *m_closeButton;
};

} // namespace imbang::exchangeui
