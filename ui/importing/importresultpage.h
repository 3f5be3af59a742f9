#pragma once

#include <QWizardPage>

class QLabel;

namespace imbang {

class ImportWizard;

// Step 5: what the import did, and the error report for the agency.
class ImportResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);
    void initializePage() override;
    QString summary() const;

private:
    ImportWizard *m_wizard;
    QLabel *m_text;
};

} // namespace imbang
