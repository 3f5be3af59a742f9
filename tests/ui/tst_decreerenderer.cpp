#include "decree/decreerenderer.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
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
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY2(content.contains(QStringLiteral("DRAFT / KONSEP")), qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("KESATU")));
        QVERIFY(content.contains(QStringLiteral("Pegawai Nomor 3, S.Pd.")));
        QVERIFY(content.contains(QStringLiteral("LAMPIRAN KEPUTUSAN GUBERNUR JAMBI")));
        const QString mime = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")});
        QCOMPARE(mime, QStringLiteral("application/vnd.oasis.opendocument.text"));
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
