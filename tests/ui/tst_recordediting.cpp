#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "models/employeetablemodel.h"
#include "models/unittreemodel.h"
#include "printing/documentprinter.h"
#include "competence/competencerepository.h"
#include "records/competencedialog.h"
#include "records/deactivatedialog.h"
#include "records/employeeactions.h"
#include "records/employeedetailpanel.h"
#include "records/employeedialog.h"
#include "records/employeerepository.h"
#include "records/positionhistoryrepository.h"
#include "records/recordsview.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "records/positionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "undo/undofacade.h"
#include "units/chooseunitdialog.h"
#include "units/needsdialog.h"
#include "units/positioncatalogdialog.h"
#include "units/unitactions.h"
#include "units/unitdialog.h"
#include "util/dialoghooks.h"
#include "widgets/datefield.h"
#include "widgets/recordcombo.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace imbang;
using namespace imbang::ui;

// Keeping records as an officer does: through the dialogs, with undo and redo.
class TestRecordEditing : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QSqlDatabase db() const { return m_window->database()->connection(); }
    RecordsView *records() const { return m_window->workspace()->records(); }

private slots:
    void initTestCase() {
        test::installIndonesian();
        qputenv("IMBANG_TODAY", "2026-11-29");
        dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(m_window->openDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), 600));
    }

    void cleanupTestCase() { m_window.reset(); }

    void newEmployeeThroughTheDialog() {
        const qint64 school = UnitRepository(db()).byCode(QStringLiteral("07.08.SD001"))->id;
        const qint64 position = PositionRepository(db()).byName(QStringLiteral("Guru Ahli Pertama Kelas"))->id;
        QString cancelText;
        dialogs::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<EmployeeDialog *>(d);
            cancelText = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
            // Typing a NIP reports its faults at once, and a valid one fills birth date and gender.
            QTest::keyClicks(dialog->nipEdit(), QStringLiteral("19950314"));
            const QString early = dialog->messageFor(QStringLiteral("nip"));
            if (!early.contains(QStringLiteral("18 digit")))
                return int(QDialog::Rejected);
            QTest::keyClicks(dialog->nipEdit(), QStringLiteral(" 202001 2 001"));
            if (!dialog->messageFor(QStringLiteral("nip")).isEmpty() || dialog->birthDateField()->date() != QDate(1995, 3, 14))
                return int(QDialog::Rejected);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Rina Marlina"));
            dialog->rankCombo()->setCurrentIndex(dialog->rankCombo()->findData(Rank::pns(3, u'a')->code()));
            dialog->rankTmtField()->setText(QStringLiteral("01-01-2020"));
            dialog->unitCombo()->setCurrentId(school);
            dialog->positionCombo()->setCurrentId(position);
            dialog->positionTmtField()->setText(QStringLiteral("01-07-2021"));
            // A TMT golongan before TMT CPNS is caught before saving.
            dialog->rankTmtField()->setText(QStringLiteral("01-01-2019"));
            if (dialog->canSave() || !dialog->messageFor(QStringLiteral("rank_tmt")).contains(QStringLiteral("TMT CPNS")))
                return int(QDialog::Rejected);
            dialog->rankTmtField()->setText(QStringLiteral("01-01-2021"));
            if (!dialog->canSave())
                return int(QDialog::Rejected);
            test::saveScreenshot(dialog, QStringLiteral("employee-dialog"));
            return int(QDialog::Accepted);
        });
        QVERIFY(m_window->employeeActions()->addEmployee());
        QCOMPARE(cancelText, QStringLiteral("Batal")); // Qt's own buttons speak Indonesian too
        const auto added = EmployeeRepository(db()).byNip(QStringLiteral("199503142020012001"));
        QVERIFY(added);
        QCOMPARE(added->gender, Gender::Female);
        QCOMPARE(added->unitId, school);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Tambah pegawai Rina Marlina"));
        undoStack()->undo();
        QVERIFY(!EmployeeRepository(db()).byNip(QStringLiteral("199503142020012001")));
        undoStack()->redo();
        QVERIFY(EmployeeRepository(db()).byNip(QStringLiteral("199503142020012001")));
    }

    void editUndoRedo() {
        records()->table()->setCurrentIndex(records()->model()->index(3, EmployeeTableModel::NameColumn));
        const Employee before = *EmployeeRepository(db()).byId(records()->currentEmployeeId());
        const qint64 other = PositionRepository(db()).byName(QStringLiteral("Bendahara"))->id;
        dialogs::setNextDialogHandler([&](QDialog *d) {
            qobject_cast<EmployeeDialog *>(d)->positionCombo()->setCurrentId(other);
            return int(QDialog::Accepted);
        });
        dialogs::setNextChoice(0); // a new post, not a correction
        QVERIFY(m_window->employeeActions()->editCurrent());
        QCOMPARE(EmployeeRepository(db()).byId(before.id)->positionId, other);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Ubah jabatan %1").arg(before.fullName()));
        QCOMPARE(PositionHistoryRepository(db()).forEmployee(before.id).constLast().positionId, other);
        QVERIFY(records()->detailPanel()->text().contains(QStringLiteral("(jabatan baru)")));
        test::saveScreenshot(m_window.get(), QStringLiteral("employee-history"));
        // Undo survives switching pages.
        m_window->workspace()->pages()->setCurrentIndex(m_window->workspace()->pages()->count() - 1);
        undoStack()->undo();
        QCOMPARE(*EmployeeRepository(db()).byId(before.id), [&] {
            Employee e = before;
            e.modifiedAt = EmployeeRepository(db()).byId(before.id)->modifiedAt;
            return e;
        }());
        QVERIFY(!PositionHistoryRepository(db()).hasEntries(before.id) ||
                PositionHistoryRepository(db()).forEmployee(before.id).constLast().positionId != other);
        undoStack()->redo();
        QCOMPARE(EmployeeRepository(db()).byId(before.id)->positionId, other);
        QCOMPARE(records()->detailPanel() != nullptr, true);
    }

    void deactivateAndShowInactive() {
        records()->selectEmployee(EmployeeRepository(db()).byNip(QStringLiteral("199503142020012001"))->id);
        const qint64 id = records()->currentEmployeeId();
        const int listed = records()->model()->rowCount();
        dialogs::setNextDialogHandler([](QDialog *d) {
            qobject_cast<DeactivateDialog *>(d)->setValues(InactiveReason::Resigned, QDate(2026, 11, 1));
            return int(QDialog::Accepted);
        });
        QVERIFY(m_window->employeeActions()->deactivateCurrent());
        const Employee e = *EmployeeRepository(db()).byId(id);
        QVERIFY(!e.active);
        QCOMPARE(e.inactiveReason, std::optional(InactiveReason::Resigned));
        QCOMPARE(records()->model()->rowCount(), listed - 1); // hidden by default
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Nonaktifkan Rina Marlina"));
        undoStack()->undo();
        QVERIFY(EmployeeRepository(db()).byId(id)->active);
    }

    void unitsAddMoveMergeClose() {
        Workspace *ws = m_window->workspace();
        const Unit agency = *UnitRepository(db()).byCode(QStringLiteral("07.08"));
        ws->selectUnit(agency.id);
        dialogs::setNextDialogHandler([](QDialog *d) {
            qobject_cast<UnitDialog *>(d)->setValues(QStringLiteral("07.08.SD900"), QStringLiteral("SD Negeri 900/VII Bungo"));
            return int(QDialog::Accepted);
        });
        QVERIFY(m_window->unitActions()->addUnit(true));
        const Unit fresh = *UnitRepository(db()).byCode(QStringLiteral("07.08.SD900"));
        QCOMPARE(fresh.parentId, agency.id);
        QCOMPARE(fresh.region, agency.region);
        QCOMPARE(ws->selectedUnitId(), fresh.id);

        // Drag and drop: the model reports the drop, the move is an undoable command.
        const Unit health = *UnitRepository(db()).byCode(QStringLiteral("07.09"));
        emit ws->unitModel()->unitDropped(fresh.id, health.id);
        QCOMPARE(UnitRepository(db()).byId(fresh.id)->parentId, health.id);
        undoStack()->undo();
        QCOMPARE(UnitRepository(db()).byId(fresh.id)->parentId, agency.id);
        // Never under itself.
        QVERIFY(!m_window->unitActions()->moveUnit(agency.id, fresh.id));

        // Merge a school into the new one and undo it.
        const Unit school = *UnitRepository(db()).byCode(QStringLiteral("07.08.SD002"));
        const int people = UnitRepository(db()).activeEmployeeCounts().value(school.id);
        ws->selectUnit(school.id);
        dialogs::setNextDialogHandler([&](QDialog *d) {
            qobject_cast<ChooseUnitDialog *>(d)->setUnitId(fresh.id);
            return int(QDialog::Accepted);
        });
        QVERIFY(m_window->unitActions()->mergeSelected());
        QCOMPARE(UnitRepository(db()).activeEmployeeCounts().value(fresh.id), people);
        QVERIFY(!UnitRepository(db()).byId(school.id)->isOpen());
        undoStack()->undo();
        QCOMPARE(UnitRepository(db()).activeEmployeeCounts().value(school.id), people);
        QVERIFY(UnitRepository(db()).byId(school.id)->isOpen());

        // Closing a unit with people is refused with a message; an empty one closes.
        dialogs::clearShownMessages();
        ws->selectUnit(school.id);
        dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Accepted); });
        if (people > 0) {
            QVERIFY(!m_window->unitActions()->closeSelected());
            QVERIFY(dialogs::shownMessages().join(u' ').contains(QStringLiteral("pegawai aktif")));
        }
        ws->selectUnit(fresh.id);
        dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Accepted); });
        QVERIFY(m_window->unitActions()->closeSelected());
        QVERIFY(!UnitRepository(db()).byId(fresh.id)->isOpen());
        test::saveScreenshot(m_window.get(), QStringLiteral("workspace-after-unit-edits"));
    }

    void needsAndPositions() {
        const Unit school = *UnitRepository(db()).byCode(QStringLiteral("07.08.SD003"));
        const qint64 position = PositionRepository(db()).byName(QStringLiteral("Guru Ahli Muda Kelas"))->id;
        const std::optional<StaffingNeed> before = StaffingNeedRepository(db()).find(school.id, position);
        NeedsDialog needs(db(), school.id);
        needs.setNeed(position, 7.5);
        QCOMPARE(StaffingNeedRepository(db()).find(school.id, position)->need, 7.5);
        undoStack()->undo();
        QCOMPARE(StaffingNeedRepository(db()).find(school.id, position), before);
        test::saveScreenshot(&needs, QStringLiteral("needs-dialog"));

        PositionCatalogDialog catalogue(db());
        catalogue.startNew();
        catalogue.editForm(QStringLiteral("Guru Ahli Pertama Informatika"), QStringLiteral("Pendidikan"));
        QVERIFY(catalogue.saveForm());
        QVERIFY(PositionRepository(db()).byName(QStringLiteral("Guru Ahli Pertama Informatika")));
        catalogue.startNew();
        catalogue.editForm(QStringLiteral("guru ahli pertama informatika"), QString());
        QVERIFY(!catalogue.saveForm()); // the same name twice
        test::saveScreenshot(&catalogue, QStringLiteral("position-catalogue"));
        undoStack()->undo();
        QVERIFY(!PositionRepository(db()).byName(QStringLiteral("Guru Ahli Pertama Informatika")));
    }

    // Ratings and certifications through the dialog, with undo; what a position expects shows as a
    // gap in the panel of a person who lacks it.
    void competenceDialogAndRequirement() {
        m_window->workspace()->selectUnit(UnitRepository(db()).byCode(QStringLiteral("07.08"))->id);
        records()->table()->setCurrentIndex(records()->model()->index(2, EmployeeTableModel::NameColumn));
        QVERIFY(records()->currentEmployeeId() > 0);
        const Employee e = *EmployeeRepository(db()).byId(records()->currentEmployeeId());
        const CompetenceRecord before = competencechanges::load(db(), e.id);
        dialogs::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<CompetenceDialog *>(d);
            dialog->addRating(2026, PerformancePredicate::VeryGood, QStringLiteral("SKP 2026"));
            dialog->addCompetence(Competence::Kind::Certification, QStringLiteral("Sertifikat Pendidik"),
                                  QStringLiteral("Matematika"), 2018);
            dialog->addRating(2026, PerformancePredicate::Good); // the same year twice
            if (dialog->canSave())
                return int(QDialog::Rejected);
            dialog->ratingsTable()->removeRow(dialog->ratingsTable()->rowCount() - 1);
            if (!dialog->canSave() || !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled())
                return int(QDialog::Rejected);
            test::saveScreenshot(dialog, QStringLiteral("competence-dialog"));
            return int(QDialog::Accepted);
        });
        QVERIFY(m_window->employeeActions()->editCompetence());
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Ubah kinerja dan kompetensi %1").arg(e.fullName()));
        const CompetenceRecord after = competencechanges::load(db(), e.id);
        QCOMPARE(after.ratings.size(), before.ratings.size() + 1);
        QCOMPARE(after.ratings.first().year, 2026);
        QCOMPARE(after.competences.size(), 1);
        QVERIFY(records()->detailPanel()->text().contains(QStringLiteral("Sertifikat Pendidik (Matematika, 2018)")));
        QVERIFY(records()->detailPanel()->text().contains(QStringLiteral("2026: Sangat Baik")));
        undoStack()->undo();
        const auto withoutRowIds = [](CompetenceRecord r) { // rows are written again, with new row ids
            for (PerformanceRating &rating : r.ratings)
                rating.id = 0;
            for (Competence &c : r.competences)
                c.id = 0;
            return r;
        };
        QCOMPARE(withoutRowIds(competencechanges::load(db(), e.id)), withoutRowIds(before));
        undoStack()->redo();
        QCOMPARE(competencechanges::load(db(), e.id).competences.size(), 1);

        // The person's position now expects S-2 and a certificate they lack.
        PositionCatalogDialog catalogue(db());
        const Position position = *PositionRepository(db()).byId(e.positionId);
        for (int row = 0; row < catalogue.table()->rowCount(); ++row)
            if (catalogue.table()->item(row, 0)->text() == position.name)
                catalogue.table()->setCurrentCell(row, 0);
        catalogue.editRequirement(EducationLevel::S2, QStringLiteral("Sertifikat Ahli Pengadaan"));
        QVERIFY(catalogue.saveForm());
        QCOMPARE(CompetenceRepository(db()).requirement(position.id).minimumEducation, EducationLevel::S2);
        records()->selectEmployee(e.id);
        QVERIFY2(records()->detailPanel()->text().contains(QStringLiteral("Sertifikat Ahli Pengadaan")),
                 qPrintable(records()->detailPanel()->text()));
        m_window->workspace()->pages()->setCurrentIndex(0);
        test::saveScreenshot(m_window.get(), QStringLiteral("employee-competence"));
        undoStack()->undo();
        QVERIFY(CompetenceRepository(db()).requirement(position.id).isEmpty());
    }

    void exportCopyAndPrint() {
        m_window->workspace()->selectUnit(UnitRepository(db()).byCode(QStringLiteral("07.08"))->id);
        RecordsView *view = records();
        const int rows = view->model()->rowCount();
        QVERIFY(rows > 0);
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        QVERIFY(m_window->employeeActions()->exportList(csv));
        const QByteArray bytes = test::fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), rows + 1);
        QVERIFY(lines.first().startsWith("NIP;Nama;"));
        const std::optional<Employee> first = view->model()->employeeAt(0);
        QVERIFY(lines.at(1).startsWith(first->nip.toUtf8() + ';')); // NIP as written, no spaces

        QVERIFY(m_window->employeeActions()->exportList(m_dir.filePath(QStringLiteral("list.xlsx"))));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("list.xlsx"))).size() > 1000);

        view->table()->selectRow(0);
        m_window->employeeActions()->copySelection();
        QVERIFY(QApplication::clipboard()->text().startsWith(view->model()->index(0, 0).data().toString() + u'\t'));

        const int previews = printing::previewCount();
        m_window->employeeActions()->printList();
        m_window->employeeActions()->printProfile();
        QCOMPARE(printing::previewCount(), previews + 2);
    }
};

QTEST_MAIN(TestRecordEditing)
#include "tst_recordediting.moc"
