#include "audit/actor.h"
#include "audit/audittrail.h"
#include "audit/audittrailmodel.h"
#include "audit/audittrailwidget.h"
#include "transfers/checklistmodel.h"
#include "transfers/effectmodel.h"
#include "transfers/modalhooks.h"
#include "transfers/ruleresultsmodel.h"
#include "transfers/staffingminimumrepository.h"
#include "transfers/personfitmodel.h"
#include "transfers/transferdetaildialog.h"
#include "transfers/transferproposal.h"
#include "transfers/transferproposaldialog.h"
#include "transfers/transferregistermodel.h"
#include "transfers/transferregisterwidget.h"
#include "transfers/transferrepository.h"
#include "transfers/transferstepsmodel.h"
#include "transfers/unitflowmodel.h"
#include "transferscenario.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace imbang;

// The transfer screens offscreen: proposing a transfer through the dialog (live rules, justification
// of warnings), walking it to approval in the detail dialog, the register and the audit trail viewer.
// Every model runs under QAbstractItemModelTester. With IMBANG_SCREENSHOT_DIR set, each screen is
// saved as a PNG there to be looked at.
class TestTransferUi : public QObject {
    Q_OBJECT

    static void shoot(QWidget &w, const char *name) {
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w.show();
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
    }

    template <typename Model> static void test(Model *model) {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    // Installs a dialog handler that runs `drive` (which may fail with QVERIFY) and returns the dialog's
    // result, or Accepted when the dialog stays open.
    template <typename Drive> static void handle(Drive drive) {
        modal::setDialogHandler([drive](QDialog &dialog) {
            drive(dialog);
            return dialog.result() == QDialog::Accepted ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
    }

    static void tickAll(ChecklistModel *checklist) {
        for (int r = 0; r < checklist->rowCount(); ++r) {
            QVERIFY(checklist->setData(checklist->index(r, ChecklistModel::FileRef),
                                       QStringLiteral("Lemari 1/Map %1").arg(r)));
            QVERIFY(checklist->setData(checklist->index(r, ChecklistModel::Received), Qt::Checked,
                                       Qt::CheckStateRole));
        }
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        modal::setTestMode(true);
        actor::setCurrent(QStringLiteral("Rahmat Hidayat"));
    }

    void cleanup() { modal::setDialogHandler({}); }

    // The unit filter holds every unit, but is filled only when the page is first shown (it is one of
    // the pages built when a database opens); a unit added later appears, the chosen one stays chosen.
    void unitFilterFilledWhenShown() {
        test::TransferScenario s;
        TransferRegisterWidget widget(*s.temp.db);
        auto *units = widget.findChild<QComboBox *>(QStringLiteral("unit_filter"));
        QVERIFY(units);
        QCOMPARE(units->count(), 1); // "all units" only, until shown
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(units->count(), 1 + UnitRepository(s.db).count());
        units->setCurrentIndex(units->findData(s.sd2));
        QCOMPARE(widget.filter().unitId, s.sd2);

        Unit school;
        school.code = QStringLiteral("07.08.SD099");
        school.name = QStringLiteral("SD Negeri 99 Bungo");
        school.kind = UnitKind::School;
        school.parentId = s.disdikBungo;
        school.region = QStringLiteral("Kabupaten Bungo");
        const auto added = UnitRepository(s.db).insert(school);
        QVERIFY(added);
        ChangeBus::notify(QStringLiteral("unit"));
        QVERIFY(units->findData(*added) > 0);
        QCOMPARE(widget.filter().unitId, s.sd2);
    }

    void proposeAndApprove() {
        test::TransferScenario s;
        TransferRegisterWidget widget(*s.temp.db);
        widget.resize(1300, 600);
        test(widget.model());
        test(widget.flowModel());
        QCOMPARE(widget.model()->rowCount(), 0);

        // The officer proposes one class teacher from crowded SD 1 to short SD 2.
        handle([&](QDialog &dialog) {
            auto *proposal = qobject_cast<TransferProposalDialog *>(&dialog);
            QVERIFY(proposal);
            test(proposal->rulesModel());
            QVERIFY2(!proposal->saveButton()->isEnabled(), "nothing chosen yet");
            proposal->addEmployee(s.sd1Teachers.at(0));
            proposal->setTarget(s.sd2, s.guruKelas);
            proposal->setTmt(QDate(2026, 2, 1));
            proposal->setNotes(QStringLiteral("Pemerataan guru kelas"));
            proposal->setSubmit(true);
            proposal->recheckNow();
            QVERIFY2(proposal->saveButton()->isEnabled(), qPrintable(proposal->summary()));
            shoot(*proposal, "proposal-dialog");
            QTest::mouseClick(proposal->saveButton(), Qt::LeftButton);
        });
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("new_proposal")), Qt::LeftButton);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(widget.model()->rowCount(), 1);
        const qint64 id = widget.model()
                              ->data(widget.model()->index(0, 0), TransferRegisterModel::TransferIdRole)
                              .toLongLong();
        QCOMPARE(TransferRepository(s.db).byId(id)->status, TransferStatus::Proposed);

        // In the detail dialog the checklist is ticked, then verified and approved.
        handle([&](QDialog &dialog) {
            auto *detail = qobject_cast<TransferDetailDialog *>(&dialog);
            QVERIFY(detail);
            test(detail->rulesModel());
            test(detail->checklistModel());
            test(detail->effectModel());
            test(detail->stepsModel());
            QCOMPARE(detail->effectModel()->rowCount(), 4); // two units, two positions
            test(detail->personFitModel());
            QCOMPARE(detail->personFitModel()->rowCount(), 1); // the person moved: rating and fit
            const auto *fit = detail->personFitModel();
            QCOMPARE(fit->index(0, PersonFitModel::Ratings).data().toString(),
                     QStringLiteral("2025: Baik · 2024: Baik"));
            QCOMPARE(fit->index(0, PersonFitModel::Fit).data().toString(),
                     QStringLiteral("memenuhi syarat jabatan"));
            QVERIFY(!detail->stepButton(TransferStatus::Approved));
            QTest::mouseClick(detail->stepButton(TransferStatus::Verified), Qt::LeftButton);
            QVERIFY2(modal::lastMessage().contains(QStringLiteral("dokumen belum ada")),
                     qPrintable(modal::lastMessage()));
            QCOMPARE(detail->transfer().status, TransferStatus::Proposed);
            detail->tabs()->setCurrentIndex(1);
            tickAll(detail->checklistModel());
            shoot(*detail, "detail-dialog-checklist");
            detail->commentEdit()->setText(QStringLiteral("Berkas lengkap"));
            QTest::mouseClick(detail->stepButton(TransferStatus::Verified), Qt::LeftButton);
            QCOMPARE(detail->transfer().status, TransferStatus::Verified);
            detail->tabs()->setCurrentIndex(2);
            shoot(*detail, "detail-dialog-effect");
            QTest::mouseClick(detail->stepButton(TransferStatus::Approved), Qt::LeftButton);
            QCOMPARE(detail->transfer().status, TransferStatus::Approved);
            QVERIFY(detail->decreeNumberEdit()->isEnabled());
            detail->tabs()->setCurrentIndex(3);
            QCOMPARE(detail->stepsModel()->rowCount(), 4);
            QCOMPARE(detail->stepsModel()
                         ->data(detail->stepsModel()->index(2, TransferStepsModel::Comment))
                         .toString(),
                     QStringLiteral("Berkas lengkap"));
            shoot(*detail, "detail-dialog-history");
            detail->tabs()->setCurrentIndex(0);
            shoot(*detail, "detail-dialog-rules");
        });
        widget.view()->selectRow(0);
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("open_transfer")), Qt::LeftButton);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(TransferRepository(s.db).byId(id)->status, TransferStatus::Approved);
        QCOMPARE(widget.model()->data(widget.model()->index(0, TransferRegisterModel::Status)).toString(),
                 QStringLiteral("Disetujui"));
        QCOMPARE(TransferRepository(s.db).steps(id).last().actor, QStringLiteral("Rahmat Hidayat"));
        QVERIFY(AuditTrail(s.db).verify().intact);
        shoot(widget, "register");

