#include "audit/audittrail.h"
#include "records/catalogchanges.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitchanges.h"
#include "records/unitrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

// The rules of the unit hierarchy: move, merge, close; and the position catalogue and needs.
class TestUnitChanges : public QObject {
    Q_OBJECT

    struct Tree {
        test::TempDatabase t;
        qint64 agency = 0, schoolA = 0, schoolB = 0, other = 0, position = 0;
        QSqlDatabase db() const { return t.db->connection(); }
        Tree() {
            const auto add = [&](const char *code, const char *name, qint64 parent, UnitKind kind) {
                Unit u;
                u.code = QString::fromLatin1(code);
                u.name = QString::fromLatin1(name);
                u.parentId = parent;
                u.kind = kind;
                u.region = QStringLiteral("Kabupaten Tebo");
                return *unitchanges::add(db(), u);
            };
            agency = add("06.08", "Dinas Pendidikan Kabupaten Tebo", 0, UnitKind::Opd);
            schoolA = add("06.08.SD001", "SD Negeri 7/VI Tebo", agency, UnitKind::School);
            schoolB = add("06.08.SD002", "SD Negeri 14/VI Tebo", agency, UnitKind::School);
            other = add("06.09", "Dinas Kesehatan Kabupaten Tebo", 0, UnitKind::Opd);
            Position p;
            p.name = QStringLiteral("Guru Ahli Pertama Kelas");
            position = *catalogchanges::addPosition(db(), p);
        }
        qint64 addEmployee(qint64 unit, const char *nip) const {
            Employee e;
            e.nip = QString::fromLatin1(nip);
            e.name = QStringLiteral("Guru");
            e.unitId = unit;
            e.positionId = position;
            return *EmployeeRepository(db()).insert(e);
        }
    };

private slots:
    void initTestCase() { test::installIndonesian(); }

    void validation() {
        Tree tree;
        Unit duplicate;
        duplicate.code = QStringLiteral("06.08");
        duplicate.name = QStringLiteral("X");
        const auto added = unitchanges::add(tree.db(), duplicate);
        QVERIFY(!added);
        QVERIFY(added.error().contains(QStringLiteral("06.08")));
        Unit badPlace;
        badPlace.code = QStringLiteral("06.10");
        badPlace.name = QStringLiteral("Y");
        badPlace.latitude = 40.0;
        QVERIFY(!unitchanges::add(tree.db(), badPlace));
    }

    void move() {
        Tree tree;
        QVERIFY(unitchanges::move(tree.db(), tree.schoolA, tree.other));
        QCOMPARE(UnitRepository(tree.db()).byId(tree.schoolA)->parentId, tree.other);
        // Never under itself or a descendant.
        const Status cycle = unitchanges::move(tree.db(), tree.agency, tree.schoolB);
        QVERIFY(!cycle);
        QVERIFY(cycle.error().contains(QStringLiteral("sub-unit")));
        QVERIFY(!unitchanges::move(tree.db(), tree.agency, tree.agency));
        QVERIFY(unitchanges::move(tree.db(), tree.schoolB, 0));
        QCOMPARE(UnitRepository(tree.db()).byId(tree.schoolB)->parentId, 0);
    }

