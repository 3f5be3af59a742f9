// The import wizard and the import history driven offscreen, as an officer would click through them.
#include "importing/importbatchrepository.h"
#include "importing/unitlistimporter.h"
#include "importing/workbookloader.h"
#include "importing/importbatchesdialog.h"
#include "importing/importcommitpage.h"
#include "importing/importmappingpage.h"
#include "importing/importpreviewpage.h"
#include "importing/importprompts.h"
#include "importing/importresultpage.h"
#include "importing/importwizard.h"
#include "competence/competencerepository.h"
#include "records/employeerepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace imbang;

class TestImportWizard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void loadUnits(const QSqlDatabase &db) {
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("units.csv")));
        QVERIFY(book);
        QVERIFY(UnitListImporter::import(db, book->sheets.at(0)));
    }

    // Screenshots to look at, when IMBANG_SCREENSHOTS names a folder.
    static void shot(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase() { test::installIndonesian(); }
    void init() { ImportPrompts::reset(); }

    void importNumericNipFile() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        ImportWizard wizard(*t.db);
        wizard.show();
        QSignalSpy imported(&wizard, &ImportWizard::imported);

        // Step 1: the file, chosen through the (hooked) file dialog.
        ImportPrompts::queueFileName(test::samplePath(QStringLiteral("agency-numeric-nip.xlsx")));
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(), Qt::LeftButton);
        QCOMPARE(wizard.state().book.sheets.size(), 1);
        QVERIFY(wizard.currentPage()->isComplete());
        shot(&wizard, QStringLiteral("1-file"));
        wizard.next();

        // Step 2: the mapping proposed from the headers, one combo box per column.
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
        QCOMPARE(mapping->table()->rowCount(), 14);
        auto *nipCombo = qobject_cast<QComboBox *>(mapping->table()->cellWidget(1, 2));
        QCOMPARE(ImportField(nipCombo->currentData().toInt()), ImportField::Nip);
        // Ignoring the NIP column is refused with a warning; mapping it again goes on.
        nipCombo->setCurrentIndex(nipCombo->findData(int(ImportField::Ignore)));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(ImportPrompts::takeWarnings().size(), 1);
        nipCombo->setCurrentIndex(nipCombo->findData(int(ImportField::Nip)));
        shot(&wizard, QStringLiteral("2-mapping"));
        wizard.next();

        // Step 3: the preview with a status per row and the message on the faulty NIP cell.
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard.currentPage());
        ImportPreviewModel *model = preview->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 400);
        const int nipColumn = ImportPreviewModel::FirstFileColumn + 1;
        QCOMPARE(model->index(0, ImportPreviewModel::RowColumn).data().toInt(), 2);
        QCOMPARE(RowStatus(model->index(0, 0).data(Qt::UserRole).toInt()), RowStatus::Error);
        QVERIFY(model->index(0, nipColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("E+17")));
        QVERIFY(model->index(0, nipColumn).data(Qt::BackgroundRole) != model->index(0, nipColumn + 1).data(Qt::BackgroundRole));
        QVERIFY(!model->index(1, nipColumn).data(Qt::ToolTipRole).isValid());
        model->setFilter(ImportPreviewModel::Filter::Errors);
        QCOMPARE(model->rowCount(), 100);
        model->setFilter(ImportPreviewModel::Filter::All);
        const QString report = m_dir.filePath(QStringLiteral("laporan.xlsx"));
        QVERIFY(preview->saveReport(report));
        QVERIFY(QFileInfo(report).size() > 0);
        shot(&wizard, QStringLiteral("3-preview"));
        wizard.next();

        // Step 4: saving in a worker thread; step 5 follows by itself.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 30000);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(EmployeeRepository(db).counts().active, 300);
        const QString summary = qobject_cast<ImportResultPage *>(wizard.currentPage())->summary();
        QVERIFY2(summary.contains(QLatin1String("300")) && summary.contains(QLatin1String("100")), qPrintable(summary));
        shot(&wizard, QStringLiteral("5-result"));
        QVERIFY(ImportPrompts::takeWarnings().isEmpty());

        // The mapping is remembered: a changed field is proposed next time for the same layout.
    }

    // A staff list with "SKP 2024" / "Predikat 2025" columns: the predicates come along with the staff.
    void staffListCarriesRatings() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        QFile sample(test::samplePath(QStringLiteral("siasn-export.csv")));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = sample.readAll().split('\n');
        const QString path = m_dir.filePath(QStringLiteral("siasn-skp.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.at(0).trimmed() + "|SKP_2024|PREDIKAT_2025\n");
        const QByteArray predicates[] = {"Baik|Sangat Baik", "88,5|Baik", "Butuh Perbaikan|"};
        for (int i = 1; i <= 3; ++i)
            file.write(lines.at(i).trimmed() + '|' + predicates[i - 1] + '\n');
        file.close();

        ImportWizard wizard(*t.db);
        wizard.show();
        QVERIFY(wizard.openFile(path));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 30000);
        const QString summary = qobject_cast<ImportResultPage *>(wizard.currentPage())->summary();
        QVERIFY2(summary.contains(QStringLiteral("Predikat kinerja: 5 tercatat untuk 3 pegawai")), qPrintable(summary));
        const auto first = EmployeeRepository(db).byNip(QStringLiteral("199812072025032001"));
        QVERIFY(first);
        const auto ratings = CompetenceRepository(db).ratings(first->id);
        QCOMPARE(ratings.size(), 2);
        QCOMPARE(ratings.at(0).predicate, PerformancePredicate::VeryGood); // 2025, newest first
        QCOMPARE(ratings.at(1).predicate, PerformancePredicate::Good);
    }

    void cancelWhileSavingWritesNothing() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        ImportWizard wizard(*t.db);
        wizard.show();
        QVERIFY(wizard.openFile(test::samplePath(QStringLiteral("siasn-export.csv"))));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto *commitPage = qobject_cast<ImportCommitPage *>(wizard.page(ImportWizard::CommitPage));
        QSignalSpy finished(commitPage, &ImportCommitPage::finished);
        // Cancel right after the page starts the worker: it stops at its next progress report.
        wizard.next();
        commitPage->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPage));
        QCOMPARE(EmployeeRepository(db).counts().active, 0);
        QVERIFY(ImportBatchRepository(db).all().isEmpty());
        shot(&wizard, QStringLiteral("4-cancelled"));
    }

    void unreadableFileWarns() {
        test::TempDatabase t;
        ImportWizard wizard(*t.db);
        ImportPrompts::takeWarnings(); // arms the hooks
        QVERIFY(!wizard.openFile(test::dataPath(QStringLiteral("importing/excel97.xls"))));
        const QStringList warnings = ImportPrompts::takeWarnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("97-2003")));
        QVERIFY(!wizard.page(ImportWizard::FilePage)->isComplete());
    }

    void historyUndo() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        {
            ImportWizard wizard(*t.db);
            QVERIFY(wizard.openFile(test::samplePath(QStringLiteral("agency-libreoffice.ods"))));
            wizard.show();
            wizard.next();
            wizard.next();
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 30000);
        }
        QCOMPARE(EmployeeRepository(db).counts().active, 400);
        ImportBatchesDialog dialog(*t.db);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 1);
        shot(&dialog, QStringLiteral("6-history"));
        ImportPrompts::queueConfirmation(false);
        QVERIFY(!dialog.undoSelected());
        QCOMPARE(EmployeeRepository(db).counts().active, 400);
        ImportPrompts::queueConfirmation(true);
        QSignalSpy undone(&dialog, &ImportBatchesDialog::undone);
        QVERIFY(dialog.undoSelected());
        QCOMPARE(undone.size(), 1);
        QCOMPARE(EmployeeRepository(db).counts().active, 0);
        QVERIFY(dialog.table()->item(0, 7)->text() != QString());
        QVERIFY(ImportBatchRepository(db).all().first().isUndone());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
