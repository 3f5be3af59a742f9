#include "exchange/officedirectory.h"
#include "exchange/packagefile.h"
#include "exchange/exchangefiledialogs.h"
#include "exchangetestdata.h"
#include "exchange/exportpackagedialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace imbang;
using namespace imbang::exchangeui;

// The export dialog: scope, target office, file chooser hook, export in a worker thread.
class TestExportPackageDialog : public QObject {
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

    void exportsChosenUnitsInTheBackground() {
        test::Office office(QStringLiteral("BKD Provinsi Jambi"));
        test::fillSample(office.db());
        ExportPackageDialog dialog(*office.temp.db);
        dialog.show();
        const QString path = office.file(QStringLiteral("pendidikan.imbang"));
        setNextFileName(path);
        dialog.chooseFile(); // the chooser hook answers
        QCOMPARE(dialog.options().targetOffice, QString());
        dialog.chooseUnits({QStringLiteral("01")});
        QCOMPARE(dialog.options().unitCodes, QStringList{QStringLiteral("01")});
        // A package for any office is not encrypted: only after the officer says so explicitly.
        QVERIFY(!dialog.canExport());
        QVERIFY(!dialog.options().unencrypted);
        dialog.allowUnencrypted(true);
        QVERIFY(dialog.canExport());
        QVERIFY(dialog.options().unencrypted);
        screenshot(dialog, QStringLiteral("export-dialog.png"));

        QSignalSpy done(&dialog, &ExportPackageDialog::exported);
        dialog.startExport();
        dialog.waitForFinished();
        QCOMPARE(done.count(), 1);
        const auto summary = done.first().first().value<exchange::ExportSummary>();
        QCOMPARE(summary.employees, 2);
        QCOMPARE(summary.units, 2);
        QVERIFY(exchange::packagefile::read(path));
        QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 100);
        screenshot(dialog, QStringLiteral("export-dialog-done.png"));
    }

    void targetOfficeEnablesSinceLast() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kabupaten Bungo"));
        test::fillSample(a.db());
        const QString hello = b.file(QStringLiteral("hello.imbang"));
        test::exportPackage(b.db(), hello);
        test::importPackage(a.db(), hello);

        ExportPackageDialog dialog(*a.temp.db);
        dialog.chooseTargetOffice(QStringLiteral("BKD Kabupaten Bungo"), true);
        const exchange::ExportOptions options = dialog.options();
        QVERIFY(!options.targetOffice.isEmpty());
        QVERIFY(options.sinceLast);
        dialog.setFileName(a.file(QStringLiteral("bungo.imbang")));
        QSignalSpy done(&dialog, &ExportPackageDialog::exported);
        dialog.startExport();
        dialog.waitForFinished();
        QCOMPARE(done.count(), 1);
        QVERIFY(done.first().first().value<exchange::ExportSummary>().firstToTarget);
        QVERIFY(done.first().first().value<exchange::ExportSummary>().encrypted);
        QVERIFY(!options.unencrypted);
        screenshot(dialog, QStringLiteral("export-dialog-office.png"));
    }

    void untrustedOfficesAreNotOffered() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kabupaten Bungo"));
        const QString hello = b.file(QStringLiteral("hello.imbang"));
        test::exportPackage(b.db(), hello);
        test::importPackage(a.db(), hello);
        exchange::OfficeDirectory directory(a.db());
        QVERIFY(directory.setTrusted(directory.find(QStringLiteral("BKD Kabupaten Bungo"))->id, false));
        ExportPackageDialog dialog(*a.temp.db);
        dialog.chooseTargetOffice(QStringLiteral("BKD Kabupaten Bungo"), false);
        QCOMPARE(dialog.options().targetOffice, QString());
    }

    void failureIsShownInTheDialog() {
        test::Office office(QStringLiteral("BKD Provinsi Jambi"));
        test::fillSample(office.db());
        ExportPackageDialog dialog(*office.temp.db);
        dialog.setFileName(QStringLiteral("/nonexistent-folder/x/paket.imbang"));
        dialog.allowUnencrypted(true);
        QSignalSpy failed(&dialog, &ExportPackageDialog::failed);
        dialog.startExport();
        dialog.waitForFinished();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("tidak dapat ditulis")));
    }
};

QTEST_MAIN(TestExportPackageDialog)
#include "tst_exportpackagedialog.moc"