        // The decree, then execution on the TMT (the detail dialog refuses before it).
        handle([&](QDialog &dialog) {
            auto *detail = qobject_cast<TransferDetailDialog *>(&dialog);
            QVERIFY(detail);
            detail->decreeNumberEdit()->setText(QStringLiteral("800/31/BKD/2026"));
            detail->decreeDateEdit()->setDate(QDate(2026, 1, 14));
            QTest::mouseClick(detail->stepButton(TransferStatus::DecreeIssued), Qt::LeftButton);
            QCOMPARE(detail->transfer().status, TransferStatus::DecreeIssued);
            QVERIFY(detail->executeButton()->isVisibleTo(detail));
            QVERIFY(!detail->executeButton()->isEnabled()); // today is 15 January, the TMT 1 February
        });
        widget.openTransfer(id);
        if (QTest::currentTestFailed())
            return;
        qputenv("IMBANG_TODAY", "2026-02-01");
        handle([&](QDialog &dialog) {
            auto *detail = qobject_cast<TransferDetailDialog *>(&dialog);
            QVERIFY(detail);
            QVERIFY(detail->executeButton()->isEnabled());
            modal::setNextConfirmation(true);
            QTest::mouseClick(detail->executeButton(), Qt::LeftButton);
            QCOMPARE(detail->transfer().status, TransferStatus::Completed);
            QVERIFY(detail->stepButton(TransferStatus::Cancelled) == nullptr);
        });
        widget.openTransfer(id);
        qputenv("IMBANG_TODAY", "2026-01-15");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(s.get(s.sd1Teachers.at(0)).unitId, s.sd2);
        // The register followed the change; the flows tab shows the move.
        QCOMPARE(widget.model()->data(widget.model()->index(0, TransferRegisterModel::Status)).toString(),
                 QStringLiteral("Selesai"));
        QCOMPARE(widget.flowModel()->rowCount(), 2);
        widget.findChild<QTabWidget *>()->setCurrentIndex(1);
        shoot(widget, "register-flows");
    }

    void missingTransfer() {
        test::TransferScenario s;
        TransferDetailDialog dialog(*s.temp.db, 4242);
        QVERIFY(!dialog.tabs()->isEnabled());
        QVERIFY(!dialog.stepButton(TransferStatus::Proposed));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("transfer_header"))->text().contains(QStringLiteral("4242")));
    }

    void warningsNeedAJustification() {
        test::TransferScenario s;
        TransferProposalDialog dialog(*s.temp.db);
        test(dialog.rulesModel());
        // SD 2 is short: moving its teacher to crowded SD 1 warns twice.
        dialog.addEmployee(s.sd2Teachers.at(0));
        dialog.setTarget(s.sd1, s.guruKelas);
        dialog.setTmt(QDate(2026, 2, 1));
        dialog.recheckNow();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.summary().contains(QStringLiteral("2 peringatan")), qPrintable(dialog.summary()));
        RuleResultsModel *rules = dialog.rulesModel();
        int warnings = 0;
        for (int r = 0; r < rules->rowCount(); ++r) {
            const QModelIndex cell = rules->index(r, RuleResultsModel::Justification);
            const bool warning =
                rules->data(cell, RuleResultsModel::SeverityRole).toInt() == int(RuleSeverity::Warning);
            QCOMPARE(bool(rules->flags(cell) & Qt::ItemIsEditable), warning);
            if (warning) {
                ++warnings;
                shoot(dialog, "proposal-dialog-warnings");
                QVERIFY(rules->setData(cell, QStringLiteral("Guru ikut pindah tugas suami ke Muara Bungo")));
            }
        }
        QCOMPARE(warnings, 2);
        QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.summary()));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.outcome());
        const qint64 id = dialog.outcome()->transferIds.first();
        QCOMPARE(TransferRepository(s.db).overrides(id).size(), 2);
        QCOMPARE(TransferRepository(s.db).byId(id)->status, TransferStatus::Draft);
    }

    void blockingRuleDisablesSaving() {
        test::TransferScenario s;
        TransferProposalDialog dialog(*s.temp.db);
        dialog.addEmployee(s.pppkTeacher);
        dialog.addEmployee(s.sd1Teachers.at(1));
        dialog.setTarget(s.bkdBungo, s.admin);
        dialog.recheckNow();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.summary().contains(QStringLiteral("tidak dapat disimpan")),
                 qPrintable(dialog.summary()));
        shoot(dialog, "proposal-dialog-blocked");
        dialog.accept(); // even forced, nothing is written
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QSqlQuery q(s.db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transfer")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void exportsTheRegister() {
        test::TransferScenario s;
        auto outcome = TransferProposal::create(s.db, [&] {
            ProposalRequest r;
            r.employeeIds = {s.sd1Teachers.at(0), s.sd1Teachers.at(1)};
            r.toUnitId = s.sd2;
            r.toPositionId = s.guruKelas;
            r.tmt = QDate(2026, 2, 1);
            return r;
        }());
        QVERIFY(outcome);
        TransferRegisterWidget widget(*s.temp.db);
        QCOMPARE(widget.model()->rowCount(), 2);
        widget.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("MUT-2026-0002"));
        widget.refresh();
        QCOMPARE(widget.model()->rowCount(), 1);
        QTemporaryDir dir;
        modal::setNextSaveFileName(dir.filePath(QStringLiteral("register.xlsx")));
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("export_xlsx")), Qt::LeftButton);
        QVERIFY2(modal::lastMessage().contains(QStringLiteral("1 baris")), qPrintable(modal::lastMessage()));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("register.xlsx"))).size() > 1000);
        // Cancelling the file dialog writes nothing.
        modal::setNextSaveFileName(QString());
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("export_xlsx")), Qt::LeftButton);
    }

    void auditTrailViewer() {
        test::TransferScenario s;
        auto outcome = TransferProposal::create(s.db, [&] {
            ProposalRequest r;
            r.employeeIds = {s.sd1Teachers.at(0)};
            r.toUnitId = s.sd2;
            r.toPositionId = s.guruKelas;
            r.tmt = QDate(2026, 2, 1);
            r.notes = QStringLiteral("Pemerataan");
            return r;
        }());
        QVERIFY(outcome);
        QVERIFY(StaffingMinimumRepository(s.db).set({s.sd1, s.guruKelas, 3, QStringLiteral("6 rombel")}));
        AuditTrailWidget widget(*s.temp.db);
        widget.resize(1200, 700);
        test(widget.model());
        QCOMPARE(widget.model()->rowCount(), 2);
        widget.findChild<QComboBox *>(QStringLiteral("entity_filter"))->setCurrentIndex(4); // transfers
        QCOMPARE(widget.model()->rowCount(), 1);
        widget.findChild<QComboBox *>(QStringLiteral("entity_filter"))->setCurrentIndex(0);
        widget.view()->selectRow(1);
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("verify")), Qt::LeftButton);
        QVERIFY2(widget.verificationText().contains(QStringLiteral("utuh")),
                 qPrintable(widget.verificationText()));
        shoot(widget, "audit-trail");

        QSqlQuery edit(s.db);
        QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entry SET summary = 'dipalsukan' WHERE id = 1")));
        widget.refresh();
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("verify")), Qt::LeftButton);
        QVERIFY2(widget.verificationText().contains(QStringLiteral("rusak")),
                 qPrintable(widget.verificationText()));
        QCOMPARE(widget.view()->currentIndex().row(), 1); // the broken entry is selected
        shoot(widget, "audit-trail-broken");

        QTemporaryDir dir;
        modal::setNextSaveFileName(dir.filePath(QStringLiteral("audit.xlsx")));
        QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("export_xlsx")), Qt::LeftButton);
        QVERIFY2(modal::lastMessage().contains(QStringLiteral("2 entri")), qPrintable(modal::lastMessage()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("audit.xlsx"))));
    }
};

QTEST_MAIN(TestTransferUi)
#include "tst_transferui.moc"
