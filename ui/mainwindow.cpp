#include "mainwindow.h"

#include "aboutdialog.h"
#include "audit/audittrailwidget.h"
#include "decree/decreelistwidget.h"
#include "decree/decreetemplateeditor.h"
#include "transfers/transferregisterwidget.h"
#include "planner/plannerpage.h"
#include "competence/performanceoverviewpage.h"
#include "access/accountdialog.h"
#include "access/usermanagementdialog.h"
#include "competence/ratingimporter.h"
#include "importing/workbookloader.h"
#include "access/changepassworddialog.h"
#include "access/sessioncontroller.h"
#include "access/session.h"
#include "access/userrepository.h"
#include "workload/workloaddashboard.h"
#include "demo/demogenerator.h"
#include "exchange/exportpackagedialog.h"
#include "exchange/importpreviewdialog.h"
#include "exchange/trustedofficeswidget.h"
#include "importing/importbatchesdialog.h"
#include "importing/importwizard.h"
#include "dialogs/newdatabasedialog.h"
#include "dialogs/settingsdialog.h"
#include "models/employeetablemodel.h"
#include "models/unittreemodel.h"
#include "records/employeerepository.h"
#include "records/employeeactions.h"
#include "records/recordsview.h"
#include "undo/undofacade.h"
#include "units/unitactions.h"
#include "settings/settingkeys.h"
#include "audit/actor.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/officeinfo.h"
#include "util/dialoghooks.h"
#include "util/indonesianformat.h"
#include "util/recentfiles.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>

namespace imbang::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_countLabel(new QLabel(this)), m_fileLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    createActions();
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openDemo(); });
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openDatabase);
    updateTitle();
    resize(1280, 800);
    restoreWindowState();
}

MainWindow::~MainWindow() {
    if (m_integrityThread) { // it writes m_integrityResult
        m_integrityThread->wait();
        delete m_integrityThread;
    }
    // Views hold queries on the connection: they go before the database closes.
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &demo data"), this, [this] { openDemo(); });
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close database"), this, &MainWindow::closeDatabase);
    close->setShortcut(QKeySequence::Close);
    m_databaseActions << close;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find employee"), this, [this] {
        if (m_workspace)
            m_workspace->records()->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    m_databaseActions << find;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_columnMenu = view->addMenu(tr("&Columns"));
    m_employeeMenu = menuBar()->addMenu(tr("E&mployee"));
    m_unitMenu = menuBar()->addMenu(tr("&Unit"));
    m_dataMenu = menuBar()->addMenu(tr("&Data"));
    QAction *importStaff = m_dataMenu->addAction(tr("&Import staff list…"), this, &MainWindow::importStaffList);
    importStaff->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_dataMenu->addAction(tr("Import &history…"), this, &MainWindow::showImportHistory);
    m_dataMenu->addAction(tr("Import performance &predicates (SKP)…"), this, &MainWindow::importRatings);
    m_dataMenu->addSeparator();
    m_dataMenu->addAction(tr("&Export exchange package…"), this, &MainWindow::exportPackage);
    m_dataMenu->addAction(tr("Import exchange &package…"), this, &MainWindow::importPackage);
    m_databaseActions << m_dataMenu->menuAction();
    for (QMenu *m : {m_columnMenu, m_employeeMenu, m_unitMenu})
        m->setEnabled(false);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *password = tools->addAction(tr("Change &password…"), this, [this] {
        if (const auto user = access::currentUser()) {
            ChangePasswordDialog dialog(m_database->connection(), *user, false, this);
            dialogs::exec(dialog);
        } else {
            dialogs::information(this, tr("Change password"),
                                 tr("Nobody is logged in: this database has no user accounts yet. Create the first "
                                    "administrator with Tools > User accounts."));
        }
    });
    m_databaseActions << password;
    // Without accounts yet: create the first administrator. With accounts: the administrator's list.
    QAction *newUser = tools->addAction(tr("&User accounts…"), this, [this] {
        if (!UserRepository(m_database->connection()).hasAccounts()) {
            AccountDialog dialog(m_database->connection(), AccountDialog::Mode::FirstAdministrator, this);
            dialogs::exec(dialog);
            return;
        }
        UserManagementDialog dialog(m_database->connection(), this);
        dialogs::exec(dialog);
    });
    m_databaseActions << newUser;
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Imbang"), this, &MainWindow::showAbout);

    for (QAction *a : std::as_const(m_databaseActions))
        a->setEnabled(false);
}

