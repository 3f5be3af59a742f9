#pragma once

#include "importpreviewmodel.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace imbang {

class ImportWizard;

// Step 3: the preview. Every row with its status and messages, the faulty cell marked; the officer
// decides on changed units/positions of known employees and on unit names that matched nothing,
// and can save the error report for the agency. Nothing is written yet.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;

    ImportPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Test hooks and button handlers.
    void decide(const QList<int> &previewRows, DiscrepancyDecision decision);
    void chooseUnit(const QString &writtenName, qint64 unitIdOrCreate);
    bool saveReport(const QString &path);

private:
    void reanalyze();
    void refresh();
    void applySelectedDecision();
    void applyUnitChoices();
    ImportWizard *m_wizard;
    ImportPreviewModel *m_model;
    QLabel *m_summary;
    QComboBox *m_filter;
    QTableView *m_view;
    QComboBox *m_decision;
    QPushButton *m_applyDecision;
    QTableWidget *m_units;
    QPushButton *m_applyUnits;
};

} // namespace imbang
