#include "importing/workbookloader.h"
#include "output/spreadsheetexport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imbang;

// The list exports read back by the import's own readers (liborcus for xlsx, the CSV reader), cell
// by cell: NIPs stay text, dates become date cells, and a name that looks like a formula comes back
// as the plain text that was written.
class TestSpreadsheetExport : public QObject {
    Q_OBJECT

    static TextTable table() {
        TextTable t;
        t.keys = {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("born"), QStringLiteral("count")};
        t.headers = {QStringLiteral("NIP"), QStringLiteral("Nama"), QStringLiteral("Tanggal lahir"), QStringLiteral("Jumlah")};
        t.types = {TextTable::ColumnType::Text, TextTable::ColumnType::Text, TextTable::ColumnType::Date,
                   TextTable::ColumnType::Number};
        t.rows = {{QStringLiteral("199812072025032001"), QStringLiteral("Siti Rahmawati, S.Pd."), QStringLiteral("1998-12-07"),
                   QStringLiteral("3")},
                  {QStringLiteral("197910262003091001"), QStringLiteral("=HYPERLINK(\"http://contoh.test\",\"klik\")"),
                   QStringLiteral("1979-10-26"), QStringLiteral("12")},
                  {QStringLiteral("198001012005011002"), QStringLiteral("+62 Budi; \"Ucok\""), QString(), QStringLiteral("0")}};
        return t;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void xlsxReadsBackCellByCell() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daftar.xlsx"));
        QVERIFY(spreadsheetexport::writeXlsx(table(), path, QStringLiteral("Pegawai")));
        const auto book = WorkbookLoader::load(path);
        QVERIFY2(book, qPrintable(book.error()));
        QCOMPARE(book->format, SpreadsheetFormat::Xlsx);
        QCOMPARE(book->sheets.size(), 1);
        const Sheet &sheet = book->sheets.first();
        QCOMPARE(sheet.name, QStringLiteral("Pegawai"));
        QCOMPARE(sheet.rows.size(), 4);
        QCOMPARE(sheet.rows.at(0).cell(2).text, QStringLiteral("Tanggal lahir"));
        const TextTable expected = table();
        for (int r = 0; r < expected.rows.size(); ++r) {
            const SourceRow &row = sheet.rows.at(r + 1);
            QCOMPARE(row.cell(0).kind, Cell::Kind::Text); // an 18-digit NIP is never a number
            QCOMPARE(row.cell(0).text, expected.rows.at(r).at(0));
            QCOMPARE(row.cell(1).kind, Cell::Kind::Text); // never a formula
            QCOMPARE(row.cell(1).text, expected.rows.at(r).at(1));
            const QDate born = QDate::fromString(expected.rows.at(r).at(2), Qt::ISODate);
            if (born.isValid()) {
                QVERIFY(row.cell(2).kind == Cell::Kind::Date || row.cell(2).kind == Cell::Kind::Number);
                const QDate read = row.cell(2).kind == Cell::Kind::Date
                                       ? row.cell(2).date()
                                       : sheet.dateOrigin.addDays(qint64(row.cell(2).number));
                QCOMPARE(read, born);
            } else {
                QVERIFY(row.cell(2).isEmpty());
            }
            QCOMPARE(row.cell(3).kind, Cell::Kind::Number);
            QCOMPARE(row.cell(3).number, expected.rows.at(r).at(3).toDouble());
        }
    }

    void csvReadsBackWithFormulasNeutralised() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daftar.csv"));
        QVERIFY(spreadsheetexport::writeCsv(table(), path));
        const QByteArray bytes = test::fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel needs the BOM to read UTF-8
        QVERIFY(bytes.contains("NIP;Nama;Tanggal lahir;Jumlah"));
        const auto book = WorkbookLoader::load(path);
        QVERIFY2(book, qPrintable(book.error()));
        const Sheet &sheet = book->sheets.first();
        QCOMPARE(sheet.rows.size(), 4);
        const TextTable expected = table();
        for (int r = 0; r < expected.rows.size(); ++r) {
            const SourceRow &row = sheet.rows.at(r + 1);
            QCOMPARE(row.cell(0).text, expected.rows.at(r).at(0));
            const QString name = expected.rows.at(r).at(1);
            // A spreadsheet shows the apostrophe-prefixed cell as the plain text.
            QCOMPARE(row.cell(1).text, output::looksLikeFormula(name) ? u'\'' + name : name);
            QCOMPARE(row.cell(2).text, expected.rows.at(r).at(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetExport)
#include "tst_spreadsheetexport.moc"
