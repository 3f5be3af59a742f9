#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;

// Repository round trips and the filters the employee list, the CLI and exports share.
class TestEmployeeRepository : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TempDatabase t;
        qint64 agency = 0, school = 0, otherRegion = 0, teacher = 0, clerk = 0;
        QSqlDatabase db() const { return t.db->connection(); }

        Fixture() {
            UnitRepository units(db());
            Unit a;
            a.code = QStringLiteral("07.08");
            a.name = QStringLiteral("Dinas Pendidikan Kabupaten Bungo");
            a.region = QStringLiteral("Kabupaten Bungo");
            agency = *units.insert(a);
            Unit s;
            s.code = QStringLiteral("07.08.SMA03");
            s.name = QStringLiteral("SMA Negeri 3 Bungo");
            s.kind = UnitKind::School;
            s.parentId = agency;
            s.region = a.region;
            s.latitude = -1.5;
            s.longitude = 102.1;
            school = *units.insert(s);
            Unit o;
            o.code = QStringLiteral("01.01");
            o.name = QStringLiteral("Sekretariat Daerah Kota Jambi");
            o.region = QStringLiteral("Kota Jambi");
            otherRegion = *units.insert(o);
            PositionRepository positions(db());
            Position t;
            t.name = QStringLiteral("Guru Ahli Muda Matematika");
            t.kind = PositionKind::Functional;
            t.level = PositionLevel::AhliMuda;
            t.teacher = true;
            t.family = QStringLiteral("Pendidikan");
            teacher = *positions.insert(t);
            Position c;
            c.name = QStringLiteral("Pengadministrasi Perkantoran");
            clerk = *positions.insert(c);
        }

        Employee make(const QString &nip, const QString &name, qint64 unit, qint64 position) const {
            Employee e;
            e.nip = nip;
            e.name = name;
            e.gender = nip.at(14) == QLatin1Char('2') ? Gender::Female : Gender::Male;
            e.birthDate = QDate::fromString(nip.left(8), QStringLiteral("yyyyMMdd"));
            e.birthPlace = QStringLiteral("Muara Bungo");
            e.rank = *Rank::pns(3, u'b');
            e.rankTmt = QDate(2020, 4, 1);
            e.unitId = unit;
            e.positionId = position;
            e.positionTmt = QDate(2021, 1, 1);
            e.cpnsTmt = QDate(nip.mid(8, 4).toInt(), nip.mid(12, 2).toInt(), 1);
            e.education = QStringLiteral("S-1 Pendidikan Matematika");
            return e;
        }
    };

