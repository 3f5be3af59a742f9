// Bad input: each file is refused with its own message and the database stays as it was.
#include "importing/columnmapping.h"
#include "importing/importanalyzer.h"
#include "importing/workbookloader.h"
#include "records/employeerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace imbang;

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void le16(QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); }
void le32(QByteArray &b, quint32 v) {
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

// A real zip bomb: an xlsx whose worksheet part is `gigabytes` GB of zeros, deflated with zlib.
// Deflate blocks flushed with Z_FULL_FLUSH are self-contained, so one compressed 64 MB block is
// repeated instead of compressing gigabytes in the test.
QByteArray zipBomb(int gigabytes) {
    const int blockMb = 64;
    QByteArray zeros(blockMb * 1024 * 1024, '\0');
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(zeros.data());
    s.avail_in = uInt(zeros.size());
    s.next_out = reinterpret_cast<Bytef *>(block.data());
    s.avail_out = uInt(block.size());
    deflate(&s, Z_FULL_FLUSH);
    block.resize(qsizetype(s.total_out));
    QByteArray tail(64, Qt::Uninitialized);
    s.next_out = reinterpret_cast<Bytef *>(tail.data());
    s.avail_out = uInt(tail.size());
    const uLong before = s.total_out;
    deflate(&s, Z_FINISH);
    tail.resize(qsizetype(s.total_out - before));
    deflateEnd(&s);

    const int repeats = gigabytes * 1024 / blockMb;
    const quint32 blockCrc = quint32(crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(zeros.size())));
    quint32 crc = 0;
    for (int i = 0; i < repeats; ++i)
        crc = quint32(crc32_combine(crc, blockCrc, zeros.size()));
    QByteArray data;
    for (int i = 0; i < repeats; ++i)
        data += block;
    data += tail;
    const quint64 size = quint64(repeats) * quint64(zeros.size());

    QByteArray zip;
    struct Entry {
        QByteArray name, data;
        quint32 crc;
        quint32 size;
        quint32 offset;
        quint16 method;
    };
    const QByteArray workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
    QList<Entry> entries{{"xl/workbook.xml", workbook,
                          quint32(crc32(0, reinterpret_cast<const Bytef *>(workbook.constData()), uInt(workbook.size()))),
                          quint32(workbook.size()), 0, 0},
                         {"xl/worksheets/sheet1.xml", data, crc, quint32(std::min<quint64>(size, 0xFFFFFFFEu)), 0, 8}};
    for (Entry &e : entries) {
        e.offset = quint32(zip.size());
        le32(zip, 0x04034b50);
        le16(zip, 20);
        le16(zip, 0);
        le16(zip, e.method);
        le32(zip, 0);
        le32(zip, e.crc);
        le32(zip, quint32(e.data.size()));
        le32(zip, e.size);
        le16(zip, quint16(e.name.size()));
        le16(zip, 0);
        zip += e.name;
        zip += e.data;
    }
    const quint32 dirOffset = quint32(zip.size());
    for (const Entry &e : entries) {
        le32(zip, 0x02014b50);
        le16(zip, 20);
        le16(zip, 20);
        le16(zip, 0);
        le16(zip, e.method);
        le32(zip, 0);
        le32(zip, e.crc);
        le32(zip, quint32(e.data.size()));
        le32(zip, e.size);
        le16(zip, quint16(e.name.size()));
        le16(zip, 0);
        le16(zip, 0);
        le16(zip, 0);
        le16(zip, 0);
        le32(zip, 0);
        le32(zip, e.offset);
        zip += e.name;
    }
    const quint32 dirSize = quint32(zip.size()) - dirOffset;
    le32(zip, 0x06054b50);
    le16(zip, 0);
    le16(zip, 0);
    le16(zip, quint16(entries.size()));
    le16(zip, quint16(entries.size()));
    le32(zip, dirSize);
    le32(zip, dirOffset);
    le16(zip, 0);
    return zip;
}

} // namespace

class TestImportBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString loadError(const QString &file, const ReadLimits &limits = {}) {
        LoadOptions options;
        options.limits = limits;
        auto book = WorkbookLoader::load(file, options);
        return book ? QString() : book.error();
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void notASpreadsheet() {
        // A PNG and a PDF named .xlsx, and a Word document (a zip without a workbook).
        static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        static const char pdf[] = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n\0\0";
        writeFile(path(QStringLiteral("picture.xlsx")), QByteArray(png, sizeof(png) - 1));
        writeFile(path(QStringLiteral("letter.xlsx")), QByteArray(pdf, sizeof(pdf) - 1));
        for (const QString &name : {QStringLiteral("picture.xlsx"), QStringLiteral("letter.xlsx")}) {
            const QString error = loadError(path(name));
            QVERIFY2(error.contains(name) && error.contains(QLatin1String(".xlsx")) && error.contains(QLatin1String(".csv")),
                     qPrintable(error));
        }
    }

    void oldExcelFormat() {
        const QString error = loadError(test::dataPath(QStringLiteral("importing/excel97.xls")));
        QVERIFY2(error.contains(QLatin1String("97-2003")) && error.contains(QLatin1String(".xlsx")), qPrintable(error));
    }

