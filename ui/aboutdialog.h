#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace imbang {

// Help > About: name, version, what the program is for, its licence (GPL-3.0-or-later, full text on a
// tab) and the libraries it runs on with their versions and licences. "Copy details" puts the
// versions and the operating system on the clipboard, for reports to the developers.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text "Copy details" copies: program and library versions and the operating system.
    QString detailsText() const;

private:
    QWidget *createAboutPage();
    QWidget *createLibrariesPage();
    QWidget *createLicencePage();
    void copyDetails();

    QTreeWidget *m_libraries = nullptr;
};

} // namespace imbang
