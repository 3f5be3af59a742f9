#include "util/indonesianformat.h"

#include <QLocale>
#include <QTest>

using namespace imbang;

class TestIndonesianFormat : public QObject {
    Q_OBJECT
private slots:
    void dates() {
        // Whatever the machine's locale is, documents use Indonesian month names.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(indonesian::longDate(QDate(2026, 11, 29)), QStringLiteral("29 November 2026"));
        QCOMPARE(indonesian::longDate(QDate(2026, 8, 1)), QStringLiteral("1 Agustus 2026"));
        QCOMPARE(indonesian::longDate(QDate(2025, 2, 3)), QStringLiteral("3 Februari 2025"));
        QCOMPARE(indonesian::longDate(QDate()), QString());
        QCOMPARE(indonesian::shortDate(QDate(2026, 1, 5)), QStringLiteral("05-01-2026"));
        const QStringList months{QStringLiteral("Januari"), QStringLiteral("Februari"), QStringLiteral("Maret"),
                                 QStringLiteral("April"),   QStringLiteral("Mei"),      QStringLiteral("Juni"),
                                 QStringLiteral("Juli"),    QStringLiteral("Agustus"),  QStringLiteral("September"),
                                 QStringLiteral("Oktober"), QStringLiteral("November"), QStringLiteral("Desember")};
        for (int m = 1; m <= 12; ++m)
            QCOMPARE(indonesian::monthName(m), months.at(m - 1));
    }

    void numbers_data() {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(7) << "7";
        QTest::newRow("thousand") << qint64(1000) << "1.000";
        QTest::newRow("province") << qint64(68000) << "68.000";
        QTest::newRow("million") << qint64(4300000) << "4.300.000";
        QTest::newRow("negative") << qint64(-12345) << "-12.345";
    }

    void numbers() {
        QFETCH(qint64, value);
        QFETCH(QString, text);
        QCOMPARE(indonesian::number(value), text);
    }

    void decimals() {
        QCOMPARE(indonesian::decimal(1234.5, 2), QStringLiteral("1.234,50"));
        QCOMPARE(indonesian::decimal(-0.25, 2), QStringLiteral("-0,25"));
        QCOMPARE(indonesian::decimal(-0.001, 2), QStringLiteral("0,00"));
        QCOMPARE(indonesian::decimal(2.0, 0), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestIndonesianFormat)
#include "tst_indonesianformat.moc"
