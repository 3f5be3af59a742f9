#include "access/accountdialog.h"
#include "access/accountservice.h"
#include "access/changepassworddialog.h"
#include "access/logindialog.h"
#include "access/session.h"
#include "access/sessioncontroller.h"
#include "access/usermanagementdialog.h"
#include "access/userrepository.h"
#include "models/employeetablemodel.h"
#include "records/employeeprofile.h"
#include "testsupport.h"
#include "transferscenario.h"
#include "uitestsupport.h"
#include "util/dialoghooks.h"

#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

// The GUI session: the first administrator on first use, the login with a wrong and a right password,
// the forced password change, and the idle lock that hides the window and keeps unsaved work.
class TestAccessUi : public QObject {
    Q_OBJECT

    static QString password() { return QStringLiteral("Durian-Jambi-2026"); }

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
    }

    void cleanup() { access::logOut(); }

    void singleUserModeWhenDeclined() {
        test::TempDatabase temp;
        QMainWindow window;
        SessionController session(temp.db->connection(), &window);
        // No handler: the offer of an administrator is declined, the program runs as before.
        QVERIFY(session.start());
        QVERIFY(!access::currentUser());
        QVERIFY(access::singleUserMode(temp.db->connection()));
        // The demo is not even asked.
        bool asked = false;
        dialogs::setNextDialogHandler([&asked](QDialog *) {
            asked = true;
            return int(QDialog::Rejected);
        });
        SessionController demo(temp.db->connection(), &window);
        QVERIFY(demo.start(false));
        QVERIFY(!asked);
        dialogs::setNextDialogHandler({});
    }

    void firstRunLoginAndIdleLock() {
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        QMainWindow window;
        auto *editor = new QLineEdit(&window);
        window.setCentralWidget(editor);
        window.show();

        // First run: the administrator is created and logged in.
        {
            SessionController first(db, &window);
            dialogs::setNextDialogHandler([](QDialog *d) {
                auto *dialog = qobject_cast<AccountDialog *>(d);
                if (!dialog)
                    return int(QDialog::Rejected);
                test::saveScreenshot(dialog, QStringLiteral("access-first-administrator"));
                dialog->fill(QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Administrator,
                             QStringLiteral("pendek"), QStringLiteral("pendek"));
                if (dialog->tryCreate() || !dialog->message().contains(QStringLiteral("karakter")))
                    return int(QDialog::Rejected);
                dialog->fill(QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Administrator,
                             password(), password());
                return dialog->tryCreate() ? int(QDialog::Accepted) : int(QDialog::Rejected);
            });
            QVERIFY(first.start());
            QVERIFY(access::currentUser());
            QCOMPARE(access::currentUser()->role, Role::Administrator);
        }
        QVERIFY(!access::currentUser()); // the controller logs out when it goes

        // Next start: the login dialog, a wrong password first.
        SessionController session(db, &window);
        QSignalSpy loggedIn(&session, &SessionController::loggedIn);
        QString wrongMessage;
        dialogs::setNextDialogHandler([&wrongMessage](QDialog *d) {
            auto *login = qobject_cast<LoginDialog *>(d);
            if (!login)
                return int(QDialog::Rejected);
            login->setUsername(QStringLiteral("admin"));
            login->setPassword(QStringLiteral("bukan-sandinya"));
            if (login->tryLogin())
                return int(QDialog::Rejected);
            wrongMessage = login->message();
            test::saveScreenshot(login, QStringLiteral("access-login"));
            login->setPassword(password());
            return login->tryLogin() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        QVERIFY(session.start());
        QVERIFY2(wrongMessage.contains(QStringLiteral("salah")), qPrintable(wrongMessage));
        QCOMPARE(loggedIn.count(), 1);
        QCOMPARE(access::currentUser()->username, QStringLiteral("admin"));

        // Idle: the lock hides the window's content, keeps the unsaved text, and wants the password.
        editor->setText(QStringLiteral("catatan belum disimpan"));
        bool contentHidden = false;
        dialogs::setNextDialogHandler([&contentHidden, editor](QDialog *d) {
            auto *unlock = qobject_cast<LoginDialog *>(d);
            if (!unlock)
                return int(QDialog::Rejected);
            contentHidden = !editor->isVisible();
            test::saveScreenshot(unlock, QStringLiteral("access-locked"));
            unlock->setPassword(QStringLiteral("salah-lagi-123"));
            if (unlock->tryLogin())
                return int(QDialog::Rejected);
            unlock->setPassword(password());
            return unlock->tryLogin() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        session.setIdleLimit(50);
        QTRY_VERIFY_WITH_TIMEOUT(contentHidden, 5000);
        QTRY_VERIFY(!session.isLocked());
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("catatan belum disimpan"));
        QVERIFY(access::currentUser());

        // Activity keeps it unlocked.
        session.setIdleLimit(400);
        for (int i = 0; i < 6; ++i) {
            QTest::mouseMove(editor, QPoint(5 + i, 5));
            QTest::keyClick(editor, Qt::Key_End);
            QTest::qWait(100);
        }
        QVERIFY(!session.isLocked());
        QVERIFY(editor->isVisible());

        // "Log out" at the lock ends the session.
        QSignalSpy loggedOut(&session, &SessionController::loggedOut);
        dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Rejected); });
        session.lock();
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!access::currentUser());
        QCOMPARE(editor->text(), QStringLiteral("catatan belum disimpan"));
    }

    void forcedPasswordChange() {
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        AccountService service(db);
        QVERIFY(service.createFirstAdministrator(
            {QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Administrator, password()}));
        access::logIn(db, *UserRepository(db).byUsername(QStringLiteral("admin")));
        QVERIFY(service.createUser({QStringLiteral("siti"), QStringLiteral("Siti Rahma"), {}, Role::Operator,
                                    QStringLiteral("Sementara-2026")}));
        access::logOut();

        QMainWindow window;
        SessionController session(db, &window);
        int step = 0;
        std::function<int(QDialog *)> handler = [&](QDialog *d) {
            ++step;
            if (auto *login = qobject_cast<LoginDialog *>(d)) {
                login->setUsername(QStringLiteral("siti"));
                login->setPassword(QStringLiteral("Sementara-2026"));
                dialogs::setNextDialogHandler(handler); // the change comes next
                return login->tryLogin() ? int(QDialog::Accepted) : int(QDialog::Rejected);
            }
            auto *change = qobject_cast<ChangePasswordDialog *>(d);
            if (!change)
                return int(QDialog::Rejected);
            test::saveScreenshot(change, QStringLiteral("access-change-password"));
            change->fill(QStringLiteral("Sementara-2026"), QStringLiteral("siti-rahma-1"), QStringLiteral("siti-rahma-1"));
            if (change->tryChange())
                return int(QDialog::Rejected);
            change->fill(QStringLiteral("Sementara-2026"), QStringLiteral("Pinang-Muda-4455"),
                         QStringLiteral("Pinang-Muda-4455"));
            return change->tryChange() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        dialogs::setNextDialogHandler(handler);
        QVERIFY(session.start());
        QCOMPARE(step, 2);
        QCOMPARE(access::currentUser()->username, QStringLiteral("siti"));
        QVERIFY(!UserRepository(db).byUsername(QStringLiteral("siti"))->mustChangePassword);

        // Cancelling the login keeps the database closed for this officer.
        access::logOut();
        SessionController again(db, &window);
        dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Rejected); });
        QVERIFY(!again.start());
        QVERIFY(!access::currentUser());
    }

    // The administrator's list of accounts: role, temporary password, deactivation, a new account; an
    // operator gets the refusal in the dialog and nothing changes.
    void userManagement() {
        test::TempDatabase temp;
        const QSqlDatabase db = temp.db->connection();
        AccountService service(db);
        QVERIFY(service.createFirstAdministrator(
            {QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Administrator, password()}));
        access::logIn(db, *UserRepository(db).byUsername(QStringLiteral("admin")));
        QVERIFY(service.createUser({QStringLiteral("siti"), QStringLiteral("Siti Rahma"), {}, Role::Operator,
                                    QStringLiteral("Sementara-2026")}));

        UserManagementDialog dialog(db);
        QCOMPARE(dialog.table()->model()->rowCount(), 2);
        dialog.selectUser(QStringLiteral("siti"));
        QVERIFY(dialog.changeRole(Role::Verifikator));
        QCOMPARE(UserRepository(db).byUsername(QStringLiteral("siti"))->role, Role::Verifikator);
        QVERIFY(!dialog.resetPassword(QStringLiteral("Baru-Sekali-2026"), QStringLiteral("Baru-Sekali-2027")));
        QVERIFY2(dialog.message().contains(QStringLiteral("berbeda")), qPrintable(dialog.message()));
        QVERIFY(!dialog.resetPassword(QStringLiteral("pendek"), QStringLiteral("pendek"))); // the policy
        QVERIFY(dialog.resetPassword(QStringLiteral("Baru-Sekali-2026"), QStringLiteral("Baru-Sekali-2026")));
        QVERIFY(UserRepository(db).byUsername(QStringLiteral("siti"))->mustChangePassword);
        QVERIFY(dialog.toggleActive());
        QVERIFY(!UserRepository(db).byUsername(QStringLiteral("siti"))->active);

        // The last active administrator cannot deactivate themselves.
        dialog.selectUser(QStringLiteral("admin"));
        QVERIFY(!dialog.toggleActive());
        QVERIFY(UserRepository(db).byUsername(QStringLiteral("admin"))->active);

        dialogs::setNextDialogHandler([](QDialog *d) {
            auto *account = qobject_cast<AccountDialog *>(d);
            if (!account)
                return int(QDialog::Rejected);
            account->fill(QStringLiteral("budi"), QStringLiteral("Budi Santoso"), {}, Role::Pimpinan,
                          QStringLiteral("Kopi-Kerinci-77"), QStringLiteral("Kopi-Kerinci-77"));
            return account->tryCreate() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        dialog.addAccount();
        QCOMPARE(dialog.table()->model()->rowCount(), 3);
        QCOMPARE(UserRepository(db).byUsername(QStringLiteral("budi"))->role, Role::Pimpinan);
        dialog.resize(900, 520);
        test::saveScreenshot(&dialog, QStringLiteral("access-user-management"));

        // An operator sees the refusal; nothing changes.
        QVERIFY(service.setActive(UserRepository(db).byUsername(QStringLiteral("siti"))->id, true));
        access::logIn(db, *UserRepository(db).byUsername(QStringLiteral("siti")));
        UserManagementDialog refused(db);
        refused.selectUser(QStringLiteral("budi"));
        QVERIFY(!refused.changeRole(Role::Administrator));
        QVERIFY(!refused.message().isEmpty());
        QCOMPARE(UserRepository(db).byUsername(QStringLiteral("budi"))->role, Role::Pimpinan);
    }

    // Pimpinan reads the records without birth dates and with the birth part of the NIP starred: in the
    // list, its export, and the panel / printed profile.
    void personalDataHiddenFromPimpinan() {
        test::TransferScenario s;
        AccountService service(s.db);
        QVERIFY(service.createFirstAdministrator(
            {QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Administrator, password()}));
        access::logIn(s.db, *UserRepository(s.db).byUsername(QStringLiteral("admin")));
        QVERIFY(service.createUser({QStringLiteral("kepala"), QStringLiteral("Kepala Badan"), {}, Role::Pimpinan,
                                    QStringLiteral("Sementara-2026")}));
        const Employee siti = s.get(s.sd1Teachers.at(0));
        const auto rowOf = [&](const EmployeeTableModel &m) { return m.rowOfEmployee(siti.id); };

        EmployeeTableModel full(s.db);
        QCOMPARE(full.index(rowOf(full), EmployeeTableModel::NipColumn).data().toString(),
                 QStringLiteral("19850312 201001 2 001"));
        QCOMPARE(full.index(rowOf(full), EmployeeTableModel::BirthDateColumn).data().toString(),
                 QStringLiteral("12-03-1985"));

        access::logIn(s.db, *UserRepository(s.db).byUsername(QStringLiteral("kepala")));
        EmployeeTableModel masked(s.db);
        QCOMPARE(masked.index(rowOf(masked), EmployeeTableModel::NipColumn).data().toString(),
                 QStringLiteral("******** 201001 2 001"));
        QCOMPARE(masked.index(rowOf(masked), EmployeeTableModel::BirthDateColumn).data().toString(),
                 QStringLiteral("(disembunyikan untuk peran Anda)"));
        const TextTable exported = masked.toTable({EmployeeTableModel::NipColumn, EmployeeTableModel::BirthDateColumn});
        for (const QStringList &row : exported.rows) {
            QVERIFY2(row.at(0).startsWith(QStringLiteral("********")), qPrintable(row.at(0)));
            QVERIFY(row.at(1).isEmpty());
        }
        const QList<ProfileLine> profile = employeeProfile(s.db, siti, QDate(2026, 1, 15));
        QString text;
        for (const ProfileLine &line : profile)
            text += line.value + QLatin1Char('\n');
        QVERIFY2(!text.contains(QStringLiteral("12 Maret 1985")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("******** 201001 2 001")), qPrintable(text));
    }
};

QTEST_MAIN(TestAccessUi)
#include "tst_accessui.moc"
