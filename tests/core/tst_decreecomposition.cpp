#include "decree/decreebuilder.h"
#include "decree/decreecomposition.h"
#include "decree/decreenumbering.h"
#include "decreehelpers.h"
#include "util/indonesianwords.h"

#include <QFile>
#include <QTest>

using namespace imbang;

// The text of a decree: ordinals, Indonesian dates and words, grouped NIPs, the number pattern, the
// template's placeholders, and the whole text of a single and a collective decree against reference files.
class TestDecreeComposition : public QObject {
    Q_OBJECT

    static QString reference(const QString &name) {
        return QString::fromUtf8(test::fileBytes(test::dataPath(QStringLiteral("decree/") + name)));
    }

    // On a mismatch, the actual text is written beside the build for a diff.
    static void compareWithReference(const QString &actual, const QString &name) {
        const QString expected = reference(name);
        if (actual != expected) {
            QFile out(name + QStringLiteral(".actual"));
            if (out.open(QIODevice::WriteOnly))
                out.write(actual.toUtf8());
        }
        QCOMPARE(actual, expected);
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void clauseLabels_data() {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("label");
        QTest::newRow("1") << 1 << QStringLiteral("KESATU");
        QTest::newRow("2") << 2 << QStringLiteral("KEDUA");
        QTest::newRow("5") << 5 << QStringLiteral("KELIMA");
        QTest::newRow("10") << 10 << QStringLiteral("KESEPULUH");
        QTest::newRow("11") << 11 << QStringLiteral("KESEBELAS");
        QTest::newRow("12") << 12 << QStringLiteral("KEDUA BELAS");
        QTest::newRow("21") << 21 << QStringLiteral("KEDUA PULUH SATU");
        QTest::newRow("100") << 100 << QStringLiteral("KESERATUS");
    }
    void clauseLabels() {
        QFETCH(int, number);
        QFETCH(QString, label);
        QCOMPARE(indonesian::clauseLabel(number), label);
    }

    void spelledNumbers_data() {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << QStringLiteral("nol");
        QTest::newRow("19") << qint64(19) << QStringLiteral("sembilan belas");
        QTest::newRow("111") << qint64(111) << QStringLiteral("seratus sebelas");
        QTest::newRow("500") << qint64(500) << QStringLiteral("lima ratus");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("seribu");
        QTest::newRow("2026") << qint64(2026) << QStringLiteral("dua ribu dua puluh enam");
        QTest::newRow("1000000") << qint64(1000000) << QStringLiteral("satu juta");
        QTest::newRow("-3") << qint64(-3) << QStringLiteral("minus tiga");
    }
    void spelledNumbers() {
        QFETCH(qint64, value);
        QFETCH(QString, words);
        QCOMPARE(indonesian::spelledNumber(value), words);
    }

    void numberPattern() {
        const QString pattern = QStringLiteral("800/{nomor}/BKD/{tahun}");
        QCOMPARE(DecreeNumbering::format(pattern, 17, 2026), QStringLiteral("800/17/BKD/2026"));
        QCOMPARE(DecreeNumbering::draftText(pattern, 2026), QStringLiteral("800/....../BKD/2026"));
        QVERIFY(DecreeNumbering::check(pattern).isEmpty());
        QCOMPARE(DecreeNumbering::check(QStringLiteral("800/BKD/{tahun}")).size(), 1);
        QCOMPARE(DecreeNumbering::check(QStringLiteral("800/{nomor}/{nomor}")).size(), 1);
        const Problems unknown = DecreeNumbering::check(QStringLiteral("{kode}/{nomor}/{tahun}"));
        QCOMPARE(unknown.size(), 1);
        QVERIFY(unknown.first().message.contains(QStringLiteral("{kode}")));
    }

    void defaultTemplateIsValid() {
        const DecreeTemplate t = DecreeTemplate::defaultTemplate();
        QCOMPARE(t.issuer, QStringLiteral("GUBERNUR JAMBI"));
        QVERIFY(!t.considerations.isEmpty());
        QVERIFY(t.check().isEmpty());
        QVERIFY(DecreeTemplate::builtInEmblem().startsWith("<svg") || DecreeTemplate::builtInEmblem().contains("<svg"));
    }

    void templateProblems() {
        DecreeTemplate t = DecreeTemplate::defaultTemplate();
        t.clauses << QStringLiteral("Lihat Diktum {diktum9} dan {gaji}.");
        t.signer.nip = QStringLiteral("12345");
        const Problems problems = t.check();
        QCOMPARE(problems.size(), 3);
        QString all;
        for (const Problem &p : problems)
            all += p.message + QLatin1Char('\n');
        QVERIFY2(all.contains(QStringLiteral("{diktum9}")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("{gaji}")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("12345")), qPrintable(all));
    }

    void dataRoundTrip() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 batch = test::approvedBatch(s);
        Expected<DecreeData> data = DecreeBuilder(s.db).forBatch(batch);
        QVERIFY2(data, qPrintable(data.error()));
        data->tmpl.emblem = DecreeTemplate::builtInEmblem();
        data->tmpl.emblemFormat = QStringLiteral("svg");
        QCOMPARE(DecreeData::fromJson(data->toJson()), *data);
        DecreeLayout layout;
        layout.paper = QStringLiteral("A4");
        layout.fontSizePt = 12;
        QCOMPARE(DecreeLayout::fromJson(layout.toJson()), layout);
    }

    void singleDecree() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 id = test::approvedSingle(s);
        const Expected<DecreeData> data = DecreeBuilder(s.db).forTransfer(id, QDate(2026, 1, 12));
        QVERIFY2(data, qPrintable(data.error()));
        QVERIFY(!data->isCollective());
        const DecreeComposition c = DecreeComposer::compose(*data);
        QCOMPARE(c.number, QStringLiteral("NOMOR 800/....../BKD/2026"));
        QCOMPARE(c.watermark, QStringLiteral("DRAFT / KONSEP"));
        QCOMPARE(c.clauses.first().details.at(2).text, QStringLiteral("19850312 201001 2 001"));
        QVERIFY(!c.hasAttachment);
        compareWithReference(c.plainText(), QStringLiteral("single.txt"));
    }

    void collectiveDecree() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 batch = test::approvedBatch(s);
        const Expected<DecreeData> data = DecreeBuilder(s.db).forBatch(batch, QDate(2026, 1, 12));
        QVERIFY2(data, qPrintable(data.error()));
        QVERIFY(data->isCollective());
        QCOMPARE(data->batchId, batch);
        const DecreeComposition c = DecreeComposer::compose(*data);
        QVERIFY(c.hasAttachment);
        QCOMPARE(c.attachment.rows.size(), 2);
        QVERIFY(c.clauses.first().text.startsWith(QStringLiteral("Memindahkan 2 (dua) orang")));
        QVERIFY(c.clauses.first().details.isEmpty());
        compareWithReference(c.plainText(), QStringLiteral("collective.txt"));
    }

    void onlyApprovedTransfers() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        const Expected<DecreeData> data = DecreeBuilder(s.db).forTransfer(id);
        QVERIFY(!data);
        QVERIFY2(data.error().contains(QStringLiteral("MUT-2026-0001")),
                 qPrintable(data.error()));
        QVERIFY(!DecreeBuilder(s.db).forTransfer(9999));
        QVERIFY(!DecreeBuilder(s.db).forBatch(9999));
    }
};

QTEST_GUILESS_MAIN(TestDecreeComposition)
#include "tst_decreecomposition.moc"
