#include "audit/audittrail.h"
#include "exchange/officedirectory.h"
#include "exchange/packageexporter.h"
#include "exchange/packageheader.h"
#include "exchange/packageimporter.h"
#include "exchangetestdata.h"
#include "records/employeerepository.h"
#include "storage/changebus.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace imbang;
using namespace imbang::exchange;
using test::count;
using test::countsOf;

// Export and import between two real office databases: round trip, scopes, incremental packages,
// the merge rules (one side changed, both changed, deletions), idempotence, audit and change bus.
class TestPackageExchange : public QObject {
    Q_OBJECT

    // Makes `a` and `b` know and trust each other, and gives `b` everything `a` has.
    static void pair(test::Office &a, test::Office &b) {
        const QString hello = b.file(QStringLiteral("hello.imbang"));
        test::exportPackage(b.db(), hello);
        test::importPackage(a.db(), hello);
        ExportOptions toB;
        toB.targetOffice = OfficeInfo::load(b.db()).name;
        const QString full = a.file(QStringLiteral("full.imbang"));
        test::exportPackage(a.db(), full, toB);
        test::importPackage(b.db(), full);
    }

    static QString sendToB(test::Office &a, test::Office &b, const QString &name) {
        ExportOptions options;
        options.targetOffice = OfficeInfo::load(b.db()).name;
        const QString path = a.file(name);
        test::exportPackage(a.db(), path, options);
        return path;
    }

    static void rename(const QSqlDatabase &db, const QString &nip, const QString &name) {
        EmployeeRepository repo(db);
        auto e = repo.byNip(nip);
        QVERIFY(e);
        e->name = name;
        QVERIFY(repo.update(*e));
    }

    static AuditFilter employeeFilter() {
        AuditFilter f;
        f.entity = QStringLiteral("employee");
        return f;
    }

    static QString nameOf(const QSqlDatabase &db, const QString &nip) {
        const auto e = EmployeeRepository(db).byNip(nip);
        return e ? e->name : QString();
    }

