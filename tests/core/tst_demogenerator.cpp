#include "demo/demogenerator.h"
#include "domain/nip.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"
#include "storage/sqlutil.h"
#include "testsupport.h"
#include "workload/staffinglevels.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>

using namespace imbang;

// The demo dataset: valid, deterministic for a seed, and unevenly staffed on purpose.
class TestDemoGenerator : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 29};

    static QStringList dump(const QSqlDatabase &db) {
        // Everything but the modification times, which record when the data was written.
        QStringList rows;
        for (const QString &statement :
             {QStringLiteral("SELECT uuid, code, name, kind, parent_id, region, latitude, longitude FROM unit ORDER BY id"),
              QStringLiteral("SELECT uuid, name, kind, level, family, teacher FROM position ORDER BY id"),
              QStringLiteral("SELECT unit_id, position_id, need FROM staffing_need ORDER BY unit_id, position_id"),
              QStringLiteral("SELECT uuid, nip, name, title_front, title_back, gender, birth_place, birth_date, status, "
                             "rank_code, rank_tmt, position_id, unit_id, position_tmt, cpns_tmt, education, active "
                             "FROM employee ORDER BY id")}) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return {};
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void validRecords() {
        test::TempDatabase t;
        auto summary = DemoGenerator::generate(t.db->connection(), {2000, 42, today});
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->employees, 2000);
        QCOMPARE(summary->regions, 11);
        EmployeeRepository repo(t.db->connection());
        const EmployeeCounts counts = repo.counts();
        QCOMPARE(counts.active + counts.inactive, 2000);
        EmployeeFilter everyone;
        everyone.includeInactive = true;
        const QList<qint64> ids = repo.findIds(everyone);
        for (qsizetype start = 0; start < ids.size(); start += 500) {
            for (const Employee &e : repo.byIds(ids.mid(start, 500))) {
                const NipCheck check = nip::check(e.nip, e.status, today);
                QVERIFY2(check.isValid(), qPrintable(e.nip + QLatin1Char(' ') +
                                                     (check.problems.isEmpty() ? QString() : check.problems.first().message)));
                QVERIFY2(nip::checkAgainstRecord(*check.facts, e.birthDate, e.gender).isEmpty(), qPrintable(e.nip));
                QVERIFY2(e.rank.fitsStatus(e.status), qPrintable(e.nip));
                QVERIFY(e.rankTmt >= e.cpnsTmt);
                QVERIFY(e.positionTmt >= e.cpnsTmt);
                QVERIFY(e.positionTmt <= today);
                QVERIFY(e.unitId > 0 && e.positionId > 0);
                QVERIFY(!e.name.isEmpty());
            }
        }
    }

    void sameSeedSameData() {
        test::TempDatabase a, b, c;
        QVERIFY(DemoGenerator::generate(a.db->connection(), {600, 7, today}));
        QVERIFY(DemoGenerator::generate(b.db->connection(), {600, 7, today}));
        QVERIFY(DemoGenerator::generate(c.db->connection(), {600, 8, today}));
        const QStringList da = dump(a.db->connection());
        QVERIFY(da.size() > 600);
        QCOMPARE(dump(b.db->connection()), da);
        QVERIFY(dump(c.db->connection()) != da);
    }

    void remoteSchoolsAreShort() {
        test::TempDatabase t;
        QVERIFY(DemoGenerator::generate(t.db->connection(), {5000, 1, today}));
        // Sum the gap of schools near their region's seat and of remote ones.
        QHash<qint64, Unit> units;
        for (const Unit &u : UnitRepository(t.db->connection()).all())
            units.insert(u.id, u);
        QHash<QString, std::pair<double, double>> seats; // region -> agency coordinates
        for (const Unit &u : std::as_const(units))
            if (u.kind == UnitKind::Opd)
                seats.insert(u.region, {*u.latitude, *u.longitude});
        double nearGap = 0, farGap = 0;
        int nearCount = 0, farCount = 0;
        for (const StaffingLevel &level : staffing::allLevels(t.db->connection())) {
            const Unit &u = units[level.unitId];
            if (u.kind != UnitKind::School)
                continue;
            const auto [lat, lon] = seats.value(u.region);
            const double distance = std::hypot(*u.latitude - lat, *u.longitude - lon);
            if (distance < 0.2) {
                nearGap += level.gap();
                ++nearCount;
            } else if (distance > 0.35) {
                farGap += level.gap();
                ++farCount;
            }
        }
        QVERIFY(nearCount > 10 && farCount > 10);
        QVERIFY2(nearGap > 0, qPrintable(QString::number(nearGap)));
        QVERIFY2(farGap < 0, qPrintable(QString::number(farGap)));
    }

    void refusesNonEmptyDatabase() {
        test::TempDatabase t;
        QVERIFY(DemoGenerator::generate(t.db->connection(), {50, 1, today}));
        auto again = DemoGenerator::generate(t.db->connection(), {50, 1, today});
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("kosong")));
        QCOMPARE(EmployeeRepository(t.db->connection()).counts().active +
                     EmployeeRepository(t.db->connection()).counts().inactive,
                 50);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
