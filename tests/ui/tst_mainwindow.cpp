#include "access/accountservice.h"
#include "access/logindialog.h"
#include "access/session.h"
#include "competence/competencerepository.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "models/employeetablemodel.h"
#include "models/unittreemodel.h"
#include "records/employeedetailpanel.h"
#include "records/employeefilterbar.h"
#include "records/employeerepository.h"
#include "records/recordsview.h"
#include "records/unitrepository.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "util/dialoghooks.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTranslator>
#include <QTabWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

using namespace imbang;
using namespace imbang::ui;

// The main window as an officer meets it: welcome page, a demo database, searching and picking a unit.
class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
    }

    void welcomePageFirst() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.database(), nullptr);
        QVERIFY(window.welcomePage()->isVisible());
        test::saveScreenshot(&window, QStringLiteral("welcome"));
    }

    void demoSearchAndUnit() {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(window.openDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), 800));
        Workspace *ws = window.workspace();
        QVERIFY(ws && ws->isVisible());
        RecordsView *records = ws->records();
        EmployeeTableModel *model = records->model();
        QCOMPARE(model->rowCount() + 0, EmployeeRepository(window.database()->connection()).counts().active);
        QVERIFY(window.statusText().contains(QStringLiteral("aktif")));

        // Type a name fragment: the list narrows to people whose name or NIP contains it.
        const std::optional<Employee> first = model->employeeAt(0);
        QVERIFY(first);
        const QString word = first->name.section(QLatin1Char(' '), 1, 1);
        QTest::keyClicks(records->filterBar()->searchEdit(), word);
        QTRY_VERIFY(model->rowCount() < EmployeeRepository(window.database()->connection()).counts().active);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->employeeAt(row)->fullName().contains(word, Qt::CaseInsensitive));

        // Pick a school in the tree: only its people remain, and the detail panel follows the table.
        records->filterBar()->searchEdit()->clear();
        QTRY_COMPARE(model->filter().search, QString());
        // The school with the most people in the demo (near a regional seat).
        auto busiest = sql::run(window.database()->connection(),
                                QStringLiteral("SELECT u.code FROM unit u JOIN employee e ON e.unit_id = u.id "
                                               "WHERE u.kind = 'SEKOLAH' AND e.active = 1 GROUP BY u.id "
                                               "ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(busiest && busiest->next());
        const Unit school = *UnitRepository(window.database()->connection()).byCode(busiest->value(0).toString());
        ws->selectUnit(school.id);
        QCOMPARE(model->filter().unitId, school.id);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->employeeAt(row)->unitId, school.id);
        records->table()->setCurrentIndex(model->index(0, EmployeeTableModel::NameColumn));
        QVERIFY(records->detailPanel()->text().contains(school.name));
        QVERIFY(records->detailPanel()->text().contains(QStringLiteral("Pensiun")));
        test::saveScreenshot(&window, QStringLiteral("workspace-school"));

        // The agency includes its schools when "include sub-units" is on.
        ws->selectUnit(school.parentId);
        const int withSubunits = model->rowCount();
        QVERIFY(withSubunits > 0);
        QCOMPARE(withSubunits, ws->unitModel()->index(ws->unitTree()->currentIndex().row(), UnitTreeModel::CountColumn,
                                                      ws->unitTree()->currentIndex().parent())
                                   .data()
                                   .toString()
                                   .remove(QLatin1Char('.'))
                                   .toInt());
    }

    // A database with accounts opens only after a login; cancelling it leaves the welcome page.
    void databaseWithAccountsAsksForLogin() {
        const QString path = m_dir.filePath(QStringLiteral("accounts.sqlite"));
        {
            OpenResult created = Database::create(path);
            QVERIFY(created);
            const QSqlDatabase db = created.database->connection();
            QVERIFY(AccountService(db).createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"),
                                                                 {}, Role::Administrator,
                                                                 QStringLiteral("Durian-Jambi-2026")}));
        }
        access::logOut();
        MainWindow window;
        dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Rejected); });
        QVERIFY(!window.openDatabase(path));
        QCOMPARE(window.database(), nullptr);
        QVERIFY(!access::currentUser());

        dialogs::setNextDialogHandler([](QDialog *d) {
            auto *login = qobject_cast<LoginDialog *>(d);
            if (!login)
                return int(QDialog::Rejected);
            login->setUsername(QStringLiteral("admin"));
            login->setPassword(QStringLiteral("Durian-Jambi-2026"));
            return login->tryLogin() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        QVERIFY(window.openDatabase(path));
        QCOMPARE(access::currentUser()->username, QStringLiteral("admin"));
        window.closeDatabase();
        QVERIFY(!access::currentUser()); // closing logs out
    }

    // Data > Import performance predicates on the demo: a good sheet is written, a bad one refused whole.
    void importRatingsFromTheDataMenu() {
        MainWindow window;
        QVERIFY(window.openDemo(m_dir.filePath(QStringLiteral("ratings-demo.sqlite")), 300));
        const QSqlDatabase db = window.database()->connection();
        const Employee someone = *EmployeeRepository(db).byId(1);
        const QString csv = m_dir.filePath(QStringLiteral("skp.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("NIP;Tahun;Predikat\n%1;2019;Kurang\n").arg(someone.nip).toUtf8());
        f.close();
        dialogs::setNextFileName(csv);
        QVERIFY(window.importRatings());
        QCOMPARE(CompetenceRepository(db).rating(someone.id, 2019)->predicate, PerformancePredicate::Poor);

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("NIP;Tahun;Predikat\n%1;2018;Baik\n000000000000000000;2018;Baik\n").arg(someone.nip).toUtf8());
        f.close();
        dialogs::clearShownMessages();
        dialogs::setNextFileName(csv);
        QVERIFY(!window.importRatings());
        QVERIFY(!CompetenceRepository(db).rating(someone.id, 2018));
        QVERIFY(dialogs::shownMessages().last().contains(QStringLiteral("000000000000000000")));
    }

    // Alt+letter reaches every menu and every page: in either language no two of them share a letter.
    void menuAndPageLettersDiffer_data() {
        QTest::addColumn<bool>("english");
        QTest::newRow("Indonesian") << false;
        QTest::newRow("English") << true;
    }
    void menuAndPageLettersDiffer() {
        QFETCH(bool, english);
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        if (english)
            for (QTranslator *t : translators)
                QCoreApplication::removeTranslator(t);
        const auto restore = qScopeGuard([&] {
            if (english)
                for (QTranslator *t : translators)
                    QCoreApplication::installTranslator(t);
        });
        MainWindow window;
        QVERIFY(window.openDemo(m_dir.filePath(english ? QStringLiteral("letters-en.sqlite") : QStringLiteral("letters-id.sqlite")), 50));
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        QTabWidget *pages = window.workspace()->pages();
        for (int i = 0; i < pages->count(); ++i)
            titles << pages->tabText(i);
        QHash<QChar, QString> byLetter;
        for (const QString &title : std::as_const(titles)) {
            const qsizetype amp = title.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title + QStringLiteral(" has no letter")));
            const QChar letter = title.at(amp + 1).toLower();
            QVERIFY2(!byLetter.contains(letter),
                     qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(byLetter.value(letter), title, letter)));
            byLetter.insert(letter, title);
        }
    }

    // The list shows before the integrity check has read the whole file; a damaged file is then closed
    // with the message, unchanged.
    void damagedFileClosedAfterTheCheck() {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            OpenResult created = Database::create(path);
            QVERIFY(created);
            QSqlQuery q(created.database->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(x TEXT)")));
            for (int i = 0; i < 300; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES('%1')").arg(QString(200, QLatin1Char('a')))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype i = 4 * 4096; i < 6 * 4096 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        file.seek(0);
        file.write(bytes);
        file.close();

        dialogs::clearShownMessages();
        MainWindow window;
        QVERIFY(window.openDatabase(path)); // shown at once
        window.waitForIntegrityCheck();
        QCOMPARE(window.database(), nullptr);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY2(dialogs::shownMessages().first().contains(QStringLiteral("rusak")), qPrintable(dialogs::shownMessages().first()));
        QCOMPARE(test::fileBytes(path), bytes);

        // A sound file is writable once checked.
        QVERIFY(window.openDemo(m_dir.filePath(QStringLiteral("sound.sqlite")), 50));
        window.closeDatabase();
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("sound.sqlite"))));
        window.waitForIntegrityCheck();
        QVERIFY(window.database() && window.database()->isVerified());
        QSqlQuery write(window.database()->connection());
        QVERIFY(write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('checked', '1')")));
    }

    void badFileShowsMessageAndStaysOnWelcome() {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("bukan basis data");
        f.close();
        dialogs::clearShownMessages();
        MainWindow window;
        QVERIFY(!window.openDatabase(path));
        QCOMPARE(window.database(), nullptr);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("bukan basis data Imbang")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
