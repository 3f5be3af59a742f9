#include "exchangetestdata.h"
#include "exchange/importpreviewdialog.h"
#include "exchange/exchangefiledialogs.h"
#include "records/employeerepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace imbang;
using namespace imbang::exchangeui;
using exchange::Resolution;

// The import preview: signer and trust, counts per entity, conflicts with keep mine / take theirs,
// the import itself in a worker thread; damaged files are refused inside the dialog.
class TestImportPreviewDialog : public QObject {
    Q_OBJECT

    static void screenshot(QWidget &w, const QString &name) {
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents(); // pending layout, as the event loop would do it
        w.grab().save(QDir(dir).filePath(name));
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void unknownSignerThenTrustAndImport() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kabupaten Bungo"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("jambi.imbang"));
        test::exportPackage(a.db(), path);

        ImportPreviewDialog dialog(*b.temp.db);
        dialog.show();
        setNextFileName(path);
        QVERIFY(dialog.chooseAndOpen());
        QVERIFY(!dialog.isRunning()); // not trusted: nothing compared yet
        QVERIFY(!dialog.preview());
        auto *trust = dialog.findChild<QCheckBox *>();
        QVERIFY(trust && trust->isVisible());
        screenshot(dialog, QStringLiteral("import-unknown-signer.png"));

        dialog.setTrustConfirmed(true);
        QSignalSpy ready(&dialog, &ImportPreviewDialog::previewReady);
        dialog.startPreview();
        dialog.waitForFinished();
        QCOMPARE(ready.count(), 1);
        QVERIFY(dialog.preview());
        auto *counts = dialog.findChild<QTableWidget *>();
        QCOMPARE(counts->rowCount(), 4);
        QCOMPARE(counts->item(2, 1)->text(), QStringLiteral("4")); // 4 new employees
        screenshot(dialog, QStringLiteral("import-preview.png"));

        QSignalSpy imported(&dialog, &ImportPreviewDialog::imported);
        dialog.startImport();
        dialog.waitForFinished();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toInt(), 12);
        QCOMPARE(test::content(b.db()), test::content(a.db()));
        screenshot(dialog, QStringLiteral("import-done.png"));
    }

    void conflictsAreResolvedPerRecord() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kabupaten Bungo"));
        test::fillSample(a.db());
        const QString hello = b.file(QStringLiteral("hello.imbang"));
        test::exportPackage(b.db(), hello);
        test::importPackage(a.db(), hello);
        exchange::ExportOptions toB;
        toB.targetOffice = QStringLiteral("BKD Kabupaten Bungo");
        test::exportPackage(a.db(), a.file(QStringLiteral("1.imbang")), toB);
        test::importPackage(b.db(), a.file(QStringLiteral("1.imbang")));
        for (const auto &[db, suffix] : {std::pair{a.db(), QStringLiteral("Provinsi")}, std::pair{b.db(), QStringLiteral("Bungo")}})
            for (const QString &nip : {QStringLiteral("199001012015031001"), QStringLiteral("198503152010012002")}) {
                EmployeeRepository repo(db);
                auto e = repo.byNip(nip);
                e->name += QStringLiteral(" (") + suffix + QLatin1Char(')');
                QVERIFY(repo.update(*e));
            }
        const QString path = a.file(QStringLiteral("2.imbang"));
        test::exportPackage(a.db(), path, toB);

        ImportPreviewDialog dialog(*b.temp.db);
        dialog.show();
        QVERIFY(dialog.openPackage(path)); // trusted: compared at once
        dialog.waitForFinished();
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->conflicts.size(), 2);
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItemCount(), 2);
        QString andiKey;
        for (const auto &c : dialog.preview()->conflicts)
            if (c.naturalKey == QLatin1String("199001012015031001"))
                andiKey = c.key();
        dialog.setResolution(andiKey, Resolution::TakeTheirs);
        QCOMPARE(dialog.resolutions().value(andiKey), Resolution::TakeTheirs);
        screenshot(dialog, QStringLiteral("import-conflicts.png"));

        dialog.startImport();
        dialog.waitForFinished();
        QVERIFY(dialog.result());
        EmployeeRepository repo(b.db());
        QCOMPARE(repo.byNip(QStringLiteral("199001012015031001"))->name, QStringLiteral("Andi Wijaya (Provinsi)"));
        QCOMPARE(repo.byNip(QStringLiteral("198503152010012002"))->name, QStringLiteral("Siti Aminah (Bungo)"));
    }

    void damagedFileIsRefusedInTheDialog() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("jambi.imbang"));
        test::exportPackage(a.db(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 100));
        file.close();
        test::Office b(QStringLiteral("BKD Kabupaten Bungo"));
        ImportPreviewDialog dialog(*b.temp.db);
        dialog.show();
        QVERIFY(!dialog.openPackage(path));
        QVERIFY(dialog.errorText().contains(QStringLiteral("terpotong")));
        screenshot(dialog, QStringLiteral("import-damaged.png"));
    }
};

QTEST_MAIN(TestImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
