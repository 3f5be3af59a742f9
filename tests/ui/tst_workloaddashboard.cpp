#include "demo/demogenerator.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "testsupport.h"
#include "workload/gradedistributionmodel.h"
#include "workload/retirementoutlookmodel.h"
#include "workload/workloadbreakdownmodel.h"
#include "workload/workloaddashboard.h"
#include "workload/workloadpalette.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTest>

using namespace imbang;

// The workload dashboard on demo data: its models, charts, drilling, exports, printing and recompute on change.
class TestWorkloadDashboard : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_education = 0; // Dinas Pendidikan Kota Jambi
    qint64 m_health = 0;    // Dinas Kesehatan Kota Jambi

    // Screens are written where IMBANG_SCREENSHOT_DIR points, for a person to look at.
    static void keep(const QImage &image, const QString &name) {
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(name));
    }

    // Distinct colours in a picture, to tell a drawn chart from an empty frame.
    static int colourCount(const QImage &image) {
        QSet<QRgb> colours;
        const QImage img = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2)
                colours.insert(img.pixel(x, y));
        return int(colours.size());
    }

    static int pixelsOf(const QImage &image, const QColor &colour) {
        const QImage img = image.convertToFormat(QImage::Format_RGB32);
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (img.pixel(x, y) == colour.rgb())
                    ++n;
        return n;
    }

    static QBarSet *firstBarSet(QChart *chart) {
        for (QAbstractSeries *s : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                return bars->barSets().value(0);
        return nullptr;
    }

private slots:
    void initTestCase() {
        qputenv("IMBANG_TODAY", "2026-11-29");
        test::installIndonesian();
        m_db = std::make_unique<test::TempDatabase>();
        DemoOptions options;
        options.employees = 4000;
        options.seed = 3;
        QVERIFY(DemoGenerator::generate(m_db->db->connection(), options));
        m_education = UnitRepository(m_db->db->connection()).byCode(QStringLiteral("01.08"))->id;
        m_health = UnitRepository(m_db->db->connection()).byCode(QStringLiteral("01.09"))->id;
        WorkloadDashboard::setPreviewHandler({});
    }

    void modelsUnderTester() {
        WorkloadDashboard dashboard(*m_db->db);
        QAbstractItemModelTester t1(dashboard.breakdownModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(dashboard.outlookModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(dashboard.gradeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dashboard.selectUnit(m_education);
        dashboard.setGrouping(WorkloadGrouping::Position);
        dashboard.setGrouping(WorkloadGrouping::Region);
        dashboard.selectUnit(0);
        dashboard.setGrouping(WorkloadGrouping::Unit);
        QVERIFY(dashboard.breakdownModel()->rowCount() > 200); // the agencies of 11 regions
        QCOMPARE(dashboard.outlookModel()->rowCount(), 5);
        QCOMPARE(dashboard.gradeModel()->rowCount(), 5);
    }

    void showsTheSelectedDinas() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.selectUnit(m_education);
        const WorkloadSummary expected =
            dashboard.snapshot()->summarize(m_education, WorkloadGrouping::Unit, WorkloadFilter());
        const WorkloadBreakdownModel *model = dashboard.breakdownModel();
        QCOMPARE(model->rowCount(), int(expected.rows.size()));
        QVERIFY(model->rowCount() > 10); // the agency's own posts and its schools
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->index(r, WorkloadBreakdownModel::Code).data().toString(), expected.rows.at(r).code);
            QCOMPARE(model->index(r, WorkloadBreakdownModel::InPost).data(Qt::EditRole).toInt(),
                     expected.rows.at(r).figures.inPost);
        }
        // Indonesian numbers on screen: "12,50", not "12.50".
        const QString need = model->index(1, WorkloadBreakdownModel::Need).data().toString();
        QVERIFY2(need.contains(QLatin1Char(',')), qPrintable(need));
        QCOMPARE(model->headerData(WorkloadBreakdownModel::Need, Qt::Horizontal).toString(), QStringLiteral("Kebutuhan"));
        int grades = 0;
        for (int g = 0; g < 5; ++g)
            grades += dashboard.gradeModel()->index(g, GradeDistributionModel::Count).data(Qt::EditRole).toInt();
        QCOMPARE(grades, model->rowCount());
    }

    void clickingABarDrillsIntoThatUnit() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.selectUnit(m_education);
        QSignalSpy activated(&dashboard, &WorkloadDashboard::unitActivated);
        QChart *gapChart = dashboard.chartView(WorkloadDashboard::Chart::Gap)->chart();
        QBarSet *set = firstBarSet(gapChart);
        QVERIFY(set);
        const int row = dashboard.rowOfBar(WorkloadDashboard::Chart::Gap, 0);
        QVERIFY(row >= 0);
        const qint64 school = dashboard.summary().rows.at(row).id;
        emit set->clicked(0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), school);
        QCOMPARE(dashboard.selectedUnit(), school);
        // A school has no sub-units: the dashboard shows it per position.
        QCOMPARE(dashboard.grouping(), WorkloadGrouping::Position);
    }

    void chartsRenderOffscreen() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.resize(1400, 1000);
        dashboard.show();
        dashboard.selectUnit(m_education);
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        keep(dashboard.grab().toImage(), QStringLiteral("workload-dashboard.png"));
        for (int c = 0; c < 4; ++c) {
            const QImage chart = dashboard.chartView(WorkloadDashboard::Chart(c))->grab().toImage();
            QVERIFY(!chart.isNull());
            QVERIFY2(colourCount(chart) > 20, qPrintable(QString::number(colourCount(chart))));
        }
        // Bars drawn in the palette's colours: staff blue in the first chart, shortage orange in the second.
        const QImage needs = dashboard.chartView(WorkloadDashboard::Chart::NeedVsStaff)->grab().toImage();
        QVERIFY(pixelsOf(needs, workloadpalette::staff()) > 200);
        const QImage gaps = dashboard.chartView(WorkloadDashboard::Chart::Gap)->grab().toImage();
        QVERIFY(pixelsOf(gaps, workloadpalette::surplus()) + pixelsOf(gaps, workloadpalette::shortage()) > 200);
        dashboard.selectUnit(0);
        keep(dashboard.grab().toImage(), QStringLiteral("workload-dashboard-office.png"));
        dashboard.setGrouping(WorkloadGrouping::Region);
        keep(dashboard.grab().toImage(), QStringLiteral("workload-dashboard-regions.png"));
    }

    void exportsPngSvgPdf() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.resize(1200, 900);
        dashboard.show();
        dashboard.selectUnit(m_health);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("gap.png"));
        QVERIFY(dashboard.exportChart(WorkloadDashboard::Chart::Gap, png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2000, 1280)); // 1000 x 640 points at twice the resolution
        QVERIFY(colourCount(image) > 20);
        keep(image, QStringLiteral("workload-export-gap.png"));

        const QString svg = dir.filePath(QStringLiteral("outlook.svg"));
        QVERIFY(dashboard.exportChart(WorkloadDashboard::Chart::Outlook, svg));
        const QByteArray svgBytes = test::fileBytes(svg);
        QVERIFY(svgBytes.contains("<svg"));
        QVERIFY(svgBytes.contains("<path") || svgBytes.contains("<polyline"));

        const QString pdf = dir.filePath(QStringLiteral("grades.pdf"));
        QVERIFY(dashboard.exportChart(WorkloadDashboard::Chart::Grades, pdf));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        QVERIFY(test::fileBytes(pdf).size() > 2000);

        QVERIFY(!dashboard.exportChart(WorkloadDashboard::Chart::Grades, dir.filePath(QStringLiteral("x.bmp"))));

        // Through the menu action, with the file dialog answered by the test hook.
        const QString viaDialog = dir.filePath(QStringLiteral("needs.svg"));
        WorkloadDashboard::setNextSaveFileName(viaDialog);
        dashboard.saveChartAs(WorkloadDashboard::Chart::NeedVsStaff);
        QVERIFY(QFileInfo::exists(viaDialog));
        WorkloadDashboard::setNextSaveFileName(QString()); // cancelled: nothing written, nothing asked
        dashboard.saveChartAs(WorkloadDashboard::Chart::NeedVsStaff);
    }

    void printsAReportWithPreview() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.resize(1200, 900);
        dashboard.show();
        dashboard.selectUnit(m_education);
        int pages = 0;
        WorkloadDashboard::setPreviewHandler([&pages](QPrintPreviewDialog &dialog) {
            auto *preview = dialog.findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            preview->updatePreview();
            pages = preview->pageCount();
        });
        dashboard.printReport();
        WorkloadDashboard::setPreviewHandler({});
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));

        const QString html = dashboard.report().html();
        QVERIFY(html.contains(QStringLiteral("LAPORAN BEBAN KERJA DAN KEBUTUHAN PEGAWAI")));
        QVERIFY(html.contains(QStringLiteral("Keadaan per 29 November 2026")));
        QVERIFY(html.contains(QStringLiteral("Proyeksi pensiun")));
        QVERIFY(html.contains(dashboard.summary().rows.last().name.toHtmlEscaped()));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("laporan.pdf"));
        QVERIFY(dashboard.writeReportPdf(pdf));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        QVERIFY(test::fileBytes(pdf).size() > 20000); // with the chart pictures
    }

    void recomputesWhenDataChanges() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.selectUnit(m_education);
        const WorkloadRow school = dashboard.summary().rows.last();
        const double before = school.figures.need;
        QSignalSpy recomputed(&dashboard, &WorkloadDashboard::recomputed);
        // Someone enters a formasi for a new position at the last school and saves.
        QVERIFY(StaffingNeedRepository(m_db->db->connection())
                    .set({school.id, dashboard.snapshot()->positions().front().id, 3,
                          StaffingNeedRepository::sourceDirect(), {}}));
        ChangeBus::notify(QStringLiteral("staffing_need"));
        QTRY_COMPARE(recomputed.count(), 1);
        const int last = dashboard.breakdownModel()->rowCount() - 1;
        QCOMPARE(dashboard.breakdownModel()->index(last, WorkloadBreakdownModel::Need).data(Qt::EditRole).toDouble(),
                 std::round((before + 3) * 100) / 100);
        QCOMPARE(dashboard.selectedUnit(), m_education);
    }

    void filtersByFamily() {
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.selectUnit(m_education);
        const int all = dashboard.summary().total.inPost;
        WorkloadFilter teachers;
        teachers.teachersOnly = true;
        dashboard.setFilter(teachers);
        QVERIFY(dashboard.summary().total.inPost < all);
        QVERIFY(dashboard.summary().total.inPost > all / 2);
    }
};

QTEST_MAIN(TestWorkloadDashboard)
#include "tst_workloaddashboard.moc"
