#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace imbang::ui {

// Settings: this computer's language, the office's operator name, retirement-age table, planner limits
// and the SKP score mapping. Other features add their pages with addPage().
class PlannerSettingsPage;
class ScoreMappingPage;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    void addPage(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    bool languageChanged() const { return m_languageChanged; }
    PlannerSettingsPage *plannerPage() const { return m_planner; }
    ScoreMappingPage *scoreMappingPage() const { return m_scoreMapping; }

    void accept() override;

private:
    QWidget *makeGeneralPage();
    QWidget *makeRetirementPage();

    QSqlDatabase m_db;
    QTabWidget *m_tabs;
    QComboBox *m_language = nullptr;
    QLineEdit *m_operator = nullptr;
    QTableWidget *m_retirement = nullptr;
    PlannerSettingsPage *m_planner = nullptr;
    ScoreMappingPage *m_scoreMapping = nullptr;
    bool m_languageChanged = false;
};

} // namespace imbang::ui