bool MainWindow::openDatabase(const QString &path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    OpenOptions options;
    options.deferIntegrityCheck = true; // the list shows at once; the check follows in a worker
    OpenResult result = Database::open(path, options);
    QApplication::restoreOverrideCursor();
    if (!result) {
        dialogs::critical(this, tr("Cannot open the database"), result.message);
        return false;
    }
    closeDatabase();
    m_database = std::move(result.database);
    RecentFiles::add(path);
    startIntegrityCheck();
    showWorkspace(false);
    if (!m_database)
        return false;
    if (!result.message.isEmpty())
        dialogs::warning(this, tr("Opened read-only"), result.message);
    return true;
}

bool MainWindow::createDatabase(const QString &path, const QString &officeName, const QString &region) {
    OpenResult result = Database::create(path);
    if (!result) {
        dialogs::critical(this, tr("Cannot create the database"), result.message);
        return false;
    }
    OfficeInfo office;
    office.name = officeName;
    office.region = region;
    if (Status s = office.save(result.database->connection()); !s) {
        dialogs::critical(this, tr("Cannot create the database"), s.error());
        return false;
    }
    closeDatabase();
    m_database = std::move(result.database);
    RecentFiles::add(path);
    showWorkspace(true);
    return m_database != nullptr;
}

bool MainWindow::openDemo(const QString &requestedPath, int employees) {
    const QString path = requestedPath.isEmpty() ? defaultDemoDatabasePath() : requestedPath;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return openDatabase(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    OpenResult result = Database::create(path);
    Expected<DemoSummary> summary = result ? DemoGenerator::generate(result.database->connection(), {employees, 1, {}})
                                           : Expected<DemoSummary>::failure(result.message);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        result.database.reset();
        QFile::remove(path);
        dialogs::critical(this, tr("Cannot create the demo data"), summary.error());
        return false;
    }
    closeDatabase();
    m_database = std::move(result.database);
    showWorkspace(false);
    return m_database != nullptr;
}

void MainWindow::startIntegrityCheck() {
    if (!m_database || m_database->isVerified())
        return;
    statusBar()->showMessage(tr("Checking the file for damage…"));
    const QString path = m_database->path();
    m_integrityThread = QThread::create([this, path] { m_integrityResult = Database::checkIntegrity(path); });
    connect(m_integrityThread, &QThread::finished, this, &MainWindow::finishIntegrityCheck, Qt::QueuedConnection);
    m_integrityThread->start();
}

void MainWindow::waitForIntegrityCheck() {
    if (m_integrityThread)
        finishIntegrityCheck();
}

void MainWindow::finishIntegrityCheck() {
    if (!m_integrityThread)
        return; // already applied (waitForIntegrityCheck), or the database was closed
    m_integrityThread->wait();
    delete m_integrityThread;
    m_integrityThread = nullptr;
    if (!m_database)
        return;
    if (m_integrityResult) {
        m_database->markVerified();
        statusBar()->showMessage(tr("File checked: no damage found."), 5000);
        return;
    }
    const QString message = m_integrityResult.error();
    closeDatabase();
    dialogs::critical(this, tr("Cannot open the database"), message);
}

void MainWindow::closeDatabase() {
    if (m_integrityThread) { // a check of this file is running: its result no longer matters
        m_integrityThread->wait();
        delete m_integrityThread;
        m_integrityThread = nullptr;
    }
    if (!m_database)
        return;
    saveWindowState();
    m_stack->setCurrentWidget(m_welcome);
    for (QMenu *m : {m_columnMenu, m_employeeMenu, m_unitMenu}) {
        m->clear();
        m->setEnabled(false);
    }
    clearUndo(); // its commands refer to this database
    delete m_session; // logs out
    m_session = nullptr;
    delete m_workspace; // owns the action controllers
    m_workspace = nullptr;
    m_employeeActions = nullptr;
    m_unitActions = nullptr;
    m_database.reset();
    for (QAction *a : std::as_const(m_databaseActions))
        a->setEnabled(false);
    m_welcome->refreshRecent();
    m_countLabel->clear();
    m_fileLabel->clear();
    updateTitle();
}