    static void removeEmployee(const QSqlDatabase &db, const QString &nip) {
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("DELETE FROM employee WHERE nip = ?")));
        q.addBindValue(nip);
        QVERIFY(q.exec());
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void roundTripIntoEmptyDatabase() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("all.imbang"));
        const ExportSummary summary = test::exportPackage(a.db(), path);
        QCOMPARE(summary.units, 4);
        QCOMPARE(summary.positions, 2);
        QCOMPARE(summary.employees, 4);
        QCOMPARE(summary.staffingNeeds, 2);

        const ImportResult result = test::importPackage(b.db(), path);
        QCOMPARE(test::content(b.db()), test::content(a.db()));
        QCOMPARE(countsOf(result.entities, QStringLiteral("employee")).inserted, 4);
        QCOMPARE(result.changes, 12);
        // The receiver records the sender as origin of what it did not make itself.
        const QString aId = OfficeInfo::load(a.db()).id.toString(QUuid::WithoutBraces);
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM employee WHERE origin_office = '%1'").arg(aId)), 4);
        // One audit entry per change, in an intact chain.
        const AuditTrail trail(b.db());
        QCOMPARE(trail.entries().size(), 12);
        QVERIFY(trail.verify().intact);
        QCOMPARE(trail.entries(employeeFilter()).size(), 4);
    }

    void reimportChangesNothing() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("all.imbang"));
        test::exportPackage(a.db(), path);
        test::importPackage(b.db(), path);
        const auto before = test::content(b.db());
        const int audits = count(b.db(), QStringLiteral("SELECT count(*) FROM audit_entry"));

        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        QCOMPARE(importer.signer().status, SignerStatus::Trusted);
        auto preview = importer.preview(b.db());
        QVERIFY2(preview, qPrintable(preview.error()));
        QVERIFY(preview->alreadyImportedAt.isValid());
        QCOMPARE(preview->changes(), 0);
        QCOMPARE(countsOf(preview->entities, QStringLiteral("employee")).unchanged, 4);
        auto again = importer.apply(b.db(), Resolutions());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->changes, 0);
        QCOMPARE(test::content(b.db()), before);
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM audit_entry")), audits);
    }

    void unitScopeCarriesSubunitsAndAncestors() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::fillSample(a.db());
        ExportOptions options;
        options.unitCodes = {QStringLiteral("01")};
        ExportSummary s = test::exportPackage(a.db(), a.file(QStringLiteral("01.imbang")), options);
        QCOMPARE(s.units, 2);         // 01 and 01.01
        QCOMPARE(s.employees, 2);     // Budi and Siti
        QCOMPARE(s.positions, 1);     // only the position they hold
        QCOMPARE(s.staffingNeeds, 1);

        options.unitCodes = {QStringLiteral("02.01")};
        s = test::exportPackage(a.db(), a.file(QStringLiteral("0201.imbang")), options);
        QCOMPARE(s.units, 2); // the puskesmas and its agency, so the tree can be rebuilt
        QCOMPARE(s.employees, 2);

        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::importPackage(b.db(), a.file(QStringLiteral("0201.imbang")));
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM unit u JOIN unit p ON p.id = u.parent_id "
                                              "WHERE u.code = '02.01' AND p.code = '02'")),
                 1);

        options.unitCodes = {QStringLiteral("99")};
        options.unencrypted = true;
        PackageExporter exporter(a.db());
        auto missing = exporter.exportTo(a.file(QStringLiteral("99.imbang")), options);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("99")));
        QVERIFY(!QFile::exists(a.file(QStringLiteral("99.imbang"))));
    }

    void incrementalExportSinceLastPackage() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString hello = b.file(QStringLiteral("hello.imbang"));
        test::exportPackage(b.db(), hello);
        test::importPackage(a.db(), hello);

        ExportOptions since;
        since.targetOffice = QStringLiteral("BKD Kota Jambi");
        since.sinceLast = true;
        const ExportSummary first = test::exportPackage(a.db(), a.file(QStringLiteral("1.imbang")), since);
        QVERIFY(first.firstToTarget);
        QCOMPARE(first.employees, 4);
        test::importPackage(b.db(), a.file(QStringLiteral("1.imbang")));
        test::ageRecords(a.db());
        test::ageRecords(b.db());

        // Nothing changed: an empty package.
        const ExportSummary nothing = test::exportPackage(a.db(), a.file(QStringLiteral("2.imbang")), since);
        QCOMPARE(nothing.records(), 0);
        QVERIFY(nothing.since.isValid());
        test::ageRecords(a.db());

        rename(a.db(), QStringLiteral("197910262003091001"), QStringLiteral("Budi Santoso Putra"));
        removeEmployee(a.db(), QStringLiteral("199204202019032003"));
        const auto ids = UnitRepository(a.db()).byCode(QStringLiteral("01.01"));
        test::addEmployee(a.db(), QStringLiteral("199512122020122004"), QStringLiteral("Dewi Lestari"), ids->id,
                          PositionRepository(a.db()).byName(QStringLiteral("Guru Ahli Pertama"))->id);
        const ExportSummary changes = test::exportPackage(a.db(), a.file(QStringLiteral("3.imbang")), since);
        QCOMPARE(changes.employees, 2);   // Budi changed, Dewi new
        QCOMPARE(changes.tombstones, 1);  // Rina deleted
        QCOMPARE(changes.units, 2);       // the school they work in and its agency travel along
        QCOMPARE(changes.positions, 1);

        const ImportResult result = test::importPackage(b.db(), a.file(QStringLiteral("3.imbang")));
        const EntityCounts &employees = countsOf(result.entities, QStringLiteral("employee"));
        QCOMPARE(employees.inserted, 1);
        QCOMPARE(employees.updated, 1);
        QCOMPARE(employees.deleted, 1);
        QCOMPARE(test::content(b.db()), test::content(a.db()));
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM exchange_tombstone")), 1);
    }

    void onlyTheSenderChanged() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        rename(a.db(), QStringLiteral("199001012015031001"), QStringLiteral("Andi Wijaya, S.Kep."));
        const ImportResult r = test::importPackage(b.db(), sendToB(a, b, QStringLiteral("2.imbang")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("employee")).updated, 1);
        QVERIFY(r.comparison.conflicts.isEmpty());
        QCOMPARE(nameOf(b.db(), QStringLiteral("199001012015031001")), QStringLiteral("Andi Wijaya, S.Kep."));
        // The audit entry shows the name before and after.
        const auto entries = AuditTrail(b.db()).entries(employeeFilter());
        QCOMPARE(entries.first().record.action, QStringLiteral("exchange.update"));
        QCOMPARE(entries.first().record.before.value(QStringLiteral("name")).toString(), QStringLiteral("Andi Wijaya"));
        QCOMPARE(entries.first().record.after.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Andi Wijaya, S.Kep."));
    }

    void onlyThisOfficeChanged() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        rename(b.db(), QStringLiteral("198503152010012002"), QStringLiteral("Siti Aminah, S.Pd."));
        const ImportResult r = test::importPackage(b.db(), sendToB(a, b, QStringLiteral("2.imbang")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("employee")).keptLocal, 1);
        QCOMPARE(r.changes, 0);
        QCOMPARE(nameOf(b.db(), QStringLiteral("198503152010012002")), QStringLiteral("Siti Aminah, S.Pd."));

        // And the answer: a merges b's change, since b's base says a still has the old version.
        const QString hello = b.file(QStringLiteral("back.imbang"));
        ExportOptions toA;
        toA.targetOffice = QStringLiteral("BKD Provinsi Jambi");
        test::exportPackage(b.db(), hello, toA);
        const ImportResult back = test::importPackage(a.db(), hello);
        QCOMPARE(countsOf(back.entities, QStringLiteral("employee")).updated, 1);
        QVERIFY(back.comparison.conflicts.isEmpty());
        QCOMPARE(nameOf(a.db(), QStringLiteral("198503152010012002")), QStringLiteral("Siti Aminah, S.Pd."));
    }

    void bothChangedIsAConflict_data() {
        QTest::addColumn<bool>("takeTheirs");
        QTest::newRow("keep mine") << false;
        QTest::newRow("take theirs") << true;
    }

    void bothChangedIsAConflict() {
        QFETCH(bool, takeTheirs);
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        const QString nip = QStringLiteral("199001012015031001");
        rename(a.db(), nip, QStringLiteral("Andi Wijaya (A)"));
        rename(b.db(), nip, QStringLiteral("Andi Wijaya (B)"));
        const QString path = sendToB(a, b, QStringLiteral("2.imbang"));

        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        auto preview = importer.preview(b.db());
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->conflicts.size(), 1);
        const MergeConflict c = preview->conflicts.first();
        QCOMPARE(c.kind, ConflictKind::BothChanged);
        QCOMPARE(c.naturalKey, nip);
        QCOMPARE(c.differences.size(), 1);
        QCOMPARE(c.differences.first().mine, QStringLiteral("Andi Wijaya (B)"));
        QCOMPARE(c.differences.first().theirs, QStringLiteral("Andi Wijaya (A)"));

        Resolutions resolutions;
        if (takeTheirs)
            resolutions.insert(c.key(), Resolution::TakeTheirs);
        auto result = importer.apply(b.db(), resolutions);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(nameOf(b.db(), nip), takeTheirs ? QStringLiteral("Andi Wijaya (A)") : QStringLiteral("Andi Wijaya (B)"));
        QCOMPARE(result->conflictsKeptMine, takeTheirs ? 0 : 1);

        // The same package again: decided, so no conflict and no change.
        PackageImporter again;
        QVERIFY(again.open(path, b.db()));
        auto second = again.preview(b.db());
        QVERIFY(second);
        QVERIFY(second->conflicts.isEmpty());
        QCOMPARE(second->changes(), 0);
    }

    void deletionTravels() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        removeEmployee(a.db(), QStringLiteral("199204202019032003"));
        const ImportResult r = test::importPackage(b.db(), sendToB(a, b, QStringLiteral("2.imbang")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("employee")).deleted, 1);
        QVERIFY(!EmployeeRepository(b.db()).byNip(QStringLiteral("199204202019032003")));
        QCOMPARE(AuditTrail(b.db()).entries(employeeFilter()).first().record.action,
                 QStringLiteral("exchange.delete"));
    }

    void deletedThereChangedHere() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        const QString nip = QStringLiteral("199204202019032003");
        removeEmployee(a.db(), nip);
        rename(b.db(), nip, QStringLiteral("Rina Marlina, A.Md.Kep."));
        const ImportResult r = test::importPackage(b.db(), sendToB(a, b, QStringLiteral("2.imbang")));
        QCOMPARE(r.comparison.conflicts.size(), 1);
        QCOMPARE(r.comparison.conflicts.first().kind, ConflictKind::ChangedHereDeletedThere);
        QCOMPARE(nameOf(b.db(), nip), QStringLiteral("Rina Marlina, A.Md.Kep.")); // kept: nothing lost
    }

    void deletedHereChangedThere() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        const QString nip = QStringLiteral("199204202019032003");
        removeEmployee(b.db(), nip);
        rename(a.db(), nip, QStringLiteral("Rina Marlina, A.Md.Kep."));
        const QString path = sendToB(a, b, QStringLiteral("2.imbang"));
        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        auto preview = importer.preview(b.db());
        QVERIFY(preview);
        QCOMPARE(preview->conflicts.size(), 1);
        QCOMPARE(preview->conflicts.first().kind, ConflictKind::DeletedHereChangedThere);
        Resolutions theirs{{preview->conflicts.first().key(), Resolution::TakeTheirs}};
        QVERIFY(importer.apply(b.db(), theirs));
        QCOMPARE(nameOf(b.db(), nip), QStringLiteral("Rina Marlina, A.Md.Kep."));
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM exchange_tombstone")), 0);
    }

    void unitStillInUseIsKept() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        const test::SampleIds ids = test::fillSample(a.db());
        pair(a, b);
        // a moves everybody out of the puskesmas and deletes it; b has meanwhile hired someone there.
        QSqlQuery q(a.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM staffing_need WHERE unit_id = %1").arg(ids.puskesmas)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM employee WHERE unit_id = %1").arg(ids.puskesmas)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM unit WHERE id = %1").arg(ids.puskesmas)));
        const auto unitB = UnitRepository(b.db()).byCode(QStringLiteral("02.01"));
        test::addEmployee(b.db(), QStringLiteral("199603032021012001"), QStringLiteral("Nur Aini"), unitB->id,
                          PositionRepository(b.db()).byName(QStringLiteral("Perawat Terampil"))->id);
        const ImportResult r = test::importPackage(b.db(), sendToB(a, b, QStringLiteral("2.imbang")));
        QVERIFY(UnitRepository(b.db()).byCode(QStringLiteral("02.01")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("unit")).skipped, 1);
        QVERIFY(!r.warnings.isEmpty());
        QCOMPARE(countsOf(r.entities, QStringLiteral("employee")).deleted, 2);
    }

    void sameNipMadeInBothOffices() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        test::fillSample(b.db()); // the same people, typed in separately: other UUIDs
        rename(b.db(), QStringLiteral("197910262003091001"), QStringLiteral("Budi Santosa"));
        const QString path = a.file(QStringLiteral("all.imbang"));
        test::exportPackage(a.db(), path);
        const ImportResult r = test::importPackage(b.db(), path);
        // Matched by NIP, code and name: no duplicates, one conflict for the one that differs.
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM employee")), 4);
        QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM unit")), 4);
        QCOMPARE(r.comparison.conflicts.size(), 1);
        QCOMPARE(r.comparison.conflicts.first().kind, ConflictKind::NeverExchanged);
        QCOMPARE(countsOf(r.entities, QStringLiteral("employee")).unchanged, 3);
        QCOMPARE(countsOf(r.entities, QStringLiteral("staffing_need")).unchanged, 2);
        QCOMPARE(nameOf(b.db(), QStringLiteral("197910262003091001")), QStringLiteral("Budi Santosa"));
    }

    void changeBusAfterCommit() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("all.imbang"));
        test::exportPackage(a.db(), path);
        QSignalSpy spy(&ChangeBus::instance(), &ChangeBus::changed);
        test::importPackage(b.db(), path);
        QStringList topics;
        for (const QList<QVariant> &args : std::as_const(spy))
            topics << args.first().toString();
        QCOMPARE(topics, (QStringList{QStringLiteral("unit"), QStringLiteral("position"), QStringLiteral("employee"),
                                      QStringLiteral("staffing_need"), QStringLiteral("exchange_office")}));
        spy.clear();
        test::importPackage(b.db(), path);
        QCOMPARE(spy.count(), 0);
    }

    void unknownSignerNeedsTrust() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("all.imbang"));
        const ExportSummary s = test::exportPackage(a.db(), path);
        const auto before = test::content(b.db());

        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        QCOMPARE(importer.signer().status, SignerStatus::Unknown);
        QCOMPARE(importer.signer().fingerprint, s.fingerprint);
        auto refused = importer.preview(b.db());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(s.fingerprint), qPrintable(refused.error()));
        QVERIFY(!importer.apply(b.db(), Resolutions()));
        QCOMPARE(test::content(b.db()), before);
        QVERIFY(OfficeDirectory(b.db()).all().isEmpty());

        // A dry run with trust shows the changes but stores nothing, not even the trust.
        QVERIFY(importer.preview(b.db(), true));
        QVERIFY(OfficeDirectory(b.db()).all().isEmpty());

        QVERIFY(importer.apply(b.db(), Resolutions(), true));
        const QList<KnownOffice> offices = OfficeDirectory(b.db()).all();
        QCOMPARE(offices.size(), 1);
        QVERIFY(offices.first().trusted);
        QCOMPARE(offices.first().name, QStringLiteral("BKD Provinsi Jambi"));
        QCOMPARE(offices.first().fingerprint(), s.fingerprint);
    }

    void newKeyOfAKnownOfficeNeedsTrustAgain() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        test::importPackage(b.db(), [&] {
            const QString p = a.file(QStringLiteral("1.imbang"));
            test::exportPackage(a.db(), p);
            return p;
        }());
        QSqlQuery q(a.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM exchange_key"))); // a new key is made on the next export
        const QString path = a.file(QStringLiteral("2.imbang"));
        test::exportPackage(a.db(), path);
        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        QCOMPARE(importer.signer().status, SignerStatus::KeyChanged);
        auto refused = importer.preview(b.db());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(importer.signer().fingerprint));
    }

    void ownPackageIsAccepted() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("own.imbang"));
        test::exportPackage(a.db(), path);
        PackageImporter importer;
        QVERIFY(importer.open(path, a.db()));
        QCOMPARE(importer.signer().status, SignerStatus::Own);
        auto preview = importer.preview(a.db());
        QVERIFY(preview);
        QCOMPARE(preview->changes(), 0);
    }

    void addressedPackageIsEncryptedForItsOffice() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        rename(a.db(), QStringLiteral("199001012015031001"), QStringLiteral("Andi Wijaya, S.Kep."));
        ExportOptions toB;
        toB.targetOffice = QStringLiteral("BKD Kota Jambi");
        const QString path = a.file(QStringLiteral("encrypted.imbang"));
        const ExportSummary summary = test::exportPackage(a.db(), path, toB);
        QVERIFY(summary.encrypted);
        // The readable header says for whom; the personal data is not in the file in any readable form.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        auto header = PackageHeader::decode(bytes, bytes.size());
        QVERIFY(header && header->encrypted());
        QCOMPARE(header->recipientName, QStringLiteral("BKD Kota Jambi"));
        QCOMPARE(header->recipientOffice, OfficeInfo::load(b.db()).id);

        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        auto preview = importer.preview(b.db());
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error()));
        QVERIFY(preview->encrypted);
        for (const QString &w : std::as_const(preview->warnings))
            QVERIFY2(!w.contains(QStringLiteral("tidak dienkripsi")), qPrintable(w));
        auto result = importer.apply(b.db(), Resolutions());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(nameOf(b.db(), QStringLiteral("199001012015031001")), QStringLiteral("Andi Wijaya, S.Kep."));
        // Importing it again changes nothing.
        QCOMPARE(test::importPackage(b.db(), path).changes, 0);
    }

    void addressedPackageIsRefusedByAnotherOffice() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::Office c(QStringLiteral("BKD Kabupaten Tebo"));
        test::fillSample(a.db());
        pair(a, b);
        // c knows and trusts a as well: trust in the sender does not open a package meant for b.
        const QString fromA = a.file(QStringLiteral("hello-a.imbang"));
        test::exportPackage(a.db(), fromA);
        test::importPackage(c.db(), fromA);
        const auto before = test::content(c.db());
        const int auditBefore = count(c.db(), QStringLiteral("SELECT count(*) FROM audit_entry"));

        const QString path = sendToB(a, b, QStringLiteral("for-b.imbang"));
        PackageImporter importer;
        const Status opened = importer.open(path, c.db());
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("dienkripsi untuk kantor BKD Kota Jambi, bukan untuk kantor ini "
                                                        "(BKD Kabupaten Tebo)")),
                 qPrintable(opened.error()));
        QVERIFY(!importer.preview(c.db(), true));
        QVERIFY(!importer.apply(c.db(), Resolutions(), true));
        QCOMPARE(test::content(c.db()), before);
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_entry")), auditBefore);
    }

    void tamperedEncryptedPackageLeavesDatabaseUntouched() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        pair(a, b);
        rename(a.db(), QStringLiteral("199001012015031001"), QStringLiteral("Andi Wijaya, S.Kep."));
        const QString path = sendToB(a, b, QStringLiteral("tampered.imbang"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 20] ^= 0x04;
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const auto before = test::content(b.db());
        PackageImporter importer;
        const Status opened = importer.open(path, b.db());
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("tidak dapat didekripsi")), qPrintable(opened.error()));
        QCOMPARE(test::content(b.db()), before);
    }

    void unaddressedPackageNeedsAnExplicitChoice() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString path = a.file(QStringLiteral("anyone.imbang"));
        PackageExporter exporter(a.db());
        auto refused = exporter.exportTo(path, ExportOptions());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("tidak dapat dienkripsi")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(path));

        ExportOptions anyone;
        anyone.unencrypted = true;
        auto written = exporter.exportTo(path, anyone);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QVERIFY(!written->encrypted);
        // The receiver is told that it was not encrypted.
        PackageImporter importer;
        QVERIFY(importer.open(path, b.db()));
        auto preview = importer.preview(b.db(), true);
        QVERIFY(preview);
        QVERIFY(!preview->encrypted);
        QVERIFY(std::any_of(preview->warnings.cbegin(), preview->warnings.cend(), [](const QString &w) {
            return w.contains(QStringLiteral("Paket ini tidak dienkripsi"));
        }));
    }

    void untrustedOfficeGetsNoEncryptedPackage() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::Office b(QStringLiteral("BKD Kota Jambi"));
        test::fillSample(a.db());
        const QString hello = b.file(QStringLiteral("hello.imbang"));
        test::exportPackage(b.db(), hello);
        test::importPackage(a.db(), hello);
        OfficeDirectory directory(a.db());
        const auto office = directory.find(QStringLiteral("BKD Kota Jambi"));
        QVERIFY(office);
        QVERIFY(directory.setTrusted(office->id, false));
        ExportOptions toB;
        toB.targetOffice = QStringLiteral("BKD Kota Jambi");
        const QString path = a.file(QStringLiteral("to-b.imbang"));
        auto refused = PackageExporter(a.db()).exportTo(path, toB);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("belum dipercaya")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(path));
    }

    void exportCanBeCancelled() {
        test::Office a(QStringLiteral("BKD Provinsi Jambi"));
        test::fillSample(a.db());
        std::atomic_bool cancel{false};
        PackageExporter exporter(a.db());
        QList<int> percents;
        exporter.setProgress([&](int percent, const QString &) {
            percents << percent;
            if (percent >= 20)
                cancel = true;
        });
        exporter.setCancelFlag(&cancel);
        const QString path = a.file(QStringLiteral("cancel.imbang"));
        ExportOptions anyone;
        anyone.unencrypted = true;
        auto result = exporter.exportTo(path, anyone);
        QVERIFY(!result);
        QCOMPARE(result.error(), PackageExporter::cancelledMessage());
        QVERIFY(!QFile::exists(path));
        QVERIFY(percents.size() >= 2);

        cancel = false;
        percents.clear();
        exporter.setProgress([&](int percent, const QString &) { percents << percent; });
        QVERIFY(exporter.exportTo(path, anyone));
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.last(), 100);
    }
};

QTEST_GUILESS_MAIN(TestPackageExchange)
#include "tst_packageexchange.moc"