    void closeOnlyWhenEmpty() {
        Tree tree;
        const qint64 teacher = tree.addEmployee(tree.schoolA, "197910262003091001");
        Status refused = unitchanges::close(tree.db(), tree.schoolA, QDate(2026, 12, 31));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("1 pegawai aktif")), qPrintable(refused.error()));
        // The agency holds the school's people too, and an open sub-unit.
        QVERIFY(!unitchanges::close(tree.db(), tree.agency, QDate(2026, 12, 31)));
        Employee e = *EmployeeRepository(tree.db()).byId(teacher);
        e.unitId = tree.schoolB;
        QVERIFY(EmployeeRepository(tree.db()).update(e));
        QVERIFY(unitchanges::close(tree.db(), tree.schoolA, QDate(2026, 12, 31)));
        QVERIFY(!UnitRepository(tree.db()).byId(tree.schoolA)->isOpen());
        QVERIFY(unitchanges::reopen(tree.db(), tree.schoolA));
        QVERIFY(UnitRepository(tree.db()).byId(tree.schoolA)->isOpen());
    }

    void merge() {
        Tree tree;
        const qint64 a = tree.addEmployee(tree.schoolA, "197910262003091001");
        tree.addEmployee(tree.schoolB, "198001012005011001");
        QVERIFY(catalogchanges::setNeed(tree.db(), tree.schoolA, tree.position, StaffingNeed{0, 0, 6, {}, {}}));
        QVERIFY(catalogchanges::setNeed(tree.db(), tree.schoolB, tree.position, StaffingNeed{0, 0, 4, {}, {}}));
        const auto merged = unitchanges::merge(tree.db(), tree.schoolA, tree.schoolB, QDate(2027, 1, 1));
        QVERIFY2(merged, qPrintable(merged.error()));
        QCOMPARE(EmployeeRepository(tree.db()).byId(a)->unitId, tree.schoolB);
        QCOMPARE(UnitRepository(tree.db()).activeEmployeeCounts().value(tree.schoolB), 2);
        QCOMPARE(StaffingNeedRepository(tree.db()).find(tree.schoolB, tree.position)->need, 10.0);
        QVERIFY(!StaffingNeedRepository(tree.db()).find(tree.schoolA, tree.position));
        QCOMPARE(UnitRepository(tree.db()).byId(tree.schoolA)->closedOn, QDate(2027, 1, 1));
        QVERIFY(!unitchanges::merge(tree.db(), tree.schoolB, tree.schoolB, QDate(2027, 1, 1)));
        QVERIFY(!unitchanges::merge(tree.db(), tree.agency, tree.schoolB, QDate(2027, 1, 1))); // its own sub-unit
        AuditFilter unitsOnly;
        unitsOnly.entity = QStringLiteral("unit");
        const QList<AuditEntry> entries = AuditTrail(tree.db()).entries(unitsOnly);
        QVERIFY(entries.first().record.summary.contains(QStringLiteral("Gabungkan")));

        // Undoing the merge puts everything back.
        QVERIFY(unitchanges::unmerge(tree.db(), *merged));
        QCOMPARE(EmployeeRepository(tree.db()).byId(a)->unitId, tree.schoolA);
        QCOMPARE(StaffingNeedRepository(tree.db()).find(tree.schoolA, tree.position)->need, 6.0);
        QCOMPARE(StaffingNeedRepository(tree.db()).find(tree.schoolB, tree.position)->need, 4.0);
        QVERIFY(UnitRepository(tree.db()).byId(tree.schoolA)->isOpen());
    }

    void positionsAndNeeds() {
        Tree tree;
        Position duplicate;
        duplicate.name = QStringLiteral("guru ahli pertama kelas");
        QVERIFY(!catalogchanges::addPosition(tree.db(), duplicate));
        Position p = *PositionRepository(tree.db()).byId(tree.position);
        p.bupOverride = 80;
        QVERIFY(!catalogchanges::savePosition(tree.db(), p));
        p.bupOverride = 60;
        p.family = QStringLiteral("Pendidikan");
        QVERIFY(catalogchanges::savePosition(tree.db(), p));
        QVERIFY(catalogchanges::setNeed(tree.db(), tree.schoolA, tree.position, StaffingNeed{0, 0, 3.5, {}, {}}));
        QVERIFY(!catalogchanges::removePosition(tree.db(), tree.position)); // in use by a need
        QVERIFY(catalogchanges::setNeed(tree.db(), tree.schoolA, tree.position, std::nullopt));
        QVERIFY(!catalogchanges::setNeed(tree.db(), tree.schoolA, tree.position, StaffingNeed{0, 0, -1, {}, {}}));
        QVERIFY(catalogchanges::removePosition(tree.db(), tree.position));
        QVERIFY(AuditTrail(tree.db()).verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestUnitChanges)
#include "tst_unitchanges.moc"