void MainWindow::showWorkspace(bool offerAccounts) {
    // Log in first (a database with accounts), or offer the first administrator for a new office
    // database; cancelling the login closes the database again.
    // Logging in writes to the audit trail: the deferred integrity check must have passed first.
    if (UserRepository(m_database->connection()).hasAccounts()) {
        waitForIntegrityCheck();
        if (!m_database)
            return;
    }
    m_session = new SessionController(m_database->connection(), this);
    if (!m_session->start(offerAccounts && !dialogs::isTestMode())) {
        delete m_session;
        m_session = nullptr;
        m_database.reset();
        return;
    }
    connect(m_session, &SessionController::loggedOut, this, &MainWindow::closeDatabase);
    const QString operatorName = Settings(m_database->connection()).get(settingkeys::operatorName);
    if (!operatorName.isEmpty())
        actor::setCurrent(operatorName);
    m_workspace = new Workspace(*m_database, this);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    connect(m_workspace->records(), &RecordsView::listedCountChanged, this, &MainWindow::updateCounts);
    auto *dashboard = new WorkloadDashboard(*m_database, m_workspace, /*deferred=*/true);
    m_workspace->addPage(dashboard, tr("&Workload"));
    connect(m_workspace, &Workspace::unitSelected, dashboard, [dashboard](qint64 unitId) { dashboard->selectUnit(unitId); });
    connect(dashboard, &WorkloadDashboard::unitActivated, m_workspace, &Workspace::selectUnit);
    m_workspace->addPage(new TransferRegisterWidget(*m_database, m_workspace), tr("T&ransfers"));
    m_workspace->addPage(new DecreeListWidget(*m_database, m_workspace), tr("De&crees"));
    m_workspace->addPage(new PlannerPage(*m_database, m_workspace), tr("P&lanner"));
    auto *performance = new PerformanceOverviewPage(*m_database, m_workspace);
    m_workspace->addPage(performance, tr("Perf&ormance"));
    connect(performance, &PerformanceOverviewPage::employeeActivated, m_workspace, &Workspace::showEmployee);
    m_workspace->addPage(new AuditTrailWidget(*m_database, m_workspace), tr("&Audit trail"));
    m_employeeActions = new EmployeeActions(m_database->connection(), m_workspace->records(), this);
    m_unitActions = new UnitActions(m_database->connection(), m_workspace, this);
    m_employeeActions->setParent(m_workspace);
    m_unitActions->setParent(m_workspace);
    m_employeeActions->fillMenu(m_employeeMenu);
    m_employeeActions->fillColumnMenu(m_columnMenu);
    m_unitActions->fillMenu(m_unitMenu);
    m_employeeActions->setReadOnly(m_database->isReadOnly());
    for (QMenu *m : {m_columnMenu, m_employeeMenu, m_unitMenu})
        m->setEnabled(true);
    m_unitMenu->setEnabled(!m_database->isReadOnly());
    m_dataMenu->setEnabled(!m_database->isReadOnly());
    for (QAction *a : std::as_const(m_databaseActions))
        a->setEnabled(true);
    QSettings settings;
    m_workspace->splitter()->restoreState(settings.value(QStringLiteral("window/workspaceSplitter")).toByteArray());
    m_workspace->records()->splitter()->restoreState(
        settings.value(QStringLiteral("window/recordsSplitter")).toByteArray());
    updateTitle();
    updateCounts(m_workspace->records()->model()->rowCount());
    m_workspace->records()->focusSearch();
}

void MainWindow::updateTitle() {
    if (!m_database) {
        setWindowTitle(QStringLiteral("Imbang"));
        return;
    }
    const OfficeInfo office = OfficeInfo::load(m_database->connection());
    const QString name = QFileInfo(m_database->path()).fileName();
    setWindowTitle(office.name.isEmpty() ? tr("%1 — Imbang").arg(name) : tr("%1 — %2 — Imbang").arg(office.name, name));
    m_fileLabel->setText(m_database->isReadOnly() ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(m_database->path()))
                                                  : QDir::toNativeSeparators(m_database->path()));
}