private slots:
    void initTestCase() { test::installIndonesian(); }

    void roundTrip() {
        Fixture f;
        EmployeeRepository repo(f.db());
        Employee e = f.make(QStringLiteral("197910262003091001"), QStringLiteral("Budi Santoso"), f.school, f.teacher);
        e.titleBack = QStringLiteral("S.Pd.");
        e.status = EmploymentStatus::Pns;
        auto id = repo.insert(e);
        QVERIFY2(id, qPrintable(id.error()));
        std::optional<Employee> back = repo.byId(*id);
        QVERIFY(back);
        QVERIFY(!back->uuid.isNull());
        QVERIFY(back->modifiedAt.isValid());
        e.id = *id;
        e.uuid = back->uuid;
        e.modifiedAt = back->modifiedAt;
        QCOMPARE(*back, e);
        QCOMPARE(repo.byNip(e.nip)->id, *id);

        back->inactiveReason = InactiveReason::Retired;
        back->active = false;
        back->inactiveDate = QDate(2026, 1, 1);
        back->rank = *Rank::pns(3, u'c');
        QVERIFY(repo.update(*back));
        const Employee updated = *repo.byId(*id);
        QCOMPARE(updated.rank.text(), QStringLiteral("III/c"));
        QCOMPARE(updated.inactiveReason, std::optional(InactiveReason::Retired));
        QCOMPARE(repo.counts().inactive, 1);
    }

    void duplicateNipIsRefusedWithName() {
        Fixture f;
        EmployeeRepository repo(f.db());
        QVERIFY(repo.insert(f.make(QStringLiteral("197910262003091001"), QStringLiteral("Budi Santoso"), f.school, f.teacher)));
        auto again = repo.insert(f.make(QStringLiteral("197910262003091001"), QStringLiteral("Budi Lain"), f.school, f.teacher));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("sudah terdaftar atas nama Budi Santoso")), qPrintable(again.error()));
        // The database itself refuses a duplicate too, whatever path the write takes.
        QSqlQuery insert(f.db());
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO employee(uuid, nip, name, gender, status, modified_at) "
                                            "VALUES('x', '197910262003091001', 'X', 'L', 'PNS', '')")));
    }

    void filters() {
        Fixture f;
        EmployeeRepository repo(f.db());
        const qint64 budi = *repo.insert(f.make(QStringLiteral("197910262003091001"), QStringLiteral("Budi Santoso"), f.school, f.teacher));
        const qint64 siti = *repo.insert(f.make(QStringLiteral("198503122010012002"), QStringLiteral("Siti Aminah"), f.agency, f.clerk));
        Employee ani = f.make(QStringLiteral("199001012015032003"), QStringLiteral("Ani Budiarti"), f.otherRegion, f.clerk);
        ani.status = EmploymentStatus::Cpns;
        ani.rank = *Rank::pns(3, u'a');
        const qint64 aniId = *repo.insert(ani);
        Employee gone = f.make(QStringLiteral("196001011985011001"), QStringLiteral("Budi Pensiun"), f.school, f.teacher);
        gone.active = false;
        gone.inactiveReason = InactiveReason::Retired;
        const qint64 goneId = *repo.insert(gone);

        const auto ids = [&](EmployeeFilter filter) {
            QList<qint64> found = repo.findIds(filter);
            std::sort(found.begin(), found.end());
            if (repo.count(filter) != found.size())
                return QList<qint64>{-1}; // count() and findIds() disagree
            return found;
        };
        EmployeeFilter all;
        QCOMPARE(ids(all), (QList<qint64>{budi, siti, aniId}));
        all.includeInactive = true;
        QCOMPARE(ids(all), (QList<qint64>{budi, siti, aniId, goneId}));

        EmployeeFilter search;
        search.search = QStringLiteral("budi");
        QCOMPARE(ids(search), (QList<qint64>{budi, aniId})); // "Budiarti" contains "budi"
        search.search = QStringLiteral("BUDI santoso");
        QCOMPARE(ids(search), (QList<qint64>{budi}));
        search.search = QStringLiteral("19850312");
        QCOMPARE(ids(search), (QList<qint64>{siti}));

        EmployeeFilter unit;
        unit.unitId = f.agency;
        QCOMPARE(ids(unit), (QList<qint64>{budi, siti}));
        unit.includeSubunits = false;
        QCOMPARE(ids(unit), (QList<qint64>{siti}));

        EmployeeFilter region;
        region.region = QStringLiteral("Kota Jambi");
        QCOMPARE(ids(region), (QList<qint64>{aniId}));

        EmployeeFilter rank;
        rank.rankCode = Rank::pns(3, u'a')->code();
        QCOMPARE(ids(rank), (QList<qint64>{aniId}));

        EmployeeFilter position;
        position.positionId = f.clerk;
        QCOMPARE(ids(position), (QList<qint64>{siti, aniId}));

        EmployeeFilter status;
        status.status = EmploymentStatus::Cpns;
        QCOMPARE(ids(status), (QList<qint64>{aniId}));
    }

    void sortingAndPages() {
        Fixture f;
        EmployeeRepository repo(f.db());
        const qint64 c = *repo.insert(f.make(QStringLiteral("199001012015032003"), QStringLiteral("citra"), f.school, f.teacher));
        const qint64 a = *repo.insert(f.make(QStringLiteral("197910262003091001"), QStringLiteral("Agus"), f.agency, f.clerk));
        const qint64 b = *repo.insert(f.make(QStringLiteral("198503122010012002"), QStringLiteral("Bayu"), f.otherRegion, f.clerk));
        QCOMPARE(repo.findIds({}, {EmployeeSortKey::Name, false}), (QList<qint64>{a, b, c})); // case-insensitive
        QCOMPARE(repo.findIds({}, {EmployeeSortKey::Name, true}), (QList<qint64>{c, b, a}));
        QCOMPARE(repo.findIds({}, {EmployeeSortKey::Nip, false}), (QList<qint64>{a, b, c}));
        QCOMPARE(repo.findIds({}, {EmployeeSortKey::Unit, false}), (QList<qint64>{a, b, c}));
        const QList<Employee> page = repo.byIds({c, a});
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).id, c);
        QCOMPARE(page.at(1).id, a);
    }

    void unitsAndNeeds() {
        Fixture f;
        UnitRepository units(f.db());
        QCOMPARE(units.count(), 3);
        QList<qint64> subtree = units.subtreeIds(f.agency);
        std::sort(subtree.begin(), subtree.end());
        QCOMPARE(subtree, (QList<qint64>{f.agency, f.school}));
        Unit school = *units.byCode(QStringLiteral("07.08.SMA03"));
        QCOMPARE(school.latitude, std::optional(-1.5));
        school.closedOn = QDate(2026, 6, 30);
        QVERIFY(units.update(school));
        QVERIFY(!units.byId(f.school)->isOpen());

        StaffingNeedRepository needs(f.db());
        QVERIFY(needs.set({f.school, f.teacher, 2.5, {}, {}}));
        QVERIFY(needs.set({f.school, f.teacher, 3.0, QStringLiteral("ABK"), QStringLiteral("hitung ulang")}));
        QCOMPARE(needs.all().size(), 1);
        QCOMPARE(needs.find(f.school, f.teacher)->need, 3.0);
        QCOMPARE(needs.find(f.school, f.teacher)->source, QStringLiteral("ABK"));
        QVERIFY(needs.remove(f.school, f.teacher));
        QVERIFY(needs.forUnit(f.school).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmployeeRepository)
#include "tst_employeerepository.moc"
