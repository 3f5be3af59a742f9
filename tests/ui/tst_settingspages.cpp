#include "plannerscenario.h"
#include "transferscenario.h"
#include "uitestsupport.h"

#include "competence/competencerepository.h"
#include "competence/ratingimporter.h"
#include "dialogs/settingsdialog.h"
#include "importing/workbookloader.h"
#include "planner/plannerpage.h"
#include "planner/plannersettingspage.h"
#include "records/scoremappingpage.h"
#include "settings/settingkeys.h"
#include "util/dialoghooks.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

// The "Perencana" and "Kinerja" pages of the Settings dialog: the planner's limits and cost model
// (issue 9 item 4) and the SKP score mapping (issue 12 item 1), validated, saved all or nothing, and used
// by the planner page and the rating import.
class TestSettingsPages : public QObject {
    Q_OBJECT

    static int tabIndex(SettingsDialog &dialog, const QString &title) {
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            if (dialog.tabs()->tabText(i).remove(QLatin1Char('&')) == title)
                return i;
        return -1;
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
    }

    void plannerLimits() {
        test::PlannerScenario s;
        PlannerPage planner(*s.temp.db);
        const auto maxMoves = planner.findChildren<QSpinBox *>();
        QCOMPARE(maxMoves.size(), 1);
        QCOMPARE(maxMoves.first()->value(), 0);

        SettingsDialog dialog(s.db);
        const int tab = tabIndex(dialog, QStringLiteral("Perencana"));
        QVERIFY(tab >= 0);
        QCOMPARE(dialog.tabs()->widget(tab), dialog.plannerPage());
        PlannerSettingsPage *page = dialog.plannerPage();
        QCOMPARE(page->values(), PlannerSettings::load(s.db));
        page->maxMovesBox()->setValue(25);
        page->maxKmBox()->setValue(120);
        page->roadFactorBox()->setValue(1.5);
        // The spin boxes accept exactly what the core accepts.
        page->roadFactorBox()->setValue(0.5);
        QCOMPARE(page->roadFactorBox()->value(), 1.0);
        page->roadFactorBox()->setValue(1.5);
        QVERIFY(page->findChild<QLabel *>() != nullptr);
        dialog.tabs()->setCurrentIndex(tab);
        dialog.resize(640, 620);
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("settings-planner"));

        // Leaving the family cheaper than changing position is refused; nothing is stored, not even the
        // other pages' values.
        page->crossFamilyBox()->setChecked(true);
        QDoubleSpinBox *familyCost = page->crossFamilyCostBox();
        familyCost->setValue(10);
        QVERIFY(hasErrors(page->problems()));
        dialog.tabs()->setCurrentIndex(0);
        dialogs::clearShownMessages();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.tabs()->currentWidget(), page);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("rumpun jabatan lain")));
        QCOMPARE(PlannerSettings::load(s.db), PlannerSettings());

        familyCost->setValue(300);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const PlannerSettings saved = PlannerSettings::load(s.db);
        QCOMPARE(saved.maxMoves, 25);
        QCOMPARE(saved.maxKm, 120.0);
        QCOMPARE(saved.roadFactor, 1.5);
        QVERIFY(saved.allowCrossFamily);
        QCOMPARE(saved.crossFamilyPenaltyKm, 300.0);
        // The planner page takes the new defaults at once.
        QCOMPARE(maxMoves.first()->value(), 25);

        SettingsDialog again(s.db);
        QCOMPARE(again.plannerPage()->values(), saved);
        again.plannerPage()->resetToDefaults();
        QCOMPARE(again.plannerPage()->values(), PlannerSettings());
        QCOMPARE(again.plannerPage()->teacherHours(), 24.0);
    }

    void scoreMapping() {
        test::TransferScenario s;
        SettingsDialog dialog(s.db);
        const int tab = tabIndex(dialog, QStringLiteral("Kinerja"));
        QVERIFY(tab >= 0);
        ScoreMappingPage *page = dialog.scoreMappingPage();
        QCOMPARE(page->mapping().toSettingText(), QStringLiteral("91;76;61;51"));
        QCOMPARE(page->table()->item(1, 2)->text(), QStringLiteral("76 sampai di bawah 91"));
        QCOMPARE(page->table()->item(4, 2)->text(), QStringLiteral("di bawah 51"));
        QVERIFY(page->problemLabel()->isHidden());

        // Baik above Sangat Baik: explained beside the table, and nothing is stored.
        page->scoreBox(1)->setValue(95);
        QVERIFY(!page->problemLabel()->isHidden());
        QVERIFY(page->problemLabel()->text().contains(QStringLiteral("Baik (95)")));
        QCOMPARE(page->table()->item(1, 2)->text(), QStringLiteral("tidak ada (perbaiki nilai terendah)"));
        dialog.tabs()->setCurrentIndex(tab);
        dialog.resize(640, 520);
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("settings-score-mapping-error"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(Settings(s.db).get(settingkeys::performanceScoreMapping), QStringLiteral("91;76;61;51"));

        page->scoreBox(0)->setValue(85);
        page->scoreBox(1)->setValue(70);
        page->scoreBox(2)->setValue(60);
        page->scoreBox(3)->setValue(50);
        QVERIFY(page->problemLabel()->isHidden());
        QCOMPARE(page->rotationYearsBox()->value(), 5);
        page->rotationYearsBox()->setValue(6);
        test::saveScreenshot(&dialog, QStringLiteral("settings-score-mapping"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Settings(s.db).get(settingkeys::performanceScoreMapping), QStringLiteral("85;70;60;50"));
        QCOMPARE(Settings(s.db).get(settingkeys::rotationYears), 6);

        // The rating import maps the old scores with the saved table: 88 is now Sangat Baik (default: Baik).
        const auto book = WorkbookLoader::load(test::dataPath(QStringLiteral("competence/ratings-per-column.csv")));
        QVERIFY(book);
        const auto result = RatingImporter::import(s.db, book->sheets.at(book->firstSheetWithData()));
        QVERIFY(result && result->problems.isEmpty());
        QCOMPARE(CompetenceRepository(s.db).rating(s.sd1Teachers.at(2), 2022)->predicate, PerformancePredicate::VeryGood);
        QCOMPARE(CompetenceRepository(s.db).rating(s.sd1Teachers.at(3), 2022)->predicate, PerformancePredicate::Poor);
    }
};

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
