#include "plannerscenario.h"

#include "demo/demogenerator.h"
#include "planner/planmovemodel.h"
#include "planner/plannercharts.h"
#include "planner/plannerpage.h"
#include "util/dialoghooks.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFontMetrics>
#include <QItemSelectionModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

// The "Perencana" page: planning in the worker thread, the moves table, the before/after charts, pins,
// exclusions and turning the ticked moves into draft transfers.
class TestPlannerPage : public QObject {
    Q_OBJECT

    static void keep(QWidget &widget, const QString &name) {
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget.grab().save(QDir(dir).filePath(name));
    }

    static int barValues(QChartView *view) {
        int n = 0;
        for (QAbstractSeries *s : view->chart()->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        n += int(set->at(i));
        return n;
    }

    static void select(PlannerPage &page, int row) {
        page.table()->selectionModel()->select(page.model()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
    }

    void planPinExcludeAccept() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d = s.unit(QStringLiteral("07.08"), QStringLiteral("Dinas Pendidikan Bungo"), 0, bungo, -1.5,
                                102.1, UnitKind::Opd);
        const qint64 a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD Negeri 1"), d, bungo, -1.5, 102.1);
        const qint64 b = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD Negeri 2"), d, bungo, -1.6, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(a, guru, 2);
        s.need(b, guru, 4);
        const QList<qint64> atA = s.staff(QStringLiteral("Guru A"), a, guru, 4);
        s.staff(QStringLiteral("Guru B"), b, guru, 2);

        PlannerPage page(*s.temp.db);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1100, 800);
        page.setUnit(d, QString());
        page.plan();
        page.waitForPlan();
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->moves().at(0).employeeId, atA.at(0));
        QCOMPARE(page.result().totals.shortageCovered(), 2);
        const auto views = page.findChildren<QChartView *>();
        QCOMPARE(views.size(), 4);
        for (QChartView *v : views)
            QVERIFY(v->chart() && !v->chart()->series().isEmpty());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        keep(page, QStringLiteral("planner-page.png"));

        // Pin the second move, exclude the first person: the pinned move stays, another fills the gap.
        select(page, 1);
        page.pinSelected();
        page.waitForPlan();
        QCOMPARE(page.request().pinned.size(), 1);
        select(page, 1);
        QCOMPARE(page.model()->moves().at(1).employeeId, atA.at(0));
        page.excludeSelectedPerson();
        page.waitForPlan();
        QVERIFY(page.request().excludedEmployees.contains(atA.at(0)));
        QList<qint64> moved;
        for (const ProposedMove &m : page.model()->moves())
            moved << m.employeeId;
        QCOMPARE(moved, (QList<qint64>{atA.at(1), atA.at(2)}));
        QVERIFY(page.model()->moves().at(0).pinned);

        // Untick one, accept the other: one draft transfer, and the next plan proposes the remaining move.
        QVERIFY(page.model()->setData(page.model()->index(1, PlanMoveModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        dialogs::setNextAnswer(QMessageBox::Yes);
        page.acceptChecked();
        page.waitForPlan();
        QSqlQuery q(s.db);
        QVERIFY(q.exec(QStringLiteral("SELECT employee_id, status FROM transfer")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), atA.at(1));
        QCOMPARE(q.value(1).toString(), QStringLiteral("DRAFT"));
        QVERIFY(!q.next());
        // The draft counts as on its way: one shortage is left, and the excluded person still stays.
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->moves().at(0).employeeId, atA.at(2));
    }

    // Long school names: horizontal bars with the names left of them, shortened alike but still distinct,
    // the full name in the tooltip (the slanted labels used to be cut).
    void longUnitNames() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo");
        const qint64 d = s.unit(QStringLiteral("07.08"), QStringLiteral("Dinas Pendidikan dan Kebudayaan Kabupaten Bungo"),
                                0, bungo, -1.5, 102.1, UnitKind::Opd);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        const QStringList names{QStringLiteral("SD Negeri 140/II Desa Sungai Rambai Kecamatan Tanah Sepenggal Lintas"),
                                QStringLiteral("SD Negeri 141/II Desa Sungai Rambai Kecamatan Tanah Sepenggal Lintas"),
                                QStringLiteral("SMP Negeri 7 Satu Atap Desa Lubuk Kayu Aro Kecamatan Rantau Pandan"),
                                QStringLiteral("SD Negeri 12 Bungo")};
        for (int i = 0; i < names.size(); ++i) {
            const qint64 school = s.unit(QStringLiteral("07.08.S%1").arg(i), names.at(i), d, bungo, -1.5 - 0.02 * i, 102.1);
            s.need(school, guru, i % 2 ? 5 : 2);
            s.staff(QStringLiteral("Guru %1").arg(i), school, guru, i % 2 ? 3 : 4);
        }
        PlannerPage page(*s.temp.db);
        page.resize(1280, 900);
        page.setUnit(d, QString());
        page.plan();
        page.waitForPlan();
        QVERIFY(page.result().totals.moved > 0);
        const QStringList labels = plannercharts::gapLabels(page.result());
        QCOMPARE(labels.size(), 4);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 4);
        QVERIFY(labels.contains(names.at(3))); // short names stay whole
        const QFontMetrics metrics(plannercharts::gapLabelFont());
        for (const QString &label : labels)
            QVERIFY2(metrics.horizontalAdvance(label) <= plannercharts::gapLabelWidth, qPrintable(label));
        // Shortened in the middle: the ends that tell the schools apart stay.
        QCOMPARE(labels.filter(QStringLiteral("SD Negeri 140")).size(), 1);
        QCOMPARE(labels.filter(QStringLiteral("SD Negeri 141")).size(), 1);
        QCOMPARE(labels.filter(QStringLiteral("Lintas")).size(), 2);
        QChartView *gaps = page.findChildren<QChartView *>().at(0);
        const auto axes = gaps->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->count(), 4);
        QCOMPARE(categories->at(3), labels.first()); // the largest group on top
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        keep(page, QStringLiteral("planner-long-names.png"));
    }

    void demoOffice() {
        qputenv("IMBANG_TODAY", "2026-11-29");
        test::TempDatabase temp;
        DemoOptions options;
        options.employees = 4000;
        options.seed = 3;
        QVERIFY(DemoGenerator::generate(temp.db->connection(), options));
        PlannerPage page(*temp.db);
        page.resize(1280, 900);
        page.plan();
        page.waitForPlan();
        const PlanResult &r = page.result();
        QVERIFY(r.totals.moved > 0);
        QCOMPARE(page.model()->rowCount(), r.totals.moved);
        QVERIFY(r.totals.shortageAfter < r.totals.shortageBefore);
        const auto views = page.findChildren<QChartView *>();
        QVERIFY(barValues(views.at(0)) > barValues(views.at(1))); // less shortage and surplus after
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        keep(page, QStringLiteral("planner-demo.png"));
    }
};

QTEST_MAIN(TestPlannerPage)
#include "tst_plannerpage.moc"
