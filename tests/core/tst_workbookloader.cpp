#include "importing/workbookloader.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

class TestWorkbookLoader : public QObject {
    Q_OBJECT

    static QString text(const Sheet &sheet, int row, int column) { return sheet.rows.at(row).cell(column).displayText(); }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void samples_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("rows");      // non-empty rows including the header and title rows
        QTest::addColumn<int>("firstDataRow"); // index of the first employee row
        QTest::newRow("libreoffice xlsx") << test::samplePath(QStringLiteral("agency-libreoffice.xlsx")) << int(SpreadsheetFormat::Xlsx) << 401 << 1;
        QTest::newRow("libreoffice ods") << test::samplePath(QStringLiteral("agency-libreoffice.ods")) << int(SpreadsheetFormat::Ods) << 401 << 1;
        QTest::newRow("title block") << test::samplePath(QStringLiteral("agency-title-block.xlsx")) << int(SpreadsheetFormat::Xlsx) << 403 << 3;
        QTest::newRow("numeric nip") << test::samplePath(QStringLiteral("agency-numeric-nip.xlsx")) << int(SpreadsheetFormat::Xlsx) << 401 << 1;
        QTest::newRow("siasn csv") << test::samplePath(QStringLiteral("siasn-export.csv")) << int(SpreadsheetFormat::Csv) << 401 << 1;
    }

    void samples() {
        QFETCH(QString, path);
        QFETCH(int, format);
        QFETCH(int, rows);
        QFETCH(int, firstDataRow);
        auto book = WorkbookLoader::load(path);
        QVERIFY2(book, qPrintable(book.error()));
        QCOMPARE(int(book->format), format);
        const int index = book->firstSheetWithData();
        QVERIFY(index >= 0);
        const Sheet &sheet = book->sheets.at(index);
        QCOMPARE(sheet.rows.size(), rows);
        const SourceRow &first = sheet.rows.at(firstDataRow);
        QString nip;
        for (const Cell &c : first.cells)
            if (c.displayText().startsWith(QLatin1String("19981207")) || c.displayText().startsWith(QLatin1String("1.99812")))
                nip = c.displayText();
        QVERIFY2(!nip.isEmpty(), qPrintable(first.cells.isEmpty() ? QString() : first.cells.at(1).displayText()));
    }

    void titleBlockDates() {
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("agency-title-block.xlsx")));
        QVERIFY(book);
        const Sheet &sheet = book->sheets.at(0);
        QCOMPARE(sheet.rows.at(2).number, 4); // header row number as the spreadsheet shows it (row 3 is blank)
        const Cell &birth = sheet.rows.at(3).cell(6);
        QCOMPARE(int(birth.kind), int(Cell::Kind::Date));
        QCOMPARE(birth.date(), QDate(1998, 12, 7));
        QCOMPARE(text(sheet, 3, 11), QStringLiteral("01 Okt 2025"));
    }

    void numericNip() {
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("agency-numeric-nip.xlsx")));
        QVERIFY(book);
        const Cell &nip = book->sheets.at(0).rows.at(1).cell(1);
        QCOMPARE(int(nip.kind), int(Cell::Kind::Number));
        QCOMPARE(nip.displayText(), QStringLiteral("1.99812072025032E+17"));
        // An empty shared string stays empty (liborcus 0.17 repeats the previous string for it).
        const Cell &title = book->sheets.at(0).rows.at(1).cell(3);
        QVERIFY2(title.isEmpty(), qPrintable(title.displayText()));
        QCOMPARE(book->sheets.at(0).rows.at(1).cell(2).text, QStringLiteral("Fitri Pratama"));
    }

    void openpyxl_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("absolute targets, inline strings") << "openpyxl.xlsx";
        QTest::newRow("1904 date system") << "openpyxl-1904.xlsx";
        QTest::newRow("relative targets, inline strings") << "openpyxl-1904-relative.xlsx";
    }

    void openpyxl() {
        QFETCH(QString, file);
        auto book = WorkbookLoader::load(test::dataPath(QStringLiteral("importing/") + file));
        QVERIFY2(book, qPrintable(book.error()));
        QCOMPARE(book->sheets.size(), 1);
        QCOMPARE(book->sheets.at(0).name, QStringLiteral("Pegawai"));
        const Sheet &sheet = book->sheets.at(0);
        QCOMPARE(sheet.rows.size(), 4);
        QCOMPARE(text(sheet, 0, 1), QStringLiteral("NIP"));
        QCOMPARE(text(sheet, 2, 1), QStringLiteral("197910262003091001"));
        QCOMPARE(text(sheet, 2, 2), QStringLiteral("Budi Santoso, S.Pd."));
        QCOMPARE(sheet.rows.at(1).cell(3).date(), QDate(1998, 12, 7));
        QCOMPARE(sheet.rows.at(1).cell(0).number, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestWorkbookLoader)
#include "tst_workbookloader.moc"
