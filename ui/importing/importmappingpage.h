#pragma once

#include <QWizardPage>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace imbang {

class ImportWizard;

// Step 2: which row holds the headers and which field each column fills, one combo box per column.
// The mapping is proposed from the header texts (or remembered from an earlier file with the same
// headers) and remembered again after a successful import.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    void setField(int column, int field); // test hook and combo handler

private:
    void headerRowChanged(int spreadsheetRow);
    void fill();
    ImportWizard *m_wizard;
    QSpinBox *m_headerRow;
    QTableWidget *m_table;
    QLabel *m_note;
};

} // namespace imbang
