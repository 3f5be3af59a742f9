#include "plannerscenario.h"
#include "uitestsupport.h"

#include "audit/audittrail.h"
#include "planner/holddialog.h"
#include "planner/holdlistmodel.h"
#include "planner/planmovemodel.h"
#include "planner/plannerholdrepository.h"
#include "planner/plannerpage.h"
#include "planner/plannerpeopledialog.h"
#include "planner/requestlistmodel.h"
#include "planner/transferrequestdialog.h"
#include "planner/transferrequestrepository.h"
#include "records/employeeactions.h"
#include "records/recordsview.h"
#include "undo/undofacade.h"
#include "util/dialoghooks.h"
#include "widgets/employeefinder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace imbang;
using namespace imbang::ui;

// "Do not move" holds and own transfer requests in the GUI (issue 9): the dialogs, the holds and
// requests panel of the planner page, the Employee menu actions, undo, and the plan showing which move
// honours a request.
class TestPlannerPeople : public QObject {
    Q_OBJECT

    // Bungo: SD 1 has two teachers too many. Tebo (another kabupaten, 33 km away) and SD 2 in Bungo each
    // lack one.
    struct Office {
        test::PlannerScenario s;
        qint64 sd1 = 0, sd2 = 0, tebo = 0, guru = 0;
        QList<qint64> atSd1;
        Office() {
            const QString bungo = QStringLiteral("Kabupaten Bungo");
            sd1 = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD Negeri 1 Muara Bungo"), 0, bungo, -1.5, 102.1);
            sd2 = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD Negeri 2 Muara Bungo"), 0, bungo, -1.55, 102.1);
            tebo = s.unit(QStringLiteral("09.01.SD001"), QStringLiteral("SD Negeri 1 Muara Tebo"), 0,
                          QStringLiteral("Kabupaten Tebo"), -1.4, 102.4);
            guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true, PositionKind::Functional);
            s.need(sd1, guru, 2);
            s.need(sd2, guru, 3);
            s.need(tebo, guru, 3);
            atSd1 = s.staff(QStringLiteral("Guru Bungo"), sd1, guru, 4);
            s.staff(QStringLiteral("Guru Dua"), sd2, guru, 2);
            s.staff(QStringLiteral("Guru Tebo"), tebo, guru, 2);
        }
    };

    static QList<qint64> moved(const PlannerPage &page) {
        QList<qint64> ids;
        for (const ProposedMove &m : page.result().moves)
            ids << m.employeeId;
        std::sort(ids.begin(), ids.end()); // ids grow with time in post falling
        return ids;
    }

    static void selectRow(QTableView *view, int row) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static int audited(const QSqlDatabase &db, const QString &action) {
        int n = 0;
        for (const AuditEntry &e : AuditTrail(db).entries({}))
            n += e.record.action == action;
        return n;
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
    }

    void cleanup() { undoStack()->clear(); }

    // From a proposed move: hold the person with a reason; the plan no longer moves them; undo and redo.
    void holdFromThePlan() {
        Office o;
        PlannerPage page(*o.s.temp.db);
        page.resize(1200, 820);
        page.plan();
        page.waitForPlan();
        QCOMPARE(moved(page), (QList<qint64>{o.atSd1.at(0), o.atSd1.at(1)}));
        int row = 0;
        while (page.model()->moves().at(row).employeeId != o.atSd1.at(0))
            ++row;
        selectRow(page.table(), row);

        // The reason is required: the Hold button stays off until one is written.
        bool emptyRefused = false;
        dialogs::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<HoldDialog *>(d);
            emptyRefused = !dialog->okButton()->isEnabled();
            dialog->reasonBox()->setCurrentText(QStringLiteral("   "));
            emptyRefused = emptyRefused && !dialog->okButton()->isEnabled();
            dialog->reasonBox()->setCurrentText(QStringLiteral("Sakit, dalam perawatan RSUD"));
            if (!dialog->okButton()->isEnabled())
                return int(QDialog::Rejected);
            dialog->show();
            test::saveScreenshot(dialog, QStringLiteral("planner-hold-dialog"));
            return int(QDialog::Accepted);
        });
        QVERIFY(page.holdSelectedPerson());
        QVERIFY(emptyRefused);
        page.waitForPlan();
        const auto hold = PlannerHoldRepository(o.s.db).find(o.atSd1.at(0));
        QVERIFY(hold);
        QCOMPARE(hold->reason, QStringLiteral("Sakit, dalam perawatan RSUD"));
        QCOMPARE(audited(o.s.db, QStringLiteral("planner.hold")), 1);
        QCOMPARE(moved(page), (QList<qint64>{o.atSd1.at(1), o.atSd1.at(2)})); // the next longest in post instead
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Tahan (jangan dipindah) %1")
                                              .arg(EmployeeRepository(o.s.db).byId(o.atSd1.at(0))->fullName()));
        undoStack()->undo();
        QVERIFY(!PlannerHoldRepository(o.s.db).find(o.atSd1.at(0)));
        QCOMPARE(audited(o.s.db, QStringLiteral("planner.release")), 1);
        undoStack()->redo();
        QCOMPARE(PlannerHoldRepository(o.s.db).find(o.atSd1.at(0))->reason, QStringLiteral("Sakit, dalam perawatan RSUD"));
    }

    // The panel: list, add through the person search, change the reason, release; undo shows at once.
    void holdsPanel() {
        Office o;
        PlannerPeopleDialog dialog(o.s.db, PlannerPeopleDialog::Holds);
        QAbstractItemModelTester holdTester(dialog.holds(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester requestTester(dialog.requests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.holds()->rowCount(), 0);

        dialogs::setNextDialogHandler([&](QDialog *d) {
            auto *hold = qobject_cast<HoldDialog *>(d);
            EmployeeFinder *finder = hold->finder();
            if (!finder)
                return int(QDialog::Rejected);
            finder->searchField()->setText(QStringLiteral("guru bungo"));
            finder->search();
            if (finder->results()->count() != 4 || finder->currentId() != 0 || hold->okButton()->isEnabled())
                return int(QDialog::Rejected); // several found: nobody chosen yet
            for (int i = 0; i < finder->results()->count(); ++i)
                if (finder->results()->item(i)->data(Qt::UserRole).toLongLong() == o.atSd1.at(2))
                    finder->results()->setCurrentRow(i);
            if (finder->currentId() != o.atSd1.at(2))
                return int(QDialog::Rejected);
            hold->reasonBox()->setCurrentIndex(2); // a suggested reason
            hold->resize(560, 420);
            hold->show();
            test::saveScreenshot(hold, QStringLiteral("planner-hold-search"));
            return int(hold->okButton()->isEnabled() ? QDialog::Accepted : QDialog::Rejected);
        });
        QVERIFY(dialog.addHold());
        QCOMPARE(dialog.holds()->rowCount(), 1);
        QCOMPARE(dialog.holds()->employeeIdAt(0), o.atSd1.at(2));
        QCOMPARE(dialog.holds()->index(0, HoldListModel::Reason).data().toString(),
                 QStringLiteral("Mengikuti tempat tugas suami/istri"));
        QVERIFY(!dialog.holds()->index(0, HoldListModel::Since).data().toString().isEmpty());

        selectRow(dialog.holdTable(), 0);
        dialogs::setNextDialogHandler([](QDialog *d) {
            auto *hold = qobject_cast<HoldDialog *>(d);
            if (hold->finder() || hold->reason() != QStringLiteral("Mengikuti tempat tugas suami/istri"))
                return int(QDialog::Rejected); // opened on the person, with the recorded reason
            hold->reasonBox()->setCurrentText(QStringLiteral("Suami bertugas di Kodim 0416 Bungo"));
            return int(QDialog::Accepted);
        });
        QVERIFY(dialog.changeHold());
        QCOMPARE(dialog.holds()->holdAt(0).reason, QStringLiteral("Suami bertugas di Kodim 0416 Bungo"));
        dialog.resize(900, 420);
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("planner-holds-panel"));

        selectRow(dialog.holdTable(), 0);
        dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog.releaseHold());
        QCOMPARE(dialog.holds()->rowCount(), 1);
        selectRow(dialog.holdTable(), 0);
        dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog.releaseHold());
        QCOMPARE(dialog.holds()->rowCount(), 0);
        undoStack()->undo(); // the hold comes back with its last reason
        QCOMPARE(dialog.holds()->rowCount(), 1);
        QCOMPARE(dialog.holds()->holdAt(0).reason, QStringLiteral("Suami bertugas di Kodim 0416 Bungo"));
        undoStack()->undo();
        QCOMPARE(dialog.holds()->holdAt(0).reason, QStringLiteral("Mengikuti tempat tugas suami/istri"));
    }

    // An own request: recorded from the panel, honoured by the plan (table column, panel column), withdrawn.
    void ownRequest() {
        Office o;
        PlannerPage page(*o.s.temp.db);
        page.resize(1200, 820);
        page.plan();
        page.waitForPlan();
        // Without a request the two longest in post go to the nearer SD 2 and to Tebo.
        const qint64 asker = o.atSd1.at(3); // the shortest in post: only a request puts them first
        QVERIFY(!moved(page).contains(asker));

        dialogs::setNextDialogHandler([&](QDialog *d) {
            auto *people = qobject_cast<PlannerPeopleDialog *>(d);
            if (!people || people->tabs()->currentIndex() != PlannerPeopleDialog::Requests)
                return int(QDialog::Rejected);
            dialogs::setNextDialogHandler([&](QDialog *inner) {
                auto *request = qobject_cast<TransferRequestDialog *>(inner);
                if (request->regionBox()->findText(QStringLiteral("Kabupaten Bungo")) < 0)
                    return int(QDialog::Rejected); // nobody chosen yet: every region
                request->finder()->searchField()->setText(QStringLiteral("guru bungo"));
                request->finder()->search();
                for (int i = 0; i < request->finder()->results()->count(); ++i)
                    if (request->finder()->results()->item(i)->data(Qt::UserRole).toLongLong() == asker)
                        request->finder()->results()->setCurrentRow(i);
                if (request->regionBox()->findText(QStringLiteral("Kabupaten Bungo")) >= 0)
                    return int(QDialog::Rejected); // the asker's own kabupaten is no longer offered
                if (request->okButton()->isEnabled()) // no region yet
                    return int(QDialog::Rejected);
                request->regionBox()->setCurrentText(QStringLiteral("Kabupaten Tebo"));
                request->noteField()->setText(QStringLiteral("Surat 3 Maret 2026, ikut suami"));
                request->show();
                test::saveScreenshot(request, QStringLiteral("planner-request-dialog"));
                return int(request->okButton()->isEnabled() ? QDialog::Accepted : QDialog::Rejected);
            });
            if (!people->addRequest() || people->requests()->rowCount() != 1)
                return int(QDialog::Rejected);
            // Before re-planning the current plan does not honour it.
            if (people->requests()->index(0, RequestListModel::InPlan).data().toString() !=
                QStringLiteral("Tidak dalam rencana ini"))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        page.showHoldsAndRequests(PlannerPeopleDialog::Requests);
        const auto request = TransferRequestRepository(o.s.db).find(asker, QStringLiteral("Kabupaten Tebo"));
        QVERIFY(request);
        QCOMPARE(request->note, QStringLiteral("Surat 3 Maret 2026, ikut suami"));

        page.plan();
        page.waitForPlan();
        QVERIFY(moved(page).contains(asker));
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (page.model()->moves().at(r).employeeId == asker)
                row = r;
        QCOMPARE(page.model()->index(row, PlanMoveModel::Request).data().toString(),
                 QStringLiteral("Ya, ke Kabupaten Tebo"));
        QCOMPARE(page.result().totals.ownRequests, 1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::saveScreenshot(&page, QStringLiteral("planner-request-honoured"));

        PlannerPeopleDialog people(o.s.db, PlannerPeopleDialog::Requests);
        people.setPlan(page.result().moves);
        QCOMPARE(people.requests()->index(0, RequestListModel::InPlan).data().toString(),
                 QStringLiteral("Ya: ke SD Negeri 1 Muara Tebo"));
        people.resize(1060, 380);
        people.show();
        test::saveScreenshot(&people, QStringLiteral("planner-requests-panel"));
        selectRow(people.requestTable(), 0);
        dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(people.withdrawRequest());
        QCOMPARE(people.requests()->rowCount(), 0);
        QCOMPARE(audited(o.s.db, QStringLiteral("planner.request_withdrawn")), 1);
        undoStack()->undo();
        QCOMPARE(people.requests()->rowCount(), 1);
        QCOMPARE(TransferRequestRepository(o.s.db).find(asker, QStringLiteral("Kabupaten Tebo"))->note,
                 QStringLiteral("Surat 3 Maret 2026, ikut suami"));
    }

    // The Employee menu acts on the selected person.
    void employeeMenu() {
        Office o;
        RecordsView view(o.s.db);
        EmployeeActions actions(o.s.db, &view, &view);
        view.resize(1100, 700);
        const qint64 id = o.atSd1.at(1);
        view.selectEmployee(id);
        QVERIFY(actions.holdAction()->isEnabled());
        QVERIFY(!actions.releaseAction()->isEnabled());
        dialogs::setNextDialogHandler([](QDialog *d) {
            auto *hold = qobject_cast<HoldDialog *>(d);
            if (!hold || hold->finder())
                return int(QDialog::Rejected);
            hold->reasonBox()->setCurrentText(QStringLiteral("Tugas belajar S-2 sampai 2027"));
            return int(QDialog::Accepted);
        });
        actions.holdAction()->trigger();
        QCOMPARE(PlannerHoldRepository(o.s.db).find(id)->reason, QStringLiteral("Tugas belajar S-2 sampai 2027"));
        QVERIFY(actions.releaseAction()->isEnabled());
        undoStack()->undo();
        QVERIFY(!actions.releaseAction()->isEnabled()); // the menu follows undo
        undoStack()->redo();
        QVERIFY(actions.releaseAction()->isEnabled());
        dialogs::setNextAnswer(QMessageBox::Yes);
        actions.releaseAction()->trigger();
        QVERIFY(!PlannerHoldRepository(o.s.db).find(id));

        dialogs::setNextDialogHandler([](QDialog *d) {
            auto *request = qobject_cast<TransferRequestDialog *>(d);
            // The person's own kabupaten is not offered.
            if (!request || request->finder() || request->regionBox()->findText(QStringLiteral("Kabupaten Bungo")) >= 0)
                return int(QDialog::Rejected);
            request->regionBox()->setCurrentText(QStringLiteral("Kabupaten Tebo"));
            return int(QDialog::Accepted);
        });
        actions.requestAction()->trigger();
        QCOMPARE(TransferRequestRepository(o.s.db).forEmployee(id).size(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Permintaan %1 pindah ke Kabupaten Tebo")
                                              .arg(EmployeeRepository(o.s.db).byId(id)->fullName()));
    }
};

QTEST_MAIN(TestPlannerPeople)
#include "tst_plannerpeople.moc"
