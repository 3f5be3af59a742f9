#include "decree/decreerepository.h"
#include "decreehelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imbang;

// imbang-cli decree, decrees and decree-template, run as the real executable on a real database.
class TestDecreeCli : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };

    static Run cli(const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(IMBANG_CLI), args);
        Run r;
        if (!process.waitForFinished(120000))
            return r;
        r.code = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static QString pdfInfo(const QString &path) {
        QProcess process;
        process.start(QStringLiteral("pdfinfo"), {path});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void draftFinaliseReprint() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 batch = test::approvedBatch(s);
        QTemporaryDir dir;
        const QString db = s.temp.path;
        const QString pdf = dir.filePath(QStringLiteral("draf.pdf"));
        const QString odt = dir.filePath(QStringLiteral("draf.odt"));

        Run r = cli({QStringLiteral("decree"), QStringLiteral("--db"), db, QStringLiteral("--batch"),
                     QString::number(batch), QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), odt});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(pdfInfo(pdf).contains(QStringLiteral("Page size: 609 x 935 pts")), qPrintable(pdfInfo(pdf)));
        QVERIFY(QFileInfo(odt).size() > 1000);
        QCOMPARE(test::count(s.db, QStringLiteral("decree")), 0); // a draft changes nothing

        r = cli({QStringLiteral("decree"), QStringLiteral("--db"), db, QStringLiteral("--batch"), QString::number(batch),
                 QStringLiteral("--text"), QStringLiteral("--paper"), QStringLiteral("A4")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("[DRAFT / KONSEP]")));
        QVERIFY(r.out.contains(QStringLiteral("NOMOR 800/....../BKD/2026")));

        const QString finalPdf = dir.filePath(QStringLiteral("final.pdf"));
        r = cli({QStringLiteral("decree"), QStringLiteral("--db"), db, QStringLiteral("--batch"), QString::number(batch),
                 QStringLiteral("--final"), QStringLiteral("--paper"), QStringLiteral("A4"), QStringLiteral("--pdf"),
                 finalPdf, QStringLiteral("--operator"), QStringLiteral("Petugas SK")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("800/1/BKD/2026")), qPrintable(r.err));
        QVERIFY2(pdfInfo(finalPdf).contains(QStringLiteral("Page size: 595 x 842 pts")), qPrintable(pdfInfo(finalPdf)));
        for (const Transfer &t : TransferRepository(s.db).inBatch(batch))
            QCOMPARE(t.status, TransferStatus::DecreeIssued);

        r = cli({QStringLiteral("decrees"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("800/1/BKD/2026")) && r.out.contains(QStringLiteral("15 Januari 2026")),
                 qPrintable(r.out));

        // Reprint by number and by transfer: the text of the final decree, whatever the template says now.
        r = cli({QStringLiteral("decree-template"), QStringLiteral("--db"), db, QStringLiteral("--export"),
                 dir.filePath(QStringLiteral("t.json"))});
        QCOMPARE(r.code, 0);
        QFile json(dir.filePath(QStringLiteral("t.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray content = json.readAll();
        json.close();
        content.replace("GUBERNUR JAMBI", "BUPATI BUNGO");
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(content);
        json.close();
        r = cli({QStringLiteral("decree-template"), QStringLiteral("--db"), db, QStringLiteral("--import"), json.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const Run byNumber = cli({QStringLiteral("decree"), QStringLiteral("--db"), db, QStringLiteral("--number"),
                                  QStringLiteral("800/1/BKD/2026")});
        QCOMPARE(byNumber.code, 0);
        QVERIFY(byNumber.out.contains(QStringLiteral("KEPUTUSAN GUBERNUR JAMBI")));
        QVERIFY(!byNumber.out.contains(QStringLiteral("KONSEP")));
        const QString firstTransfer = TransferRepository(s.db).inBatch(batch).first().number;
        const Run byTransfer = cli({QStringLiteral("decree"), QStringLiteral("--db"), db, QStringLiteral("--transfer"),
                                    firstTransfer});
        QCOMPARE(byTransfer.code, 0);
        QCOMPARE(byTransfer.out, byNumber.out);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{} << 2 << QStringLiteral("--transfer");
        QTest::newRow("two sources") << QStringList{QStringLiteral("--batch"), QStringLiteral("1"),
                                                    QStringLiteral("--number"), QStringLiteral("x")}
                                     << 2 << QStringLiteral("--transfer");
        QTest::newRow("unknown transfer") << QStringList{QStringLiteral("--transfer"), QStringLiteral("MUT-1999-0001")}
                                          << 1 << QStringLiteral("MUT-1999-0001");
        QTest::newRow("not approved") << QStringList{QStringLiteral("--transfer"), QStringLiteral("MUT-2026-0001")}
                                      << 1 << QStringLiteral("MUT-2026-0001");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--paper"),
                                                  QStringLiteral("Letter")}
                                   << 2 << QStringLiteral("Letter");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--date"),
                                                 QStringLiteral("kemarin")}
                                  << 2 << QStringLiteral("kemarin");
        QTest::newRow("unknown number") << QStringList{QStringLiteral("--number"), QStringLiteral("800/99/BKD/2026")}
                                        << 1 << QStringLiteral("800/99/BKD/2026");
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        test::TransferScenario s;
        test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        const Run r = cli(QStringList{QStringLiteral("decree"), QStringLiteral("--db"), s.temp.path} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(test::count(s.db, QStringLiteral("decree")), 0);
    }

    void badTemplateIsRefused() {
        test::TransferScenario s;
        QTemporaryDir dir;
        QFile json(dir.filePath(QStringLiteral("t.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"considerations": [], "clauses": ["Lihat {diktum7}."]})");
        json.close();
        const Run r = cli({QStringLiteral("decree-template"), QStringLiteral("--db"), s.temp.path,
                           QStringLiteral("--import"), json.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("{diktum7}")), qPrintable(r.err));
        QCOMPARE(test::count(s.db, QStringLiteral("decree_template")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDecreeCli)
#include "tst_decreecli.moc"
