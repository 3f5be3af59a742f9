#include "decree/decreerenderer.h"
#include "testsupport.h"

#include <QImage>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace imbang;

// The printed decree: real PDFs checked with poppler (page size, text of every page, pixels of the
// rendered page), the LAMPIRAN header repeated on every page, the draft watermark, and the ODT.
class TestDecreeRenderer : public QObject {
    Q_OBJECT

    static DecreeData collective(int people, bool final) {
        DecreeData data;
        data.tmpl = DecreeTemplate::defaultTemplate();
        data.numberPattern = QStringLiteral("800/{nomor}/BKD/{tahun}");
        data.date = QDate(2026, 11, 29);
        data.final = final;
        data.number = final ? QStringLiteral("800/17/BKD/2026") : QString();
        for (int i = 0; i < people; ++i) {
            DecreePerson p;
            p.transferId = i + 1;
            p.transferNumber = QStringLiteral("MUT-2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            p.name = QStringLiteral("Pegawai Nomor %1, S.Pd.").arg(i + 1);
            p.nip = QStringLiteral("198503122010012%1").arg(i % 999 + 1, 3, 10, QLatin1Char('0'));
            p.rank = QStringLiteral("Penata Muda Tingkat I (III/b)");
            p.oldPosition = QStringLiteral("Guru Ahli Pertama Kelas");
            p.oldUnit = QStringLiteral("SD Negeri %1 Bungo").arg(i + 1);
            p.newPosition = QStringLiteral("Guru Ahli Pertama Kelas");
            p.newUnit = QStringLiteral("SD Negeri %1 Tebo").arg(i + 100);
            p.tmt = QDate(2027, 1, 1);
            data.people << p;
        }
        return data;
    }

    static QString run(const QString &program, const QStringList &args) {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString pageText(const QString &pdf, int page) {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    }

    static QStringList pageTexts(const QString &pdf, int pages) {
        QStringList texts;
        for (int page = 1; page <= pages; ++page)
            texts << pageText(pdf, page).simplified();
        return texts;
    }

    // The pages (1-based) whose text contains `text`. poppler reports text that is clipped at the page
    // edge too, so a line or row cut by a page break shows on two pages.
    static QList<int> pagesWith(const QStringList &texts, const QString &text) {
        QList<int> pages;
        for (int i = 0; i < texts.size(); ++i)
            if (texts.at(i).contains(text))
                pages << i + 1;
        return pages;
    }

    static QString unzipped(const QString &archive, const QString &entry) {
        return run(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    }

private slots:
    void pageSizes_data() {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("F4") << QStringLiteral("F4") << QStringLiteral("609 x 935 pts");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("595 x 842 pts");
    }
    void pageSizes() {
        QFETCH(QString, paper);
        QFETCH(QString, size);
        QTemporaryDir dir;
        DecreeData data = collective(1, false);
        DecreeLayout layout;
        layout.paper = paper;
        const ui::DecreeRenderer renderer(data, layout);
        const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
        QVERIFY(renderer.writePdf(pdf));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(size), qPrintable(info));
        QVERIFY2(info.simplified().contains(QStringLiteral("Pages: %1").arg(renderer.pageCount())), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Draft decree")) || info.contains(QStringLiteral("Draf SK")));
    }

    void singleDecreeText() {
        QTemporaryDir dir;
        const ui::DecreeRenderer renderer(collective(1, false), DecreeLayout());
        const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
        QVERIFY(renderer.writePdf(pdf));
        QString all;
        for (int page = 1; page <= renderer.pageCount(); ++page)
            all += pageText(pdf, page);
        const QString simple = all.simplified();
        for (const char *expected : {"GUBERNUR JAMBI", "NOMOR 800/....../BKD/2026", "TENTANG",
                                     "DENGAN RAHMAT TUHAN YANG MAHA ESA", "Menimbang", "Mengingat", "MEMUTUSKAN:",
                                     "KESATU", "KEDUA", "KELIMA", "19850312 201001 2 001", "1 Januari 2027",
                                     "Ditetapkan di", "29 November 2026", "a.n. GUBERNUR JAMBI",
                                     "NIP. 19700101 199503 1 001", "Tembusan", "Halaman 1 dari"})
            QVERIFY2(simple.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!simple.contains(QStringLiteral("LAMPIRAN KEPUTUSAN")));
    }

    // 60 people fill several pages of the LAMPIRAN: its header row is on each of them.
    void attachmentHeaderRepeats() {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("IMBANG_KEEP_DECREE_PDF")); // to look at it
        const ui::DecreeRenderer renderer(collective(60, true), DecreeLayout());
        const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
        QVERIFY(renderer.writePdf(pdf));
        const int pages = renderer.pageCount();
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        int firstAttachmentPage = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            QVERIFY2(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("KONSEP")));
            if (!firstAttachmentPage && text.contains(QStringLiteral("DAFTAR PEGAWAI NEGERI SIPIL YANG DIPINDAHKAN")))
                firstAttachmentPage = page;
            if (firstAttachmentPage && page >= firstAttachmentPage && page < pages)
                QVERIFY2(text.contains(QStringLiteral("Nama / NIP")) && text.contains(QStringLiteral("TMT")),
                         qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text)));
        }
        QVERIFY(firstAttachmentPage > 1);
        QVERIFY(pageText(pdf, firstAttachmentPage).contains(QStringLiteral("LAMPIRAN KEPUTUSAN GUBERNUR JAMBI")));
        QVERIFY(pageText(pdf, firstAttachmentPage).contains(QStringLiteral("800/17/BKD/2026")));
        QString all;
        for (int page = firstAttachmentPage; page <= pages; ++page)
            all += pageText(pdf, page);
        QVERIFY(all.contains(QStringLiteral("Pegawai Nomor 1,")));
        QVERIFY(all.contains(QStringLiteral("Pegawai Nomor 60,")));
    }

    // The PDF rendered by poppler is not blank and the draft carries its (reddish) watermark.
    void renderedPageIsNotBlank() {
        QTemporaryDir dir;
        for (bool final : {false, true}) {
            const ui::DecreeRenderer renderer(collective(1, final), DecreeLayout());
            const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
            QVERIFY(renderer.writePdf(pdf));
            const QString prefix = dir.filePath(final ? QStringLiteral("final") : QStringLiteral("draft"));
            QVERIFY(!run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                      QStringLiteral("1"), pdf, prefix})
                         .startsWith(QStringLiteral("FAILED")));
            QImage image(prefix + QStringLiteral("-1.png"));
            if (image.isNull())
                image.load(prefix + QStringLiteral("-01.png"));
            QVERIFY(!image.isNull());
            int dark = 0, reddish = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.lightness() < 100)
                        ++dark;
                    if (c.red() > c.green() + 30 && c.red() > c.blue() + 30)
                        ++reddish;
                }
            QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
            if (final)
                QVERIFY2(reddish < 500, qPrintable(QString::number(reddish))); // the emblem's colours only
            else
                QVERIFY2(reddish > 1000, qPrintable(QString::number(reddish)));
        }
    }

    void odt() {
        QTemporaryDir dir;
        const ui::DecreeRenderer renderer(collective(3, false), DecreeLayout());
        const QString odt = dir.filePath(QStringLiteral("sk.odt"));
        QVERIFY(renderer.writeOdt(odt));
        const QString test = run(QStringLiteral("unzip"), {QStringLiteral("-t"), odt});
        QVERIFY2(test.contains(QStringLiteral("No errors detected")), qPrintable(test));
        const QString content = unzipped(odt, QStringLiteral("content.xml"));
        QVERIFY2(content.contains(QStringLiteral("DRAFT / KONSEP")), qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("KESATU")));
        QVERIFY(content.contains(QStringLiteral("Pegawai Nomor 3, S.Pd.")));
        QVERIFY(content.contains(QStringLiteral("LAMPIRAN KEPUTUSAN GUBERNUR JAMBI")));
        QVERIFY(content.contains(QStringLiteral("NIP. 19850312 201001 2 003")));
        QVERIFY(content.contains(QStringLiteral("Pictures/lambang.png")));
        // The LAMPIRAN on a new page, its header row repeated, no row split between pages.
        QVERIFY(content.contains(QStringLiteral("fo:break-before=\"page\"")));
        QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
        QVERIFY(content.contains(QStringLiteral("fo:keep-together=\"always\"")));
        const QString mime = unzipped(odt, QStringLiteral("mimetype"));
        QCOMPARE(mime, QStringLiteral("application/vnd.oasis.opendocument.text"));
        QVERIFY(unzipped(odt, QStringLiteral("META-INF/manifest.xml")).contains(QStringLiteral("styles.xml")));
    }

    // The ODT's pages: the decree's paper and margins, and a footer with the page number and count.
    void odtPageStyle_data() {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("F4") << QStringLiteral("F4") << QStringLiteral("fo:page-width=\"215.00mm\" fo:page-height=\"330.00mm\"");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("fo:page-width=\"210.00mm\" fo:page-height=\"297.00mm\"");
    }
    void odtPageStyle() {
        QFETCH(QString, paper);
        QFETCH(QString, size);
        QTemporaryDir dir;
        DecreeLayout layout;
        layout.paper = paper;
        const ui::DecreeRenderer renderer(collective(1, true), layout);
        const QString odt = dir.filePath(QStringLiteral("sk.odt"));
        QVERIFY(renderer.writeOdt(odt));
        const QString styles = unzipped(odt, QStringLiteral("styles.xml"));
        QVERIFY2(styles.contains(size), qPrintable(styles));
        QVERIFY(styles.contains(QStringLiteral("fo:margin-left=\"25.00mm\"")));
        QVERIFY(styles.contains(QStringLiteral("<style:master-page style:name=\"Standard\" style:page-layout-name=\"Page\">")));
        QVERIFY(styles.contains(QStringLiteral("<style:footer>")));
        QVERIFY(styles.contains(QStringLiteral("Halaman <text:page-number")));
        QVERIFY(styles.contains(QStringLiteral("dari <text:page-count")));
        // A final decree's ODT is the same file every time it is written (a reprint is identical).
        const QString again = dir.filePath(QStringLiteral("again.odt"));
        QVERIFY(renderer.writeOdt(again));
        QFile a(odt), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    // LibreOffice shows the page numbers of the ODT in the footer, on F4 paper (when it is installed).
    void odtInLibreOffice() {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        const ui::DecreeRenderer renderer(collective(40, true), DecreeLayout());
        const QString odt = dir.filePath(QStringLiteral("sk.odt"));
        QVERIFY(renderer.writeOdt(odt));
        const QString out = run(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
                                          QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                          QStringLiteral("--outdir"), dir.path(), odt});
        QVERIFY2(!out.startsWith(QStringLiteral("FAILED")), qPrintable(out));
        const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("609.")) && info.contains(QStringLiteral("935.")), qPrintable(info));
        const int pages = info.section(QStringLiteral("Pages:"), 1).simplified().section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        const QStringList texts = pageTexts(pdf, pages);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(texts.at(page - 1).contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)),
                     qPrintable(texts.at(page - 1)));
        // The LAMPIRAN header is repeated on the pages of the table.
        QVERIFY(pagesWith(texts, QStringLiteral("Nama / NIP")).size() >= 2);
    }

    // Rows falling on page boundaries: each LAMPIRAN row is printed whole, on one page; the closing
    // signer block is whole and shares its page with the last row.
    void noRowSplitAcrossPages_data() {
        QTest::addColumn<int>("people");
        QTest::addColumn<QString>("paper");
        QTest::newRow("45 F4") << 45 << QStringLiteral("F4");
        QTest::newRow("60 F4") << 60 << QStringLiteral("F4");
        QTest::newRow("37 A4") << 37 << QStringLiteral("A4");
    }
    void noRowSplitAcrossPages() {
        QFETCH(int, people);
        QFETCH(QString, paper);
        QTemporaryDir dir;
        DecreeLayout layout;
        layout.paper = paper;
        const ui::DecreeRenderer renderer(collective(people, true), layout);
        const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
        QVERIFY(renderer.writePdf(pdf));
        const QStringList texts = pageTexts(pdf, renderer.pageCount());
        for (int i = 1; i <= people; ++i) {
            const QList<int> name = pagesWith(texts, QStringLiteral("Pegawai Nomor %1,").arg(i));
            QVERIFY2(name.size() == 1, qPrintable(QStringLiteral("row %1 on pages %2").arg(i).arg(name.size())));
            // The NIP, the old and the new unit (the number is unique: old 1..60, new 100..159).
            for (const QString &part : {QStringLiteral("NIP. 19850312 201001 2 %1").arg(i, 3, 10, QLatin1Char('0')),
                                        QStringLiteral("SD Negeri %1(?!\\d)").arg(i), QStringLiteral("SD Negeri %1(?!\\d)").arg(i + 99)}) {
                QList<int> pages;
                const QRegularExpression pattern(part);
                for (int page = 0; page < texts.size(); ++page)
                    if (texts.at(page).contains(pattern))
                        pages << page + 1;
                QVERIFY2(pages == name, qPrintable(QStringLiteral("row %1 (page %2): %3 on %4 page(s)")
                                                       .arg(i).arg(name.first()).arg(part).arg(pages.size())));
            }
        }
        const DecreeComposition &c = renderer.composition();
        const QList<int> signer = pagesWith(texts, c.signerName);
        QCOMPARE(signer.size(), 2); // under the clauses and under the LAMPIRAN
        for (const QString &part : {c.signerHeading.first(), c.signerNip})
            QCOMPARE(pagesWith(texts, part), signer);
        QVERIFY(pagesWith(texts, QStringLiteral("Pegawai Nomor %1,").arg(people)).contains(signer.last()));
    }

    // The signer block wherever the clauses end: whole, with the last clause on its page, and with the
    // tembusan; every line of the body on one page only.
    void signerKeptTogether_data() {
        QTest::addColumn<int>("extraLaws");
        for (int extra = 0; extra <= 14; extra += 2)
            QTest::newRow(qPrintable(QString::number(extra))) << extra;
    }
    void signerKeptTogether() {
        QFETCH(int, extraLaws);
        QTemporaryDir dir;
        DecreeData data = collective(1, true);
        for (int i = 0; i < extraLaws; ++i)
            data.tmpl.legalBasis << QStringLiteral("Peraturan Daerah Provinsi Jambi Nomor %1 Tahun 2016 tentang Pembentukan "
                                                   "dan Susunan Perangkat Daerah Provinsi Jambi")
                                        .arg(i + 10);
        const ui::DecreeRenderer renderer(data, DecreeLayout());
        const QString pdf = dir.filePath(QStringLiteral("sk.pdf"));
        QVERIFY(renderer.writePdf(pdf));
        const QStringList texts = pageTexts(pdf, renderer.pageCount());
        const DecreeComposition &c = renderer.composition();
        const QList<int> signer = pagesWith(texts, c.signerName);
        QCOMPARE(signer.size(), 1);
        for (const QString &part : {QStringLiteral("Ditetapkan di"), c.signerHeading.first(), c.signerHeading.last(),
                                    c.signerRank, c.signerNip, c.clauses.last().label, c.copies.last().text.left(30)})
            QVERIFY2(pagesWith(texts, part) == signer, qPrintable(QStringLiteral("%1 not on page %2 alone").arg(part).arg(signer.first())));
        for (int i = 0; i < extraLaws; ++i)
            QCOMPARE(pagesWith(texts, QStringLiteral("Daerah Provinsi Jambi Nomor %1 ").arg(i + 10)).size(), 1);
    }

    void unwritablePdf() {
        const ui::DecreeRenderer renderer(collective(1, false), DecreeLayout());
        const Status s = renderer.writePdf(QStringLiteral("/nonexistent/folder/sk.pdf"));
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("sk.pdf")));
    }
};

QTEST_MAIN(TestDecreeRenderer)
#include "tst_decreerenderer.moc"
