#include "domain/position.h"
#include "domain/unit.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "testsupport.h"
#include "workload/schoolprofilerepository.h"
#include "workload/teacherneed.h"
#include "workload/workloadsettings.h"

#include <QTest>

using namespace imbang;

// Teacher need of sample schools: subject teachers = rombel x weekly hours / 24 JTM, class teachers one per
// rombel with at least 6 (4 when remote), stored per school and written as needs with source GURU.
class TestTeacherNeed : public QObject {
    Q_OBJECT

    enum : qint64 { ClassTeacher = 11, Math = 12, Indonesian = 13, Science = 14 };

private slots:
    void initTestCase() { test::installIndonesian(); }

    // SMP with 9 class groups:
    //   Matematika 5 h  -> 9 x 5 / 24 = 1.875
    //   Bahasa Indonesia 6 h -> 9 x 6 / 24 = 2.25
    //   IPA 5 h + Biologi 3 h taught by the same position -> 9 x 8 / 24 = 3.0
    void subjectTeachers() {
        SchoolProfile smp;
        smp.rombel = 9;
        smp.subjects = {{QStringLiteral("Matematika"), 5, Math},
                        {QStringLiteral("Bahasa Indonesia"), 6, Indonesian},
                        {QStringLiteral("IPA"), 5, Science},
                        {QStringLiteral("Biologi"), 3, Science}};
        const QList<TeacherNeedLine> lines = teacherneed::compute(smp);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).positionId, qint64(Math));
        QCOMPARE(lines.at(0).need, 1.875);
        QCOMPARE(lines.at(0).weeklyHours, 45.0);
        QCOMPARE(lines.at(1).need, 2.25);
        QCOMPARE(lines.at(2).need, 3.0);
        QCOMPARE(lines.at(2).subjects, (QStringList{QStringLiteral("IPA"), QStringLiteral("Biologi")}));
        QVERIFY(!lines.at(0).classTeachers);
    }

    void classTeachers_data() {
        QTest::addColumn<int>("rombel");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<double>("need");
        QTest::newRow("12 rombel") << 12 << false << 12.0;
        QTest::newRow("6 rombel") << 6 << false << 6.0;
        QTest::newRow("5 rombel: minimum 6") << 5 << false << 6.0;
        QTest::newRow("5 rombel remote") << 5 << true << 5.0;
        QTest::newRow("3 rombel remote: minimum 4") << 3 << true << 4.0;
        QTest::newRow("0 rombel remote") << 0 << true << 4.0;
    }

    void classTeachers() {
        QFETCH(int, rombel);
        QFETCH(bool, remote);
        QFETCH(double, need);
        SchoolProfile sd;
        sd.rombel = rombel;
        sd.remote = remote;
        sd.classPositionId = ClassTeacher;
        sd.subjects = {{QStringLiteral("Pendidikan Agama Islam"), 4, Math}};
        const QList<TeacherNeedLine> lines = teacherneed::compute(sd);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).positionId, qint64(ClassTeacher));
        QVERIFY(lines.at(0).classTeachers);
        QCOMPARE(lines.at(0).need, need);
        QCOMPARE(lines.at(1).need, rombel * 4 / 24.0);
    }

    void rulesAreSettings() {
        test::TempDatabase db;
        Settings settings(db.db->connection());
        QVERIFY(settings.set(settingkeys::teacherWeeklyHours, 20.0));
        QVERIFY(settings.set(settingkeys::minimumClassTeachers, 7));
        const TeacherNeedRules rules = WorkloadSettings::load(db.db->connection()).teacherRules;
        QCOMPARE(rules.weeklyHours, 20.0);
        QCOMPARE(rules.minimumClassTeachers, 7);
        QCOMPARE(rules.minimumClassTeachersRemote, 4);
        SchoolProfile p;
        p.rombel = 4;
        p.classPositionId = ClassTeacher;
        p.subjects = {{QStringLiteral("Matematika"), 5, Math}};
        const QList<TeacherNeedLine> lines = teacherneed::compute(p, rules);
        QCOMPARE(lines.at(0).need, 7.0);
        QCOMPARE(lines.at(1).need, 1.0); // 4 x 5 / 20
    }

    void storedAndWrittenAsGuruNeeds() {
        test::TempDatabase db;
        const QSqlDatabase c = db.db->connection();
        Unit u;
        u.code = QStringLiteral("01.08.SD001");
        u.name = QStringLiteral("SD Negeri 7/I Kota Jambi");
        u.kind = UnitKind::School;
        const qint64 school = *UnitRepository(c).insert(u);
        QList<qint64> ids;
        for (const char *name : {"Guru Ahli Pertama Kelas", "Guru Ahli Muda Pendidikan Agama Islam",
                                 "Guru Ahli Muda Pendidikan Jasmani", "Pengadministrasi Perkantoran"}) {
            Position p;
            p.name = QString::fromLatin1(name);
            p.teacher = p.name.startsWith(QLatin1String("Guru"));
            ids << *PositionRepository(c).insert(p);
        }
        StaffingNeedRepository needs(c);
        QVERIFY(needs.set({school, ids[3], 1, StaffingNeedRepository::sourceDirect(), {}}));

        SchoolProfile p;
        p.unitId = school;
        p.rombel = 9;
        p.classPositionId = ids[0];
        p.subjects = {{QStringLiteral("Pendidikan Agama Islam"), 4, ids[1]},
                      {QStringLiteral("Pendidikan Jasmani"), 4, ids[2]}};
        SchoolProfileRepository repo(c);
        QVERIFY(repo.save(p, {}));
        QCOMPARE(repo.find(school), p);
        QCOMPARE(needs.find(school, ids[0])->need, 9.0);
        QCOMPARE(needs.find(school, ids[0])->source, QStringLiteral("GURU"));
        QCOMPARE(needs.find(school, ids[1])->need, 1.5);
        QCOMPARE(needs.find(school, ids[2])->need, 1.5);
        QCOMPARE(needs.find(school, ids[3])->source, StaffingNeedRepository::sourceDirect()); // untouched

        // The school stops teaching PJOK and loses a class group: its GURU need follows, the rest stays.
        p.rombel = 8;
        p.subjects.removeLast();
        QVERIFY(repo.save(p, {}));
        QCOMPARE(needs.find(school, ids[0])->need, 8.0);
        QVERIFY(!needs.find(school, ids[2]));
        QCOMPARE(needs.forUnit(school).size(), 3);

        // A new minimum in the settings: recompute every school.
        QCOMPARE(*repo.recomputeNeeds({24, 10, 4}), 1);
        QCOMPARE(needs.find(school, ids[0])->need, 10.0);

        QVERIFY(repo.remove(school));
        QVERIFY(!repo.find(school));
        QCOMPARE(needs.forUnit(school).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeacherNeed)
#include "tst_teacherneed.moc"