    void passwordProtected() {
        // Saved with a password by LibreOffice (tests/data/importing/make_password_fixtures.py).
        const QString error = loadError(test::dataPath(QStringLiteral("importing/password-protected.ods")));
        QVERIFY2(error.contains(QLatin1String("password-protected.ods")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("sandi"), Qt::CaseInsensitive) ||
                     error.contains(QLatin1String("password"), Qt::CaseInsensitive),
                 qPrintable(error));
    }

    void truncated_data() {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<double>("fraction");
        QTest::newRow("xlsx cut in half") << "agency-libreoffice.xlsx" << 0.5;
        QTest::newRow("xlsx missing its last bytes") << "agency-libreoffice.xlsx" << 0.98;
        QTest::newRow("ods cut in half") << "agency-libreoffice.ods" << 0.5;
    }

    void truncated() {
        QFETCH(QString, sample);
        QFETCH(double, fraction);
        const QByteArray whole = test::fileBytes(test::samplePath(sample));
        const QString cut = path(QStringLiteral("cut-") + sample);
        writeFile(cut, whole.left(qsizetype(double(whole.size()) * fraction)));
        const QString error = loadError(cut);
        QVERIFY2(!error.isEmpty(), "a truncated file must be refused");
        QVERIFY2(error.contains(QLatin1String("cut-") + sample), qPrintable(error));
    }

    void zipBombIsRefusedBeforeInflating() {
        const QString bomb = path(QStringLiteral("bomb.xlsx"));
        writeFile(bomb, zipBomb(3));
        QVERIFY(QFileInfo(bomb).size() < 8 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const QString error = loadError(bomb);
        QVERIFY2(error.contains(QLatin1String("1024")) && error.contains(QLatin1String("bomb.xlsx")), qPrintable(error));
        QVERIFY2(timer.elapsed() < 5000, "the bomb must be refused from its directory, not inflated");
    }

    void emptyFile() {
        writeFile(path(QStringLiteral("kosong.xlsx")), {});
        const QString error = loadError(path(QStringLiteral("kosong.xlsx")));
        QVERIFY2(error.contains(QLatin1String("kosong.xlsx")) && error.contains(QLatin1String("0")), qPrintable(error));
    }

    void millionRows() {
        QByteArray csv("NIP;Nama\n");
        csv.reserve(14 * 1'000'001);
        for (int i = 0; i < 1'000'000; ++i)
            csv += "197910262003091001;Budi\n";
        writeFile(path(QStringLiteral("million.csv")), csv);
        const QString error = loadError(path(QStringLiteral("million.csv")));
        QVERIFY2(error.contains(QLatin1String("300000")) || error.contains(QLatin1String("300.000")), qPrintable(error));
    }

    void headerWithoutData() {
        writeFile(path(QStringLiteral("header.csv")), "NIP;Nama;Unit Kerja\n");
        auto book = WorkbookLoader::load(path(QStringLiteral("header.csv")));
        QVERIFY(book);
        const Sheet &sheet = book->sheets.at(0);
        const Status s = ImportAnalyzer::checkMapping(sheet, HeaderDetector::detect(sheet));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String(" 1")), qPrintable(s.error()));
    }

    void noNipColumn() {
        writeFile(path(QStringLiteral("nonip.csv")), "No;Nama;Unit Kerja\n1;Budi;SMA Negeri 1\n");
        auto book = WorkbookLoader::load(path(QStringLiteral("nonip.csv")));
        QVERIFY(book);
        const Sheet &sheet = book->sheets.at(0);
        test::TempDatabase t;
        auto preview = ImportAnalyzer::analyze(t.db->connection(), sheet, HeaderDetector::detect(sheet));
        QVERIFY(!preview);
        QVERIFY2(preview.error().contains(QLatin1String("NIP")) && preview.error().contains(QLatin1String("Nama")),
                 qPrintable(preview.error()));
    }

    void noHeaderRow() {
        writeFile(path(QStringLiteral("noheader.csv")), "a;b;c\n1;2;3\n");
        auto book = WorkbookLoader::load(path(QStringLiteral("noheader.csv")));
        QVERIFY(book);
        const Status s = ImportAnalyzer::checkMapping(book->sheets.at(0), HeaderDetector::detect(book->sheets.at(0)));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("30")), qPrintable(s.error()));
    }

    // Through the command line: exit code 1, a message, and the database untouched.
    void cliLeavesDatabaseUnchanged_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("empty") << "kosong.xlsx";
        QTest::newRow("not a spreadsheet") << "picture.xlsx";
        QTest::newRow("truncated") << "cut-agency-libreoffice.xlsx";
        QTest::newRow("zip bomb") << "bomb.xlsx";
        QTest::newRow("header without data") << "header.csv";
        QTest::newRow("no NIP column") << "nonip.csv";
    }

    void cliLeavesDatabaseUnchanged() {
        QFETCH(QString, file);
        const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/imbang-cli");
        if (!QFile::exists(cli))
            QSKIP("imbang-cli is not built");
        test::TempDatabase t;
        const QString dbPath = t.path;
        t.db.reset();
        QProcess p;
        p.start(cli, {QStringLiteral("import"), path(file), QStringLiteral("--db"), dbPath});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(!p.readAllStandardError().trimmed().isEmpty(), "a message is printed");
        auto reopened = Database::open(dbPath);
        QVERIFY(reopened);
        QCOMPARE(EmployeeRepository(reopened.database->connection()).counts().active, 0);
        auto q = reopened.database->connection().exec(QStringLiteral("SELECT count(*) FROM import_batch"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
