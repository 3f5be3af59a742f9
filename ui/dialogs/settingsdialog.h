#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace imbang::ui {

// Settings: this computer's language, the office's operator name and retirement-age table. Other
// features add their pages with addPage().
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    void addPage(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QWidget *makeGeneralPage();
    QWidget *makeRetirementPage();

    QSqlDatabase m_db;
    QTabWidget *m_tabs;
    QComboBox *m_language = nullptr;
    QLineEdit *m_operator = nullptr;
    QTableWidget *m_retirement = nullptr;
    bool m_languageChanged = false;
};

} // namespace imbang::ui
