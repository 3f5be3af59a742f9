#include "competence/competencerepository.h"
#include "competence/ratingimporter.h"
#include "importing/workbookloader.h"
#include "output/spreadsheetexport.h"
#include "testsupport.h"
#include "transferscenario.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imbang;

// Performance predicates from agency sheets in both layouts; a bad sheet writes nothing.
class TestRatingImport : public QObject {
    Q_OBJECT

    static Sheet firstSheet(const QString &path) {
        const auto book = WorkbookLoader::load(path);
        if (!book)
            qFatal("%s", qPrintable(book.error()));
        return book->sheets.at(book->firstSheetWithData());
    }
    static std::optional<PerformancePredicate> predicate(const QSqlDatabase &db, qint64 id, int year) {
        const auto r = CompetenceRepository(db).rating(id, year);
        return r ? std::optional(r->predicate) : std::nullopt;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void rowPerYearBelowATitle() {
        test::TransferScenario s;
        const auto result = RatingImporter::import(s.db, firstSheet(test::dataPath(QStringLiteral("competence/ratings-per-year.csv"))));
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.join(u'\n')));
        QCOMPARE(result->written, 4);
        QCOMPARE(result->people, 3);
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(0), 2025), std::optional(PerformancePredicate::VeryGood));
        QCOMPARE(CompetenceRepository(s.db).rating(s.sd1Teachers.at(0), 2025)->document, QStringLiteral("SKP 2025 No. 12"));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(0), 2024), std::optional(PerformancePredicate::Good));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(1), 2025), std::optional(PerformancePredicate::NeedsImprovement));
        QCOMPARE(predicate(s.db, s.bkdClerk, 2025), std::optional(PerformancePredicate::VeryGood));
    }

    void columnPerYearWithScores() {
        test::TransferScenario s;
        const auto result = RatingImporter::import(s.db, firstSheet(test::dataPath(QStringLiteral("competence/ratings-per-column.csv"))));
        QVERIFY2(result && result->problems.isEmpty(), result ? qPrintable(result->problems.join(u'\n')) : qPrintable(result.error()));
        QCOMPARE(result->written, 5); // Maya's empty 2023 is skipped
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(2), 2023), std::optional(PerformancePredicate::Good));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(2), 2022), std::optional(PerformancePredicate::Good)); // 88
        QCOMPARE(CompetenceRepository(s.db).rating(s.sd1Teachers.at(2), 2022)->score, std::optional<double>(88));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(2), 2024), std::optional(PerformancePredicate::VeryGood));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(3), 2022), std::optional(PerformancePredicate::Poor)); // 55
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(3), 2024), std::optional(PerformancePredicate::Poor));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(3), 2023), std::optional(PerformancePredicate::Good)); // kept
    }

    // The same wide layout written by libxlsxwriter, read through liborcus.
    void xlsxColumnPerYear() {
        test::TransferScenario s;
        TextTable t;
        t.keys = {QStringLiteral("nip"), QStringLiteral("a"), QStringLiteral("b")};
        t.headers = {QStringLiteral("NIP"), QStringLiteral("Predikat SKP 2024"), QStringLiteral("Predikat SKP 2025")};
        t.rows = {{QStringLiteral("198503122010012004"), QStringLiteral("Sangat Kurang"), QStringLiteral("Sangat Baik")}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("skp.xlsx"));
        QVERIFY(spreadsheetexport::writeXlsx(t, path, QStringLiteral("SKP")));
        const auto result = RatingImporter::import(s.db, firstSheet(path));
        QVERIFY(result && result->problems.isEmpty());
        QCOMPARE(result->written, 2);
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(3), 2024), std::optional(PerformancePredicate::VeryPoor));
        QCOMPARE(predicate(s.db, s.sd1Teachers.at(3), 2025), std::optional(PerformancePredicate::VeryGood));
    }

    void badRowsWriteNothing() {
        test::TransferScenario s;
        const auto before = CompetenceRepository(s.db).ratings(s.sd1Teachers.at(0));
        const auto result = RatingImporter::import(s.db, firstSheet(test::dataPath(QStringLiteral("competence/ratings-bad.csv"))));
        QVERIFY(result);
        QCOMPARE(result->written, 0);
        QCOMPARE(result->problems.size(), 2);
        QVERIFY2(result->problems.at(0).contains(QStringLiteral("Baris 3")) &&
                     result->problems.at(0).contains(QStringLiteral("199901012020012001")),
                 qPrintable(result->problems.at(0)));
        QVERIFY2(result->problems.at(1).contains(QStringLiteral("mantap")), qPrintable(result->problems.at(1)));
        QCOMPARE(CompetenceRepository(s.db).ratings(s.sd1Teachers.at(0)), before); // the good row was not written

        Sheet noHeader;
        noHeader.name = QStringLiteral("Lembar1");
        noHeader.rows = {SourceRow{1, {Cell::fromText(QStringLiteral("halo"))}}};
        const auto refused = RatingImporter::import(s.db, noHeader);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Lembar1")));
    }

    // A staff list carries rating columns only when every year column is about performance.
    void ratingColumnsOfAStaffList() {
        const auto sheetWith = [](const QStringList &headers) {
            Sheet sheet;
            SourceRow header{1, {}};
            for (const QString &h : headers)
                header.cells << Cell::fromText(h);
            sheet.rows << header;
            return sheet;
        };
        QCOMPARE(RatingImporter::ratingColumnYears(sheetWith({QStringLiteral("NIP"), QStringLiteral("Nama"),
                                                              QStringLiteral("SKP 2024"), QStringLiteral("Nilai Kinerja 2025")})),
                 (QList<int>{2024, 2025}));
        QCOMPARE(RatingImporter::ratingColumnYears(sheetWith({QStringLiteral("NIP_BARU"), QStringLiteral("PREDIKAT_2025")})),
                 QList<int>{2025});
        QVERIFY(RatingImporter::ratingColumnYears(sheetWith({QStringLiteral("NIP"), QStringLiteral("TMT 2019")})).isEmpty());
        QVERIFY(RatingImporter::ratingColumnYears(sheetWith({QStringLiteral("NIP"), QStringLiteral("Nama")})).isEmpty());
        test::TransferScenario s;
        QVERIFY(RatingImporter::importWithStaffList(s.db, sheetWith({QStringLiteral("NIP"), QStringLiteral("Nama")})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRatingImport)
#include "tst_ratingimport.moc"
