#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace imbang {

class ImportWizard;

// Step 1: the file and, for workbooks with several sheets, the sheet (the first with data by default).
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool openFile(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_sheet;
    QLabel *m_info;
};

} // namespace imbang
