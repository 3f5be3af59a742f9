#include "domain/nip.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

class TestNip : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 29};

private slots:
    void initTestCase() { test::installIndonesian(); }

    void pns_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart"); // a piece of the (Indonesian) message expected

        QTest::newRow("valid") << "197910262003091001" << true << "";
        QTest::newRow("grouped with spaces") << "19791026 200309 1 001" << true << "";
        QTest::newRow("leading apostrophe") << "'197910262003091001" << true << "";
        QTest::newRow("female") << "199812072025032001" << true << "";
        QTest::newRow("appointed this month") << "199801012026111001" << true << "";
        QTest::newRow("empty") << "" << false << "kosong";
        QTest::newRow("17 digits") << "19791026200309100" << false << "18 digit";
        QTest::newRow("19 digits") << "1979102620030910011" << false << "18 digit";
        QTest::newRow("letters") << "19791026200309100A" << false << "hanya boleh berisi angka";
        QTest::newRow("scientific notation") << "1.97910262003091E+17" << false << "hanya boleh berisi angka";
        QTest::newRow("no such birth date") << "197902302003091001" << false << "tanggal lahir";
        QTest::newRow("month 13") << "197910262003131001" << false << "01-12";
        QTest::newRow("month 00") << "197910262003001001" << false << "01-12";
        QTest::newRow("appointed before 18") << "197910261995011001" << false << "ulang tahun ke-18";
        QTest::newRow("appointed in the future") << "199801012027011001" << false << "masa depan";
        QTest::newRow("gender digit 3") << "197910262003093001" << false << "jenis kelamin";
        QTest::newRow("gender digit 0") << "197910262003090001" << false << "jenis kelamin";
        QTest::newRow("sequence 000") << "197910262003091000" << false << "000";
    }

    void pns() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        const NipCheck check = nip::checkPns(input, today);
        QCOMPARE(check.isValid(), valid);
        if (valid) {
            QVERIFY(check.problems.isEmpty());
            QCOMPARE(check.normalized.size(), 18);
        } else {
            QVERIFY(!check.problems.isEmpty());
            QStringList messages;
            for (const Problem &p : check.problems)
                messages << p.message;
            QVERIFY2(messages.join(u' ').contains(messagePart, Qt::CaseInsensitive),
                     qPrintable(messages.join(QStringLiteral(" | "))));
            for (const Problem &p : check.problems)
                QCOMPARE(p.field, QStringLiteral("nip"));
        }
    }

    void factsOfValidNip() {
        const NipCheck check = nip::checkPns(QStringLiteral("19791026 200309 1 001"), today);
        QVERIFY(check.isValid());
        QCOMPARE(check.normalized, QStringLiteral("197910262003091001"));
        QCOMPARE(check.facts->birthDate, QDate(1979, 10, 26));
        QCOMPARE(check.facts->appointmentYear, 2003);
        QCOMPARE(check.facts->appointmentMonth, 9);
        QCOMPARE(check.facts->gender, Gender::Male);
        QCOMPARE(check.facts->sequence, 1);
    }

    void pppk_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << "198503122022212001" << true;
        QTest::newRow("year in future") << "198503122027212001" << false;
        QTest::newRow("appointed at 10") << "198503121995212001" << false;
        QTest::newRow("bad birth date") << "198513122022212001" << false;
        QTest::newRow("gender 5") << "198503122022215001" << false;
        QTest::newRow("short") << "19850312202221200" << false;
    }

    void pppk() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(nip::checkPppk(input, today).isValid(), valid);
        QCOMPARE(nip::check(input, EmploymentStatus::Pppk, today).isValid(), valid);
    }

    void pppkFacts() {
        const NipCheck check = nip::checkPppk(QStringLiteral("198503122022212001"), today);
        QVERIFY(check.isValid());
        QCOMPARE(check.facts->birthDate, QDate(1985, 3, 12));
        QCOMPARE(check.facts->appointmentYear, 2022);
        QCOMPARE(check.facts->gender, Gender::Female);
    }

    void consistencyWithRecord_data() {
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<int>("gender"); // -1: not given
        QTest::addColumn<QStringList>("warnedFields");
        QTest::newRow("agrees") << QDate(1979, 10, 26) << int(Gender::Male) << QStringList{};
        QTest::newRow("no record values") << QDate() << -1 << QStringList{};
        QTest::newRow("birth date differs") << QDate(1979, 10, 27) << int(Gender::Male)
                                            << QStringList{QStringLiteral("birth_date")};
        QTest::newRow("gender differs") << QDate(1979, 10, 26) << int(Gender::Female)
                                        << QStringList{QStringLiteral("gender")};
        QTest::newRow("both differ") << QDate(1980, 1, 1) << int(Gender::Female)
                                     << QStringList{QStringLiteral("birth_date"), QStringLiteral("gender")};
    }

    void consistencyWithRecord() {
        QFETCH(QDate, birthDate);
        QFETCH(int, gender);
        QFETCH(QStringList, warnedFields);
        const NipCheck check = nip::checkPns(QStringLiteral("197910262003091001"), today);
        const std::optional<Gender> g = gender < 0 ? std::nullopt : std::optional(Gender(gender));
        const Problems problems = nip::checkAgainstRecord(*check.facts, birthDate, g);
        QStringList fields;
        for (const Problem &p : problems) {
            QCOMPARE(p.severity, Problem::Severity::Warning); // a mismatch warns, it does not block
            fields << p.field;
        }
        QCOMPARE(fields, warnedFields);
    }

    void grouping() {
        QCOMPARE(nip::grouped(QStringLiteral("197910262003091001")), QStringLiteral("19791026 200309 1 001"));
        QCOMPARE(nip::grouped(QStringLiteral("198503122022212001"), EmploymentStatus::Pppk),
                 QStringLiteral("19850312 2022 21 2 001"));
        QCOMPARE(nip::grouped(QStringLiteral("12345")), QStringLiteral("12345"));
    }
};

QTEST_GUILESS_MAIN(TestNip)
#include "tst_nip.moc"