void MainWindow::updateCounts(int listed) {
    if (!m_database)
        return;
    const EmployeeCounts counts = EmployeeRepository(m_database->connection()).counts();
    m_countLabel->setText(tr("%1 listed · %2 active · %3 inactive")
                              .arg(indonesian::number(listed), indonesian::number(counts.active),
                                   indonesian::number(counts.inactive)));
}

QString MainWindow::statusText() const { return m_countLabel->text(); }

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                [this, path] { openDatabase(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::newDatabase() {
    NewDatabaseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createDatabase(dialog.path(), dialog.officeName(), dialog.region());
}

void MainWindow::openDatabaseDialog() {
    const QString path = dialogs::openFileName(this, tr("Open an office database"),
                                               QFileInfo(defaultDatabasePath()).absolutePath(),
                                               tr("Imbang database (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_database ? m_database->connection() : QSqlDatabase(), this);
    if (m_database)
        dialog.addPage(new exchangeui::TrustedOfficesWidget(*m_database, &dialog), tr("&Offices"));
    if (m_database)
        dialog.addPage(new DecreeTemplateEditor(m_database->connection(), &dialog), tr("&Decree template"));
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        dialogs::information(this, tr("Language"), tr("Imbang will use the new language when it starts again."));
}

void MainWindow::importStaffList() {
    if (!m_database)
        return;
    ImportWizard wizard(*m_database, this);
    dialogs::exec(wizard);
}

bool MainWindow::importRatings() {
    if (!m_database)
        return false;
    const QString path = dialogs::openFileName(this, tr("Import performance predicates"), QString(),
                                               tr("Spreadsheets (*.xlsx *.ods *.csv *.txt)"));
    if (path.isEmpty())
        return false;
    const auto book = WorkbookLoader::load(path);
    if (!book || book->firstSheetWithData() < 0) {
        dialogs::warning(this, tr("Not imported"), book ? tr("The file has no data.") : book.error());
        return false;
    }
    const auto result = RatingImporter::import(m_database->connection(), book->sheets.at(book->firstSheetWithData()));
    if (!result) {
        dialogs::warning(this, tr("Not imported"), result.error());
        return false;
    }
    if (!result->problems.isEmpty()) {
        dialogs::warning(this, tr("Not imported"),
                         tr("Nothing was imported. Correct these rows in the file and import it again:\n%1")
                             .arg(result->problems.join(QLatin1Char('\n'))));
        return false;
    }
    dialogs::information(this, tr("Performance predicates imported"),
                         tr("%1 predicates written for %2 employees.").arg(result->written).arg(result->people));
    return true;
}

void MainWindow::exportPackage() {
    if (!m_database)
        return;
    exchangeui::ExportPackageDialog dialog(*m_database, this);
    dialogs::exec(dialog);
}

void MainWindow::importPackage() {
    if (!m_database)
        return;
    exchangeui::ImportPreviewDialog dialog(*m_database, this);
    if (dialog.chooseAndOpen())
        dialogs::exec(dialog);
}

bool MainWindow::openPackageFile(const QString &path) {
    if (!m_database && !(QFileInfo::exists(defaultDatabasePath()) && openDatabase(defaultDatabasePath()))) {
        dialogs::warning(this, tr("No office database"),
                         tr("Open or create your office database first, then import the package with "
                            "Data > Import exchange package."));
        return false;
    }
    exchangeui::ImportPreviewDialog dialog(*m_database, this);
    if (!dialog.openPackage(path))
        return false;
    dialogs::exec(dialog);
    return true;
}

void MainWindow::showImportHistory() {
    if (!m_database)
        return;
    ImportBatchesDialog dialog(*m_database, this);
    dialogs::exec(dialog);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialogs::exec(dialog);
}

void MainWindow::saveWindowState() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_workspace) {
        settings.setValue(QStringLiteral("window/workspaceSplitter"), m_workspace->splitter()->saveState());
        settings.setValue(QStringLiteral("window/recordsSplitter"), m_workspace->records()->splitter()->saveState());
    }
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    event->accept();
}

} // namespace imbang::ui
