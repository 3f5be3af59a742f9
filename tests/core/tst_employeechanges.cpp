#include "audit/audittrail.h"
#include "records/employeechanges.h"
#include "records/employeerepository.h"
#include "records/employeevalidator.h"
#include "records/positionhistoryrepository.h"
#include "records/rankhistoryrepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

// Validation as the officer types, and audited changes.
class TestEmployeeChanges : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 29};

    static QStringList fields(const Problems &problems, Problem::Severity severity) {
        QStringList out;
        for (const Problem &p : problems)
            if (p.severity == severity)
                out << p.field;
        return out;
    }

    static Employee valid() {
        Employee e;
        e.nip = QStringLiteral("197910262003091001");
        e.name = QStringLiteral("Budi Santoso");
        e.gender = Gender::Male;
        e.birthDate = QDate(1979, 10, 26);
        e.status = EmploymentStatus::Pns;
        e.rank = *Rank::pns(3, u'c');
        e.rankTmt = QDate(2015, 4, 1);
        e.cpnsTmt = QDate(2003, 9, 1);
        e.positionTmt = QDate(2020, 1, 1);
        e.unitId = 1;
        e.positionId = 1;
        return e;
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        qputenv("IMBANG_TODAY", "2026-11-29");
    }

    void validation_data() {
        QTest::addColumn<int>("change");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QStringList>("warnings");
        QTest::newRow("valid") << 0 << QStringList{} << QStringList{};
        QTest::newRow("bad NIP") << 1 << QStringList{QStringLiteral("nip")} << QStringList{};
        QTest::newRow("birth date disagrees with NIP") << 2 << QStringList{} << QStringList{QStringLiteral("birth_date")};
        QTest::newRow("gender disagrees with NIP") << 3 << QStringList{} << QStringList{QStringLiteral("gender")};
        QTest::newRow("rank TMT before CPNS TMT") << 4 << QStringList{QStringLiteral("rank_tmt")} << QStringList{};
        QTest::newRow("PPPK golongan for a PNS") << 5 << QStringList{QStringLiteral("rank")} << QStringList{};
        QTest::newRow("rank TMT in the future") << 6 << QStringList{QStringLiteral("rank_tmt")} << QStringList{};
        QTest::newRow("no name, unit or position") << 7
                                                   << QStringList{QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("position")}
                                                   << QStringList{};
        QTest::newRow("inactive without reason") << 8 << QStringList{QStringLiteral("inactive_reason"), QStringLiteral("inactive_date")}
                                                 << QStringList{};
        QTest::newRow("PPPK with NI PPPK") << 9 << QStringList{} << QStringList{};
    }

    void validation() {
        QFETCH(int, change);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, warnings);
        Employee e = valid();
        switch (change) {
        case 1: e.nip = QStringLiteral("1979102620030910"); break;
        case 2: e.birthDate = QDate(1979, 10, 27); break;
        case 3: e.gender = Gender::Female; break;
        case 4: e.rankTmt = QDate(2003, 1, 1); break;
        case 5: e.rank = *Rank::pppk(9); break;
        case 6: e.rankTmt = QDate(2027, 4, 1); break;
        case 7: e.name = QStringLiteral("  "); e.unitId = 0; e.positionId = 0; break;
        case 8: e.active = false; break;
        case 9:
            e.status = EmploymentStatus::Pppk;
            e.nip = QStringLiteral("197910262022211001");
            e.rank = *Rank::pppk(9);
            e.cpnsTmt = QDate(2022, 3, 1);
            e.rankTmt = QDate(2022, 3, 1);
            e.positionTmt = QDate(2022, 3, 1);
            break;
        default: break;
        }
        const Problems problems = employeevalidation::validate(e, today);
        QCOMPARE(fields(problems, Problem::Severity::Error), errors);
        QCOMPARE(fields(problems, Problem::Severity::Warning), warnings);
        for (const Problem &p : problems)
            QVERIFY(!p.message.isEmpty());
    }

    void describesTheChange() {
        const Employee before = valid();
        Employee after = before;
        after.positionId = 2;
        QCOMPARE(employeechanges::describe(before, after), QStringLiteral("Ubah jabatan Budi Santoso"));
        after = before;
        after.rank = *Rank::pns(3, u'd');
        QCOMPARE(employeechanges::describe(before, after), QStringLiteral("Ubah golongan Budi Santoso"));
        after = before;
        after.unitId = 5;
        QCOMPARE(employeechanges::describe(before, after), QStringLiteral("Ubah unit kerja Budi Santoso"));
        after.positionId = 7;
        QCOMPARE(employeechanges::describe(before, after), QStringLiteral("Ubah data Budi Santoso"));
        after = before;
        after.active = false;
        QCOMPARE(employeechanges::describe(before, after), QStringLiteral("Nonaktifkan Budi Santoso"));
    }

    void changesAreAudited() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        Unit u;
        u.code = QStringLiteral("01.08");
        u.name = QStringLiteral("Dinas Pendidikan Kota Jambi");
        Employee e = valid();
        e.unitId = *UnitRepository(db).insert(u);
        Position p;
        p.name = QStringLiteral("Pengadministrasi Perkantoran");
        e.positionId = *PositionRepository(db).insert(p);

        auto id = employeechanges::add(db, e);
        QVERIFY2(id, qPrintable(id.error()));
        Employee saved = *EmployeeRepository(db).byId(*id);
        saved.education = QStringLiteral("S-1 Manajemen");
        QVERIFY(employeechanges::save(db, saved));
        Employee invalid = saved;
        invalid.rankTmt = QDate(1990, 1, 1);
        const Status refused = employeechanges::save(db, invalid);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("TMT golongan")));
        QCOMPARE(EmployeeRepository(db).byId(*id)->rankTmt, saved.rankTmt);
        QVERIFY(employeechanges::remove(db, *id));
        QVERIFY(!EmployeeRepository(db).byId(*id));

        const QList<AuditEntry> entries = AuditTrail(db).entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).record.action, QStringLiteral("create"));
        QCOMPARE(entries.at(1).record.action, QStringLiteral("update"));
        QCOMPARE(entries.at(1).record.before.value(QStringLiteral("education")).toString(), QString());
        QCOMPARE(entries.at(1).record.after.value(QStringLiteral("education")).toString(), QStringLiteral("S-1 Manajemen"));
        QCOMPARE(entries.at(0).record.action, QStringLiteral("delete"));
        QVERIFY(AuditTrail(db).verify().intact);
    }

    // A promotion appends to the rank history; a correction appends a KOREKSI entry; a restored
    // snapshot (what undo does) removes exactly what was written after it.
    void historyNewEntryCorrectionAndRestore() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        Unit u;
        u.code = QStringLiteral("01.08");
        u.name = QStringLiteral("Dinas Pendidikan Kota Jambi");
        Employee e = valid();
        e.unitId = *UnitRepository(db).insert(u);
        Position p;
        p.name = QStringLiteral("Pengadministrasi Perkantoran");
        e.positionId = *PositionRepository(db).insert(p);
        const qint64 id = *employeechanges::add(db, e);
        const RankHistoryRepository ranks(db);
        QCOMPARE(ranks.forEmployee(id).size(), 1);
        QCOMPARE(ranks.forEmployee(id).at(0).source, RankHistoryRepository::sourceInitial());
        QCOMPARE(PositionHistoryRepository(db).forEmployee(id).size(), 1);

        Employee promoted = *EmployeeRepository(db).byId(id);
        promoted.rank = *Rank::pns(3, u'd');
        promoted.rankTmt = QDate(2019, 4, 1);
        QVERIFY(employeechanges::save(db, promoted, HistoryChange::NewEntry));
        QCOMPARE(ranks.forEmployee(id).size(), 2);
        QCOMPARE(ranks.forEmployee(id).at(1).rank, promoted.rank);
        QCOMPARE(ranks.forEmployee(id).at(1).source, RankHistoryRepository::sourcePromotion());
        QCOMPARE(PositionHistoryRepository(db).forEmployee(id).size(), 1); // the post did not change

        const employeehistory::Snapshot beforeCorrection = employeehistory::snapshot(db, id);
        Employee corrected = *EmployeeRepository(db).byId(id);
        corrected.rankTmt = QDate(2019, 10, 1);
        QVERIFY(employeechanges::save(db, corrected, HistoryChange::Correction));
        QCOMPARE(ranks.forEmployee(id).size(), 3);
        QCOMPARE(ranks.forEmployee(id).at(2).source, RankHistoryRepository::sourceCorrection());

        QVERIFY(employeehistory::restore(db, beforeCorrection));
        QCOMPARE(ranks.forEmployee(id).size(), 2);
        // Removing the person (undoing the addition) removes the history too.
        QVERIFY(employeechanges::remove(db, id));
        QVERIFY(!ranks.hasEntries(id));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeChanges)
#include "tst_employeechanges.moc"
