#include "importing/columnmapping.h"
#include "importing/errorreport.h"
#include "importing/importanalyzer.h"
#include "importing/workbookloader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imbang;

class TestErrorReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static ImportPreview numericNipPreview(const QSqlDatabase &db, Sheet &sheet) {
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("agency-numeric-nip.xlsx")));
        sheet = book->sheets.at(0);
        AnalyzeOptions options;
        options.today = QDate(2026, 11, 29);
        return *ImportAnalyzer::analyze(db, sheet, HeaderDetector::detect(sheet), options);
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void lines() {
        test::TempDatabase t;
        Sheet sheet;
        const ImportPreview p = numericNipPreview(t.db->connection(), sheet);
        const ErrorReport report(sheet, p);
        // No unit list in this database: every row has an unknown unit; every 4th a numeric NIP.
        const auto nipLine = std::find_if(report.lines().cbegin(), report.lines().cend(),
                                          [](const ErrorReport::Line &l) { return l.column.startsWith(QLatin1String("B ")); });
        QVERIFY(nipLine != report.lines().cend());
        QCOMPARE(nipLine->row, 2);
        QCOMPARE(nipLine->column, QStringLiteral("B (NIP)"));
        QCOMPARE(nipLine->value, QStringLiteral("1.99812072025032E+17"));
        QCOMPARE(nipLine->name, QStringLiteral("Fitri Pratama"));
        QVERIFY(nipLine->message.contains(QLatin1String("15")));
    }

    // The report is read back with the import's own reader: what the agency opens is what was written.
    void roundTrip_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << "laporan.xlsx";
        QTest::newRow("csv") << "laporan.csv";
    }

    void roundTrip() {
        QFETCH(QString, name);
        test::TempDatabase t;
        Sheet sheet;
        const ImportPreview p = numericNipPreview(t.db->connection(), sheet);
        const ErrorReport report(sheet, p);
        const QString path = m_dir.filePath(name);
        QVERIFY(report.write(path));
        auto book = WorkbookLoader::load(path);
        QVERIFY2(book, qPrintable(book ? QString() : book.error()));
        const Sheet &back = book->sheets.at(0);
        QCOMPARE(back.rows.size(), report.lines().size() + 1);
        QCOMPARE(back.rows.at(0).cell(0).displayText(), ErrorReport::headers().at(0));
        QCOMPARE(back.rows.at(0).cell(6).displayText(), ErrorReport::headers().at(6));
        for (int i = 0; i < report.lines().size(); i += 37) {
            const ErrorReport::Line &l = report.lines().at(i);
            const SourceRow &r = back.rows.at(i + 1);
            QCOMPARE(r.cell(0).displayText(), QString::number(l.row));
            QCOMPARE(r.cell(1).displayText(), l.column);
            QCOMPARE(r.cell(2).displayText(), l.value);
            QCOMPARE(r.cell(6).displayText(), l.message);
        }
    }

    void refusesOtherFormats() {
        test::TempDatabase t;
        Sheet sheet;
        const ErrorReport report(sheet, ImportPreview());
        QVERIFY(!report.write(m_dir.filePath(QStringLiteral("laporan.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestErrorReport)
#include "tst_errorreport.moc"
