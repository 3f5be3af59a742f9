#include "storage/sqlutil.h"

#include <QTest>
#include <QTimeZone>

using namespace imbang;

// Times are stored as UTC text. toDateTime() reads the form fromDateTime() writes by hand (fast) and
// anything else through QDateTime's parser; both must give the same moment.
class TestSqlUtil : public QObject {
    Q_OBJECT
private slots:
    void storedTimesRoundTrip_data() {
        QTest::addColumn<QDateTime>("moment");
        QTest::newRow("utc with ms") << QDateTime(QDate(2026, 11, 29), QTime(17, 33, 35, 123), Qt::UTC);
        QTest::newRow("midnight") << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
        QTest::newRow("last ms of a year") << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("from WIB (UTC+7)")
            << QDateTime(QDate(2026, 1, 2), QTime(6, 30), QTimeZone(7 * 3600));
    }
    void storedTimesRoundTrip() {
        QFETCH(QDateTime, moment);
        const QVariant stored = sql::fromDateTime(moment);
        QVERIFY(stored.toString().endsWith(QLatin1Char('Z')));
        const QDateTime read = sql::toDateTime(stored);
        QCOMPARE(read, moment);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }

    void otherFormsStillRead_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime noon(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("no milliseconds") << "2025-06-01T12:00:00Z" << noon;
        QTest::newRow("with offset") << "2025-06-01T19:00:00.000+07:00" << noon;
        QTest::newRow("impossible day") << "2025-02-30T12:00:00.000Z" << QDateTime();
        QTest::newRow("letters where digits go") << "2025-0x-01T12:00:00.000Z" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }
    void otherFormsStillRead() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime read = sql::toDateTime(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(read, expected);
            QCOMPARE(read.timeSpec(), Qt::UTC);
        }
    }

    void nullIsInvalid() { QVERIFY(!sql::toDateTime(QVariant()).isValid()); }
};

QTEST_GUILESS_MAIN(TestSqlUtil)
#include "tst_sqlutil.moc"
