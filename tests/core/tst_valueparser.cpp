#include "importing/csvreader.h"
#include "importing/valueparser.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

class TestValueParser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::installIndonesian(); }

    void dates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: refused with a message
        QTest::newRow("dd-mm-yyyy") << "07-12-1998" << QDate(1998, 12, 7);
        QTest::newRow("dd/mm/yyyy") << "7/12/1998" << QDate(1998, 12, 7);
        QTest::newRow("dd.mm.yyyy") << "07.12.1998" << QDate(1998, 12, 7);
        QTest::newRow("yyyy-mm-dd") << "1998-12-07" << QDate(1998, 12, 7);
        QTest::newRow("iso with time") << "1998-12-07 00:00:00" << QDate(1998, 12, 7);
        QTest::newRow("month name") << "1 Agustus 2025" << QDate(2025, 8, 1);
        QTest::newRow("abbreviation Agu") << "01 Agu 2025" << QDate(2025, 8, 1);
        QTest::newRow("abbreviation Ags") << "01 Ags 2025" << QDate(2025, 8, 1);
        QTest::newRow("abbreviation Okt") << "01 Okt 2025" << QDate(2025, 10, 1);
        QTest::newRow("abbreviation Des with dashes") << "5-Des-2020" << QDate(2020, 12, 5);
        QTest::newRow("Nopember") << "10 Nopember 1980" << QDate(1980, 11, 10);
        QTest::newRow("compact") << "19981207" << QDate(1998, 12, 7);
        QTest::newRow("stray spaces") << "  07-12-1998 " << QDate(1998, 12, 7);
        QTest::newRow("no such day") << "31-02-1998" << QDate();
        QTest::newRow("month 13") << "01-13-1998" << QDate();
        QTest::newRow("words") << "kemarin" << QDate();
        QTest::newRow("unknown month") << "1 Foo 2020" << QDate();
    }

    void dates() {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const valueparser::DateValue v = valueparser::parseDate(Cell::fromText(text), QDate(1899, 12, 30));
        QCOMPARE(v.date, expected);
        QCOMPARE(v.message.isEmpty(), expected.isValid());
        if (!expected.isValid())
            QVERIFY2(v.message.contains(QLatin1String("dd-mm-yyyy")), qPrintable(v.message));
    }

    void serialDates() {
        // 36136 is 1998-12-07 in the 1900 system; the same serial is four years later in 1904.
        QCOMPARE(valueparser::parseDate(Cell::fromNumber(36136), QDate(1899, 12, 30)).date, QDate(1998, 12, 7));
        QCOMPARE(valueparser::parseDate(Cell::fromNumber(36136), QDate(1904, 1, 1)).date, QDate(2002, 12, 8));
        QCOMPARE(valueparser::parseDate(Cell::fromDate(QDate(2025, 4, 1)), {}).date, QDate(2025, 4, 1));
        QVERIFY(!valueparser::parseDate(Cell::fromNumber(36136.5), QDate(1899, 12, 30)).message.isEmpty());
    }

    void nip_data() {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<QString>("nip");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text") << Cell::fromText(QStringLiteral("199812072025032001")) << "199812072025032001" << "";
        QTest::newRow("grouped") << Cell::fromText(QStringLiteral("19981207 202503 2 001")) << "199812072025032001" << "";
        QTest::newRow("apostrophe") << Cell::fromText(QStringLiteral("'199812072025032001")) << "199812072025032001" << "";
        QTest::newRow("number cell") << Cell::fromNumber(1.99812072025032e17) << "" << "15";
        QTest::newRow("E notation as text") << Cell::fromText(QStringLiteral("1.99812E+17")) << "" << "15";
        QTest::newRow("empty") << Cell::fromText(QStringLiteral("null")) << "" << "NIP";
    }

    void nip() {
        QFETCH(Cell, cell);
        QFETCH(QString, nip);
        QFETCH(QString, messagePart);
        const valueparser::NipValue v = valueparser::parseNip(cell);
        QCOMPARE(v.nip, nip);
        if (messagePart.isEmpty())
            QVERIFY(v.message.isEmpty());
        else
            QVERIFY2(v.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(v.message));
        if (cell.kind == Cell::Kind::Number)
            QVERIFY2(v.message.contains(QLatin1String("1.99812072025032E+17")), qPrintable(v.message));
    }

    void gender_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("gender"); // -1 unknown
        for (const char *m : {"L", "l", "Laki-laki", "LAKI LAKI", "Pria", "M", "Male", "1"})
            QTest::newRow(m) << QString::fromLatin1(m) << int(Gender::Male);
        for (const char *f : {"P", "Perempuan", "wanita", "F", "Female", "2"})
            QTest::newRow(f) << QString::fromLatin1(f) << int(Gender::Female);
        QTest::newRow("unknown") << "X" << -1;
    }

    void gender() {
        QFETCH(QString, text);
        QFETCH(int, gender);
        const auto g = valueparser::parseGender(text);
        QCOMPARE(g ? int(*g) : -1, gender);
    }

    void titles_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("front");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("back");
        QTest::newRow("plain") << "Budi Santoso" << "" << "Budi Santoso" << "";
        QTest::newRow("back title") << "Budi Santoso, S.Pd." << "" << "Budi Santoso" << "S.Pd.";
        QTest::newRow("two back titles") << "Budi Santoso, S.Pd., M.Pd." << "" << "Budi Santoso" << "S.Pd., M.Pd.";
        QTest::newRow("front and back") << "Dr. Siti Aminah, M.Kes" << "Dr." << "Siti Aminah" << "M.Kes";
        QTest::newRow("Hj. and dr.") << "Hj. dr. Rina" << "Hj. dr." << "Rina" << "";
        QTest::newRow("initial stays") << "M. Yusuf" << "" << "M. Yusuf" << "";
        QTest::newRow("comma not a title") << "Santoso, Budi" << "" << "Santoso, Budi" << "";
        QTest::newRow("spaces") << "  Budi   Santoso ,  S.Kom. " << "" << "Budi Santoso" << "S.Kom.";
    }

    void titles() {
        QFETCH(QString, input);
        QFETCH(QString, front);
        QFETCH(QString, name);
        QFETCH(QString, back);
        const valueparser::NameParts p = valueparser::splitTitles(input);
        QCOMPARE(p.titleFront, front);
        QCOMPARE(p.name, name);
        QCOMPARE(p.titleBack, back);
    }

    void cleanText() {
        QCOMPARE(valueparser::cleanText(Cell::fromText(QStringLiteral("  Fitri   Pratama  "))), QStringLiteral("Fitri Pratama"));
        QCOMPARE(valueparser::cleanText(Cell::fromText(QStringLiteral("NULL"))), QString());
        QCOMPARE(valueparser::cleanText(Cell::fromText(QStringLiteral("'0123"))), QStringLiteral("0123"));
        QCOMPARE(valueparser::cleanText(Cell::fromNumber(42)), QStringLiteral("42"));
    }

    void csvEncoding_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QByteArray("Nama;Unit\nS\xC3\xA9ptiani;X\n") << QString::fromUtf8("Nama;Unit\nS\u00e9ptiani;X\n") << "UTF-8";
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFNIP;Nama\n") << "NIP;Nama\n" << "UTF-8 (BOM)";
        QTest::newRow("windows-1252") << QByteArray("Nama\nS\xE9" "ptiani \x93" "Ani\x94\n") << QString::fromUtf8("Nama\nS\u00e9ptiani \u201cAni\u201d\n") << "Windows-1252";
    }

    void csvEncoding() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QString found;
        QCOMPARE(CsvReader::decode(bytes, &found), text);
        QCOMPARE(found, encoding);
    }

    void csvSeparator_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon") << "NIP;Nama;Unit\n1;Budi, S.Pd.;A\n2;Siti;B\n" << QChar(u';');
        QTest::newRow("comma") << "NIP,Nama,Unit\n1,\"Budi; S.Pd.\",A\n2,Siti,B\n" << QChar(u',');
        QTest::newRow("pipe") << "PNS_ID|NIP_BARU|NAMA\na|1|Budi, S.Pd.\nb|2|Siti\n" << QChar(u'|');
        QTest::newRow("tab") << "NIP\tNama\n1\tBudi, S.Pd.\n2\tSiti\n" << QChar(u'\t');
    }

    void csvSeparator() {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(CsvReader::detectSeparator(text), separator);
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
