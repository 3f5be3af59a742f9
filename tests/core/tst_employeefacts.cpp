#include "domain/employeefacts.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

// Derived values against hand-computed dates, with a fixed "today".
class TestEmployeeFacts : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 29};

    static Position position(PositionKind kind, PositionLevel level = PositionLevel::None, bool teacher = false) {
        Position p;
        p.kind = kind;
        p.level = level;
        p.teacher = teacher;
        return p;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void yearsMonths_data() {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("months");
        QTest::newRow("same day") << QDate(2020, 5, 10) << QDate(2020, 5, 10) << 0 << 0;
        QTest::newRow("one day short of a year") << QDate(2020, 5, 10) << QDate(2021, 5, 9) << 0 << 11;
        QTest::newRow("exactly a year") << QDate(2020, 5, 10) << QDate(2021, 5, 10) << 1 << 0;
        QTest::newRow("over the year end") << QDate(2003, 9, 1) << QDate(2026, 11, 29) << 23 << 2;
        QTest::newRow("leap day") << QDate(2020, 2, 29) << QDate(2021, 2, 28) << 0 << 11;
        QTest::newRow("from after to") << QDate(2027, 1, 1) << QDate(2026, 1, 1) << 0 << 0;
        QTest::newRow("invalid") << QDate() << QDate(2026, 1, 1) << 0 << 0;
    }

    void yearsMonths() {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, years);
        QFETCH(int, months);
        QCOMPARE(YearsMonths::between(from, to), (YearsMonths{years, months}));
    }

    void retirementAge_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("teacher");
        QTest::addColumn<int>("age");
        QTest::newRow("JPT") << int(PositionKind::Jpt) << int(PositionLevel::None) << false << 60;
        QTest::newRow("administrator") << int(PositionKind::Administrator) << int(PositionLevel::None) << false << 58;
        QTest::newRow("pengawas") << int(PositionKind::Pengawas) << int(PositionLevel::None) << false << 58;
        QTest::newRow("pelaksana") << int(PositionKind::Pelaksana) << int(PositionLevel::None) << false << 58;
        QTest::newRow("ahli pertama") << int(PositionKind::Functional) << int(PositionLevel::AhliPertama) << false << 58;
        QTest::newRow("ahli muda") << int(PositionKind::Functional) << int(PositionLevel::AhliMuda) << false << 58;
        QTest::newRow("ahli madya") << int(PositionKind::Functional) << int(PositionLevel::AhliMadya) << false << 60;
        QTest::newRow("ahli utama") << int(PositionKind::Functional) << int(PositionLevel::AhliUtama) << false << 65;
        QTest::newRow("terampil") << int(PositionKind::Functional) << int(PositionLevel::Terampil) << false << 58;
        QTest::newRow("teacher ahli pertama") << int(PositionKind::Functional) << int(PositionLevel::AhliPertama) << true << 60;
    }

    void retirementAge() {
        QFETCH(int, kind);
        QFETCH(int, level);
        QFETCH(bool, teacher);
        QFETCH(int, age);
        QCOMPARE(RetirementPolicy().ageFor(position(PositionKind(kind), PositionLevel(level), teacher)), age);
    }

    void retirementDate_data() {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("bup");
        QTest::addColumn<QDate>("pension");
        QTest::newRow("mid month") << QDate(1966, 11, 29) << 58 << QDate(2024, 12, 1);
        QTest::newRow("first of month") << QDate(1970, 3, 1) << 60 << QDate(2030, 4, 1);
        QTest::newRow("end of January") << QDate(1970, 1, 31) << 60 << QDate(2030, 2, 1);
        QTest::newRow("December birthday") << QDate(1968, 12, 15) << 58 << QDate(2027, 1, 1);
        QTest::newRow("leap day") << QDate(1964, 2, 29) << 65 << QDate(2029, 3, 1);
    }

    void retirementDate() {
        QFETCH(QDate, birth);
        QFETCH(int, bup);
        QFETCH(QDate, pension);
        QCOMPARE(RetirementPolicy().retirementDate(birth, bup), pension);
    }

    void overrideAndSettings() {
        Position p = position(PositionKind::Pelaksana);
        p.bupOverride = 62;
        RetirementPolicy policy;
        QCOMPARE(policy.ageFor(p), 62);
        policy.setAge(QStringLiteral("GURU"), 61);
        const RetirementPolicy back = RetirementPolicy::fromSettingText(policy.toSettingText());
        QCOMPARE(back, policy);
        QCOMPARE(back.ageFor(position(PositionKind::Functional, PositionLevel::AhliMuda, true)), 61);
        // Broken or partial setting text keeps the defaults for what it does not say.
        const RetirementPolicy partial = RetirementPolicy::fromSettingText(QStringLiteral("JPT=61;garbage;PELAKSANA=x"));
        QCOMPARE(partial.ageFor(position(PositionKind::Jpt)), 61);
        QCOMPARE(partial.ageFor(position(PositionKind::Pelaksana)), 58);
    }

    void facts() {
        Employee e;
        e.birthDate = QDate(1979, 10, 26);
        e.cpnsTmt = QDate(2003, 9, 1);
        e.positionTmt = QDate(2020, 11, 1);
        const EmployeeFacts f = EmployeeFacts::compute(e, position(PositionKind::Pelaksana), RetirementPolicy(), today);
        QCOMPARE(f.age, 47);
        QCOMPARE(f.service, (YearsMonths{23, 2}));
        QCOMPARE(f.timeInPost, (YearsMonths{6, 0}));
        QCOMPARE(f.retirementAge, 58);
        QCOMPARE(f.retirementDate, QDate(2037, 11, 1));
        QVERIFY(f.dueForRotation);
        QVERIFY(!f.tooRecentToMove);
    }

    void rotationFlags_data() {
        QTest::addColumn<QDate>("positionTmt");
        QTest::addColumn<bool>("due");
        QTest::addColumn<bool>("tooRecent");
        QTest::newRow("1 year 11 months") << QDate(2024, 12, 1) << false << true;
        QTest::newRow("exactly 2 years") << QDate(2024, 11, 29) << false << false;
        QTest::newRow("exactly 5 years") << QDate(2021, 11, 29) << false << false;
        QTest::newRow("5 years 1 month") << QDate(2021, 10, 29) << true << false;
        QTest::newRow("unknown") << QDate() << false << false;
    }

    void rotationFlags() {
        QFETCH(QDate, positionTmt);
        QFETCH(bool, due);
        QFETCH(bool, tooRecent);
        Employee e;
        e.birthDate = QDate(1980, 1, 1);
        e.positionTmt = positionTmt;
        const EmployeeFacts f = EmployeeFacts::compute(e, position(PositionKind::Pelaksana), RetirementPolicy(), today);
        QCOMPARE(f.dueForRotation, due);
        QCOMPARE(f.tooRecentToMove, tooRecent);
    }

    void fullName() {
        Employee e;
        e.name = QStringLiteral("Budi Santoso");
        QCOMPARE(e.fullName(), QStringLiteral("Budi Santoso"));
        e.titleFront = QStringLiteral("Dr.");
        e.titleBack = QStringLiteral("S.Pd., M.Pd.");
        QCOMPARE(e.fullName(), QStringLiteral("Dr. Budi Santoso, S.Pd., M.Pd."));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeFacts)
#include "tst_employeefacts.moc"
