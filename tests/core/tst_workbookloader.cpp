#include "importing/odsreader.h"
#include "importing/orcusreader.h"
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

    // The streaming ods reader and liborcus' ods import read the LibreOffice sample alike, cell by cell.
    void odsReadersAgree() {
        struct Collect : RowSink {
            QList<QPair<QString, QList<SourceRow>>> sheets;
            bool beginSheet(int, const QString &name) override {
                sheets.append({name, {}});
                return true;
            }
            bool addRow(int sheet, SourceRow &&row) override {
                sheets[sheet].second.append(std::move(row));
                return true;
            }
        } streamed, orcus;
        const QString path = test::samplePath(QStringLiteral("agency-libreoffice.ods"));
        QVERIFY(OdsReader(path).read(streamed));
        QVERIFY(OrcusReader(path, SpreadsheetFormat::Ods).read(orcus));
        QCOMPARE(streamed.sheets.size(), orcus.sheets.size());
        QCOMPARE(streamed.sheets.at(0).first, orcus.sheets.at(0).first);
        const QList<SourceRow> &a = streamed.sheets.at(0).second;
        const QList<SourceRow> &b = orcus.sheets.at(0).second;
        QCOMPARE(a.size(), b.size());
        for (int r = 0; r < a.size(); ++r) {
            QCOMPARE(a.at(r).number, b.at(r).number);
            for (int c = 0; c < std::max(a.at(r).cells.size(), b.at(r).cells.size()); ++c) {
                QCOMPARE(a.at(r).cell(c).displayText(), b.at(r).cell(c).displayText());
                QCOMPARE(int(a.at(r).cell(c).kind), int(b.at(r).cell(c).kind));
            }
        }
    }

    // Saved by LibreOffice: an empty first sheet, then the data (tests/data/importing/make_multisheet_fixtures.py).
    void multiSheet_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("ods") << "multisheet.ods";
        QTest::newRow("xlsx") << "multisheet.xlsx";
    }

    void multiSheet() {
        QFETCH(QString, file);
        const QString path = test::dataPath(QStringLiteral("importing/") + file);
        auto book = WorkbookLoader::load(path);
        QVERIFY2(book, qPrintable(book ? QString() : book.error()));
        QCOMPARE(book->sheets.size(), 3);
        QCOMPARE(book->sheets.at(0).name, QStringLiteral("Petunjuk"));
        QCOMPARE(book->firstSheetWithData(), 1);
        const Sheet &data = book->sheets.at(1);
        QCOMPARE(data.name, QStringLiteral("Data"));
        QCOMPARE(data.rows.size(), 6);
        QCOMPARE(text(data, 1, 2), QStringLiteral("Budi  Santoso")); // the comment on it is not text
        QCOMPARE(text(data, 2, 2), QStringLiteral("Rosmawati\nKurniawan"));
        QCOMPARE(text(data, 1, 6), QStringLiteral("Dinas Pendidikan & Kebudayaan <Kota Jambi>"));
        QCOMPARE(data.rows.at(1).cell(3).date(), QDate(1979, 10, 26));
        QCOMPARE(data.rows.at(5).number, 6);
        QCOMPARE(data.rows.at(5).cell(0).number, 3.0);
        // Only the chosen sheet is read; the others are still listed.
        LoadOptions options;
        options.sheet = 2;
        auto third = WorkbookLoader::load(path, options);
        QVERIFY(third);
        QCOMPARE(third->sheets.size(), 3);
        QVERIFY(third->sheets.at(1).rows.isEmpty());
        QCOMPARE(third->sheets.at(2).rows.size(), 1);
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
