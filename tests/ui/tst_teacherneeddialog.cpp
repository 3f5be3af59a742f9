#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "records/employeebatchwriter.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "testsupport.h"
#include "workload/schoolprofilerepository.h"
#include "workload/schoolsubjectmodel.h"
#include "workload/teacherneeddialog.h"
#include "workload/teacherneedresultmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTest>

using namespace imbang;

// The teacher-need dialog of a small SD: class groups, remote flag and subjects give the need per position
// live, with the teachers in post beside it; saving stores the profile and the GURU needs.
class TestTeacherNeedDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_school = 0, m_class = 0, m_religion = 0, m_sport = 0, m_clerk = 0;

private slots:
    void initTestCase() {
        qputenv("IMBANG_TODAY", "2026-11-29");
        test::installIndonesian();
        m_db = std::make_unique<test::TempDatabase>();
        const QSqlDatabase c = m_db->db->connection();
        Unit u;
        u.code = QStringLiteral("08.08.SD012");
        u.name = QStringLiteral("SD Negeri 84/VIII Sarolangun");
        u.kind = UnitKind::School;
        m_school = *UnitRepository(c).insert(u);
        const auto position = [&c](const char *name, bool teacher) {
            Position p;
            p.name = QString::fromLatin1(name);
            p.teacher = teacher;
            p.kind = teacher ? PositionKind::Functional : PositionKind::Pelaksana;
            return *PositionRepository(c).insert(p);
        };
        m_class = position("Guru Ahli Pertama Kelas", true);
        m_religion = position("Guru Ahli Muda Pendidikan Agama Islam", true);
        m_sport = position("Guru Ahli Muda Pendidikan Jasmani", true);
        m_clerk = position("Pengadministrasi Perkantoran", false);
        EmployeeBatchWriter writer(c);
        for (int i = 1; i <= 3; ++i) {
            Employee e;
            e.nip = QStringLiteral("19900101201501200%1").arg(i);
            e.name = QStringLiteral("Guru %1").arg(i);
            e.gender = Gender::Female;
            e.birthDate = QDate(1990, 1, 1);
            e.unitId = m_school;
            e.positionId = m_class;
            QVERIFY(writer.insert(e));
        }
    }

    void needFollowsTheProfile() {
        TeacherNeedDialog dialog(*m_db->db, m_school);
        QAbstractItemModelTester subjects(dialog.subjectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester result(dialog.resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.profile().rombel, 0);

        SchoolProfile p;
        p.unitId = m_school;
        p.rombel = 5;
        p.classPositionId = m_class;
        p.subjects = {{QStringLiteral("Pendidikan Agama Islam"), 4, m_religion},
                      {QStringLiteral("Pendidikan Jasmani"), 4, m_sport}};
        dialog.setProfile(p);
        TeacherNeedResultModel *r = dialog.resultModel();
        QCOMPARE(r->rowCount(), 3);
        QCOMPARE(r->index(0, TeacherNeedResultModel::Need).data(Qt::EditRole).toDouble(), 6.0); // 5 rombel, minimum 6
        QCOMPARE(r->index(0, TeacherNeedResultModel::InPost).data(Qt::EditRole).toInt(), 3);
        QCOMPARE(r->index(0, TeacherNeedResultModel::Gap).data(Qt::EditRole).toDouble(), -3.0);
        QCOMPARE(r->index(0, TeacherNeedResultModel::Subjects).data().toString(), QStringLiteral("guru kelas"));
        QCOMPARE(r->index(1, TeacherNeedResultModel::Need).data(Qt::EditRole).toDouble(), 20.0 / 24.0);
        QCOMPARE(r->index(1, TeacherNeedResultModel::Hours).data(Qt::EditRole).toDouble(), 20.0);

        p.remote = true; // a remote school needs at least 4 class teachers: 5 rombel give 5
        dialog.setProfile(p);
        QCOMPARE(r->index(0, TeacherNeedResultModel::Need).data(Qt::EditRole).toDouble(), 5.0);

        // A new subject row without a position blocks saving, with a message saying which.
        SchoolSubjectModel *s = dialog.subjectModel();
        s->addSubject();
        QVERIFY(s->setData(s->index(2, SchoolSubjectModel::Subject), QStringLiteral("  Seni   Budaya ")));
        QCOMPARE(s->subjects().at(2).subject, QStringLiteral("Seni Budaya"));
        QVERIFY(!s->setData(s->index(2, SchoolSubjectModel::WeeklyHours), QStringLiteral("-2")));
        QVERIFY(s->setData(s->index(2, SchoolSubjectModel::WeeklyHours), QStringLiteral("2,5")));
        QVERIFY(!s->setData(s->index(2, SchoolSubjectModel::Position), m_clerk)); // not a teacher position
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY(dialog.problems().first().contains(QStringLiteral("3")));
        QVERIFY(!dialog.save());
        QVERIFY(s->setData(s->index(2, SchoolSubjectModel::Position), m_sport));
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(r->rowCount(), 3);
        QCOMPARE(r->index(2, TeacherNeedResultModel::Need).data(Qt::EditRole).toDouble(), (20.0 + 12.5) / 24.0);

        dialog.resize(860, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("teacher-dialog-test.png")));

        QVERIFY(dialog.save());
        StaffingNeedRepository needs(m_db->db->connection());
        QCOMPARE(needs.find(m_school, m_class)->need, 5.0);
        QCOMPARE(needs.find(m_school, m_class)->source, QStringLiteral("GURU"));
        QCOMPARE(needs.find(m_school, m_sport)->need, (20.0 + 12.5) / 24.0);
        QCOMPARE(SchoolProfileRepository(m_db->db->connection()).find(m_school)->subjects.size(), 3);
    }

    void reopensWithTheStoredProfile() {
        TeacherNeedDialog dialog(*m_db->db, m_school);
        QCOMPARE(dialog.profile().rombel, 5);
        QVERIFY(dialog.profile().remote);
        QCOMPARE(dialog.profile().classPositionId, m_class);
        QCOMPARE(dialog.subjectModel()->rowCount(), 3);
        dialog.subjectModel()->removeSubject(2);
        QCOMPARE(dialog.resultModel()->rowCount(), 3);
        QCOMPARE(dialog.resultModel()->index(2, TeacherNeedResultModel::Need).data(Qt::EditRole).toDouble(),
                 20.0 / 24.0);
    }
};

QTEST_MAIN(TestTeacherNeedDialog)
#include "tst_teacherneeddialog.moc"
