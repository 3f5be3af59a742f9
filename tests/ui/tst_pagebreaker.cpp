#include "decree/pagebreaker.h"

#include <QTest>

using namespace imbang::ui;

// Cutting an endless strip into pages: nothing kept together is cut, forced breaks hold, the
// repeating header takes its room on the pages it is painted on.
class TestPageBreaker : public QObject {
    Q_OBJECT

    static QString show(const QList<PageSlice> &pages) {
        QStringList out;
        for (const PageSlice &p : pages)
            out << QStringLiteral("%1-%2%3").arg(p.top).arg(p.bottom).arg(p.header ? QStringLiteral("h") : QString());
        return out.join(QLatin1Char(' '));
    }

private slots:
    void paginate_data() {
        QTest::addColumn<QList<double>>("keep"); // pairs top, bottom
        QTest::addColumn<QList<double>>("breaks");
        QTest::addColumn<QList<double>>("header"); // top, bottom, regionBottom or empty
        QTest::addColumn<double>("contentBottom");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QList<double>{} << QList<double>{} << QList<double>{} << 0.0 << QStringLiteral("0-1");
        QTest::newRow("fits") << QList<double>{0, 10, 10, 20} << QList<double>{} << QList<double>{} << 20.0
                              << QStringLiteral("0-20");
        QTest::newRow("whitespace cut at the page end")
            << QList<double>{0, 90} << QList<double>{} << QList<double>{} << 250.0 << QStringLiteral("0-100 100-200 200-250");
        // Lines of 30: the line 90-120 would be cut at 100, so it moves to the next page.
        QTest::newRow("line moves") << QList<double>{0, 30, 30, 60, 60, 90, 90, 120, 120, 150} << QList<double>{}
                                    << QList<double>{} << 150.0 << QStringLiteral("0-90 90-150");
        // A row 80-130 holding lines 80-95, 95-110, 110-130: the row moves whole.
        QTest::newRow("row moves whole") << QList<double>{0, 80, 80, 95, 95, 110, 110, 130, 80, 130} << QList<double>{}
                                         << QList<double>{} << 130.0 << QStringLiteral("0-80 80-130");
        // Overlapping spans merge: the signer 70-120, kept with the lines from 50, moves with them.
        QTest::newRow("signer with lines above") << QList<double>{0, 50, 50, 60, 60, 70, 70, 120, 50, 120, 120, 150}
                                                 << QList<double>{} << QList<double>{} << 150.0
                                                 << QStringLiteral("0-50 50-150");
        QTest::newRow("forced break") << QList<double>{0, 10, 10, 20, 40, 50} << QList<double>{40} << QList<double>{}
                                      << 50.0 << QStringLiteral("0-40 40-50");
        QTest::newRow("taller than a page is cut") << QList<double>{0, 250} << QList<double>{} << QList<double>{} << 250.0
                                                   << QStringLiteral("0-100 100-200 200-250");
        // Header 0-20 over rows of 25 up to 170: continuation pages hold 80 below the header.
        QTest::newRow("repeating header")
            << QList<double>{0, 20, 20, 45, 45, 70, 70, 95, 95, 120, 120, 145, 145, 170} << QList<double>{}
            << QList<double>{0, 20, 170} << 170.0 << QStringLiteral("0-95 95-170h");
    }

    void paginate() {
        QFETCH(QList<double>, keep);
        QFETCH(QList<double>, breaks);
        QFETCH(QList<double>, header);
        QFETCH(double, contentBottom);
        QFETCH(QString, expected);
        PageBreaker breaker(100);
        for (int i = 0; i + 1 < keep.size(); i += 2)
            breaker.keepTogether(keep.at(i), keep.at(i + 1));
        for (double b : breaks)
            breaker.breakBefore(b);
        if (header.size() == 3)
            breaker.setRepeatingHeader(header.at(0), header.at(1), header.at(2));
        QCOMPARE(show(breaker.paginate(contentBottom)), expected);
    }
};

QTEST_MAIN(TestPageBreaker)
#include "tst_pagebreaker.moc"
