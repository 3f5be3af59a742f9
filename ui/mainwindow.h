#pragma once

#include "util/expected.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QThread;
class QMenu;
class QStackedWidget;

namespace imbang {
class Database;
}

namespace imbang::ui {

class EmployeeActions;
class UnitActions;
class WelcomePage;
class Workspace;
class SessionController;

// The application window: the welcome page while no database is open, the workspace once one is.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false after telling the officer why (the message box goes through dialoghooks).
    bool openDatabase(const QString &path);
    bool createDatabase(const QString &path, const QString &officeName, const QString &region);
    bool openDemo(const QString &path = {}, int employees = 5000);
    void closeDatabase();
    bool importRatings(); // Data > Import performance predicates: asks for the file
    // The integrity check of the opened file runs in a worker after the first paint (OpenOptions::
    // deferIntegrityCheck); this waits for it and applies the result (a damaged file is closed again).
    void waitForIntegrityCheck();

    Database *database() const { return m_database.get(); }
    Workspace *workspace() const { return m_workspace; }
    EmployeeActions *employeeActions() const { return m_employeeActions; }
    UnitActions *unitActions() const { return m_unitActions; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showWorkspace(bool offerAccounts);
    void updateTitle();
    void updateCounts(int listed);
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    void showSettings();
    void showAbout();
    void importStaffList();
    void exportPackage();
    void importPackage();

public:
    // Opens an exchange package (imbang FILE.imbang): into the open database, else the office's
    // default one; shows the import preview.
    bool openPackageFile(const QString &path);

private:
    void showImportHistory();
    void saveWindowState();
    void restoreWindowState();
    void startIntegrityCheck();
    void finishIntegrityCheck();

    std::unique_ptr<Database> m_database;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    Workspace *m_workspace = nullptr;
    SessionController *m_session = nullptr; // login and idle lock of the open database
    QMenu *m_recentMenu = nullptr;
    QMenu *m_employeeMenu = nullptr;
    QMenu *m_unitMenu = nullptr;
    QMenu *m_columnMenu = nullptr;
    QMenu *m_dataMenu = nullptr;
    EmployeeActions *m_employeeActions = nullptr; // owned by the workspace
    UnitActions *m_unitActions = nullptr;         // owned by the workspace
    QLabel *m_countLabel;
    QLabel *m_fileLabel;
    QList<QAction *> m_databaseActions; // enabled only while a database is open
    QThread *m_integrityThread = nullptr;
    Status m_integrityResult; // written by the worker, read after it finished
};

} // namespace imbang::ui
