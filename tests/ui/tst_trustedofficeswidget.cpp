#include "exchange/officekeys.h"
#include "exchange/exchangefiledialogs.h"
#include "exchangetestdata.h"
#include "exchange/knownofficesmodel.h"
#include "testsupport.h"
#include "exchange/trustedofficeswidget.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTableView>
#include <QTest>

using namespace imbang;
using namespace imbang::exchangeui;

// The Settings page of trusted offices and its model.
class TestTrustedOfficesWidget : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::installIndonesian(); }

    void listsTrustsAndUntrusts() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kabupaten Bungo"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("jambi.imbang"));
        const auto summary = test::exportPackage(a.db(), path);

        TrustedOfficesWidget widget(*b.temp.db);
        QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.resize(900, 420);
        widget.show();
        QCOMPARE(widget.model()->rowCount(), 0);
        QCOMPARE(widget.ownFingerprint(), exchange::OfficeKeys::load(b.db())->fingerprint());

        test::importPackage(b.db(), path); // ChangeBus tells the widget
        QCOMPARE(widget.model()->rowCount(), 1);
        QCOMPARE(widget.model()->index(0, KnownOfficesModel::Fingerprint).data().toString(), summary.fingerprint);
        QCOMPARE(widget.model()->index(0, KnownOfficesModel::Trusted).data().toString(), QStringLiteral("Dipercaya"));
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QCoreApplication::processEvents();
            widget.grab().save(QDir(dir).filePath(QStringLiteral("trusted-offices.png")));
        }

        widget.view()->selectRow(0);
        setNextConfirmation(false);
        widget.untrustSelected();
        QVERIFY(widget.model()->office(0).trusted);
        setNextConfirmation(true);
        widget.untrustSelected();
        QVERIFY(!widget.model()->office(0).trusted);
        widget.view()->selectRow(0);
        setNextConfirmation(true);
        widget.trustSelected();
        QVERIFY(widget.model()->office(0).trusted);
    }
};

QTEST_MAIN(TestTrustedOfficesWidget)
#include "tst_trustedofficeswidget.moc"
