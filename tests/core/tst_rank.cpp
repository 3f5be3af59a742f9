#include "domain/rank.h"

#include <QTest>

using namespace imbang;

class TestRank : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // empty: not a rank
        const int pns = int(EmploymentStatus::Pns), pppk = int(EmploymentStatus::Pppk);
        QTest::newRow("slash") << "III/b" << pns << "III/b";
        QTest::newRow("space") << "III b" << pns << "III/b";
        QTest::newRow("arabic") << "3b" << pns << "III/b";
        QTest::newRow("dash") << "III-b" << pns << "III/b";
        QTest::newRow("upper ruang") << "IV/A" << pns << "IV/a";
        QTest::newRow("name and bracket") << "Penata Muda Tingkat I (III/b)" << pns << "III/b";
        QTest::newRow("abbreviated name, comma") << "Penata Muda Tk. I, III/b" << pns << "III/b";
        QTest::newRow("name only") << "Pembina Utama Muda" << pns << "IV/c";
        QTest::newRow("name only tk") << "Juru Tk. I" << pns << "I/d";
        QTest::newRow("IV/e exists") << "IV/e" << pns << "IV/e";
        QTest::newRow("III/e does not") << "III/e" << pns << "";
        QTest::newRow("pppk roman") << "IX" << pppk << "IX";
        QTest::newRow("pppk arabic") << "9" << pppk << "IX";
        QTest::newRow("pppk golongan") << "Golongan XVII" << pppk << "XVII";
        QTest::newRow("pppk out of range") << "XVIII" << pppk << "";
        QTest::newRow("bare roman for PNS") << "IX" << pns << "";
        QTest::newRow("garbage") << "null" << pns << "";
    }

    void parse() {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const auto rank = Rank::parse(text, EmploymentStatus(status));
        if (expected.isEmpty())
            QVERIFY2(!rank, qPrintable(rank ? rank->text() : QString()));
        else {
            QVERIFY(rank);
            QCOMPARE(rank->text(), expected);
        }
    }

    void namesAndCodes() {
        const Rank r = *Rank::pns(3, u'b');
        QCOMPARE(r.code(), 32);
        QCOMPARE(r.pangkatName(), QStringLiteral("Penata Muda Tingkat I"));
        QCOMPARE(r.fullText(), QStringLiteral("Penata Muda Tingkat I (III/b)"));
        QCOMPARE(Rank::fromCode(32), r);
        QCOMPARE(Rank::allPns().size(), 17);
        QCOMPARE(Rank::allPppk().size(), 17);
        QVERIFY(*Rank::pns(2, u'd') < *Rank::pns(3, u'a'));
        QVERIFY(r.fitsStatus(EmploymentStatus::Pns));
        QVERIFY(!r.fitsStatus(EmploymentStatus::Pppk));
        QVERIFY(Rank::pppk(5)->fitsStatus(EmploymentStatus::Pppk));
    }
};

QTEST_GUILESS_MAIN(TestRank)
#include "tst_rank.moc"
