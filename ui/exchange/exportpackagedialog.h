#pragma once

#include "exchange/packageexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace imbang {
class Database;
}

namespace imbang::exchangeui {

class ExchangeWorker;

// File > Export package: what to send (all data or chosen units with their sub-units), to which
// trusted office (the package is then encrypted for it; also for "only changes since the last
// package"), or to anyone after an explicit "not encrypted" choice; where to save it. The export runs
// in a worker thread with a progress bar and a Cancel button.
class ExportPackageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportPackageDialog(const Database &database, QWidget *parent = nullptr);
    ~ExportPackageDialog() override;

    // For tests and for callers that preset the dialog.
    void setFileName(const QString &path);
    void chooseUnits(const QStringList &codes);
    void chooseTargetOffice(const QString &officeName, bool sinceLast);
    // "Any office" packages are not encrypted: the officer must tick this before exporting one.
    void allowUnencrypted(bool allow);
    bool canExport() const;
    exchange::ExportOptions options() const;
    bool isRunning() const;
    void waitForFinished();

public slots:
    void startExport();
    void chooseFile(); // the "Choose…" button

signals:
    void exported(const imbang::exchange::ExportSummary &summary);
    void failed(const QString &message);

private:
    void updateState();
    void finish(const QString &error);
    void filterUnits(const QString &text);
    void reject() override;

    const Database &m_database;
    ExchangeWorker *m_worker;
    QRadioButton *m_allData;
    QRadioButton *m_someUnits;
    QLineEdit *m_unitFilter;
    QTreeWidget *m_units;
    QComboBox *m_target;
    QCheckBox *m_sinceLast;
    QCheckBox *m_unencrypted;
    QLabel *m_encryption;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    std::shared_ptr<Expected<exchange::ExportSummary>> m_result;
};

} // namespace imbang::exchangeui
