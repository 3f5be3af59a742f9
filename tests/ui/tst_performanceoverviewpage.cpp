#include "transferscenario.h"
#include "uitestsupport.h"

#include "competence/performancecharts.h"
#include "competence/performanceoverviewpage.h"
#include "util/dialoghooks.h"
#include "workload/chartexporter.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

// The leaders' view page ("Kinerja"): the table and chart of ratings per unit, the rotation list, the
// printed report.
class TestPerformanceOverviewPage : public QObject {
    Q_OBJECT

    static int barTotal(QChartView *view) {
        int n = 0;
        for (QAbstractSeries *s : view->chart()->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        n += int(set->at(i));
        return n;
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
    }

    void showsRatingsAndRotation() {
        test::TransferScenario s;
        test::rateGood(s.db, s.sd1Teachers.at(0), PerformancePredicate::VeryGood);
        PerformanceOverviewPage page(*s.temp.db);
        page.resize(1200, 800);
        page.setUnit(s.disdikBungo, {});
        QCOMPARE(page.distributionTable()->model()->rowCount(), 0); // nothing computed while hidden
        QSignalSpy recomputed(&page, &PerformanceOverviewPage::recomputed);
        page.show();
        QCOMPARE(recomputed.count(), 1);
        QCOMPARE(page.year(), 2025); // the last complete year ("today" is 2026-01-15)

        const auto *table = page.distributionTable()->model();
        QCOMPARE(table->rowCount(), 2); // SD Negeri 1 and 2
        QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Sangat Baik"));
        QCOMPARE(page.overview().total.count(PerformancePredicate::VeryGood), 1);
        QCOMPARE(barTotal(page.chartView()), 7); // every person of the two schools is one bar unit

        const auto *rotation = page.rotationTable()->model();
        QCOMPARE(rotation->rowCount(), 2); // SD 2's teachers, in post since 2020
        QCOMPARE(rotation->index(0, 1).data().toString(), QStringLiteral("19870101 201101 1 001"));

        QSignalSpy activated(&page, &PerformanceOverviewPage::employeeActivated);
        emit page.rotationTable()->activated(rotation->index(0, 0));
        QCOMPARE(activated.count(), 1);
        QVERIFY(s.sd2Teachers.contains(activated.at(0).at(0).toLongLong()));
        test::saveScreenshot(&page, QStringLiteral("performance-overview"));

        page.setYear(2019); // nobody rated that year
        QCOMPARE(page.overview().total.unrated, 7);
    }

    void chartIsNotBlank() {
        test::TransferScenario s;
        PerformanceOverviewPage page(*s.temp.db);
        page.setUnit(0, {});
        page.show();
        const QImage image = chartexporter::render(page.chartView()->chart(), {720, 420}, 1.0);
        QVERIFY(!image.isNull());
        // The bars are drawn in the colour of "Baik" (everyone in the scenario is rated Baik).
        const QRgb good = performancecharts::colour(PerformancePredicate::Good).rgb();
        int goodPixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                goodPixels += image.pixel(x, y) == good;
        QVERIFY2(goodPixels > 500, qPrintable(QString::number(goodPixels)));
    }

    void writesThePrintedReport() {
        test::TransferScenario s;
        PerformanceOverviewPage page(*s.temp.db);
        page.setUnit(0, {});
        page.show();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("kinerja.pdf"));
        dialogs::setNextFileName(pdf);
        page.saveReportAsPdf();
        QVERIFY(QFileInfo::exists(pdf));
        if (const QString shots = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR"); !shots.isEmpty())
            QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("performance-report.pdf")));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0xA0), QLatin1Char(' '));
        QVERIFY2(out.contains(QStringLiteral("LAPORAN KINERJA DAN ROTASI")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Lina Marlina")));          // due for rotation
        QVERIFY2(out.contains(QStringLiteral("19880101 201201 2 001")), qPrintable(out)); // her NIP grouped
        QVERIFY(out.contains(QStringLiteral("Badan Kepegawaian Daerah Kabupaten Bungo")));
        const int before = printing::previewCount();
        page.printReport();
        QCOMPARE(printing::previewCount(), before + 1);
    }
};

QTEST_MAIN(TestPerformanceOverviewPage)
#include "tst_performanceoverviewpage.moc"
