#include "competence/competencerepository.h"
#include "exchange/packageexporter.h"
#include "exchange/packageimporter.h"
#include "exchangetestdata.h"
#include "records/rankhistoryrepository.h"
#include "testsupport.h"
#include "transfers/documentchecklist.h"
#include "transfers/transferproposal.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "transferscenario.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;
using namespace imbang::exchange;
using test::count;
using test::countsOf;

// Packages carry what belongs to an employee besides the employee record (format 2): rank history,
// performance ratings, certifications and trainings, and transfers with their workflow steps and decree
// metadata; with the same identity, merge and deletion rules as the other records.
class TestPackageRecords : public QObject {
    Q_OBJECT

    // Office A is the transfer scenario (Provinsi Jambi, 2026-01-15); office B starts empty.
    struct Offices {
        test::TransferScenario a;
        test::Office b{QStringLiteral("BKD Kota Jambi")};
        qint64 transfer = 0;
        QString file(const QString &name) const { return b.file(name); }
    };

    // The real proposal and workflow, as in the transfer tests.
    static qint64 propose(const QSqlDatabase &db, qint64 employee, qint64 toUnit, qint64 toPosition) {
        ProposalRequest r;
        r.employeeIds = {employee};
        r.toUnitId = toUnit;
        r.toPositionId = toPosition;
        r.tmt = QDate(2026, 2, 1);
        r.notes = QStringLiteral("Pemerataan guru kelas");
        auto outcome = TransferProposal::create(db, r);
        if (!outcome)
            qFatal("propose: %s", qPrintable(outcome.error()));
        return outcome->transferIds.first();
    }

    static Status issueDecree(const QSqlDatabase &db, qint64 id) {
        const Transfer t = *TransferRepository(db).byId(id);
        for (const DocumentRequirement &r : DocumentChecklist::required(t))
            if (Status s = DocumentChecklist::tick(db, id, {r.code, {}, QStringLiteral("ARSIP/2026/%1").arg(r.code), {}, {}});
                !s)
                return s;
        if (Status s = TransferWorkflow::advance(db, id, TransferStatus::Verified); !s)
            return s;
        if (Status s = TransferWorkflow::advance(db, id, TransferStatus::Approved); !s)
            return s;
        StepInput decree;
        decree.comment = QStringLiteral("SK ditandatangani");
        decree.decreeNumber = QStringLiteral("800/12/BKD/2026");
        decree.decreeDate = QDate(2026, 1, 10);
        return TransferWorkflow::advance(db, id, TransferStatus::DecreeIssued, decree);
    }

    static void fill(Offices &o) {
        const qint64 siti = o.a.sd1Teachers.at(0);
        RankHistoryEntry first;
        first.employeeId = siti;
        first.rank = *Rank::fromCode(31);
        first.tmt = QDate(2010, 1, 1);
        first.source = RankHistoryRepository::sourceInitial();
        QVERIFY(RankHistoryRepository(o.a.db).append(first));
        RankHistoryEntry promotion = first;
        promotion.rank = *Rank::fromCode(32);
        promotion.tmt = QDate(2014, 4, 1);
        promotion.source = RankHistoryRepository::sourcePromotion();
        promotion.note = QStringLiteral("SK 823/45/BKD/2014");
        QVERIFY(RankHistoryRepository(o.a.db).append(promotion));
        Competence certificate;
        certificate.kind = Competence::Kind::Certification;
        certificate.name = QStringLiteral("Sertifikat Pendidik");
        certificate.subject = QStringLiteral("Guru Kelas SD");
        certificate.year = 2015;
        certificate.reference = QStringLiteral("15120301234");
        Competence training;
        training.kind = Competence::Kind::Training;
        training.name = QStringLiteral("Diklat Kurikulum Merdeka");
        training.year = 2023;
        QVERIFY(CompetenceRepository(o.a.db).replaceCompetences(siti, {certificate, training}));
        o.transfer = propose(o.a.db, siti, o.a.sd2, o.a.guruKelas);
        const Status proposed = TransferWorkflow::advance(o.a.db, o.transfer, TransferStatus::Proposed);
        QVERIFY2(proposed, qPrintable(proposed ? QString() : proposed.error()));
    }

    // B introduces itself to A; A trusts it and sends everything to B, encrypted.
    static QString sendAll(Offices &o, const QString &name) {
        const QString hello = o.file(QStringLiteral("hello-b.imbang"));
        if (!QFile::exists(hello)) {
            test::exportPackage(o.b.db(), hello);
            test::importPackage(o.a.db, hello);
        }
        ExportOptions toB;
        toB.targetOffice = QStringLiteral("BKD Kota Jambi");
        const QString path = o.file(name);
        test::exportPackage(o.a.db, path, toB);
        return path;
    }

    static QString statusOf(const QSqlDatabase &db, qint64 id) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT status FROM transfer WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static qint64 idByUuid(const QSqlDatabase &db, const QString &table, const QString &uuid) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
        q.addBindValue(uuid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static QString uuidOf(const QSqlDatabase &db, const QString &table, qint64 id) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void roundTripCarriesEveryRecordOfAnEmployee() {
        Offices o;
        fill(o);
        const QString path = sendAll(o, QStringLiteral("all.imbang"));
        const ImportResult result = test::importPackage(o.b.db(), path);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(test::content(o.b.db()), test::content(o.a.db));
        QCOMPARE(countsOf(result.entities, QStringLiteral("rank_history")).inserted, 2);
        QCOMPARE(countsOf(result.entities, QStringLiteral("competence")).inserted, 2);
        QCOMPARE(countsOf(result.entities, QStringLiteral("transfer")).inserted, 1);
        QVERIFY(countsOf(result.entities, QStringLiteral("transfer_step")).inserted >= 1);
        QCOMPARE(countsOf(result.entities, QStringLiteral("performance_rating")).inserted,
                 count(o.a.db, QStringLiteral("SELECT count(*) FROM performance_rating")));
        QCOMPARE(count(o.b.db(), QStringLiteral("SELECT count(*) FROM transfer WHERE status = 'DIUSULKAN'")), 1);

        // Importing it again changes nothing.
        const ImportResult again = test::importPackage(o.b.db(), path);
        QCOMPARE(again.changes, 0);
        QCOMPARE(test::content(o.b.db()), test::content(o.a.db));
    }

    void laterStepsAndDecreeMetadataTravel() {
        Offices o;
        fill(o);
        test::importPackage(o.b.db(), sendAll(o, QStringLiteral("1.imbang")));
        test::ageRecords(o.a.db);
        test::ageRecords(o.b.db());
        // A verifies, approves and issues the decree: B sees the new status, the steps and the decree.
        const Status issued = issueDecree(o.a.db, o.transfer);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error()));
        const ImportResult r = test::importPackage(o.b.db(), sendAll(o, QStringLiteral("2.imbang")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("transfer")).updated, 1);
        QVERIFY(countsOf(r.entities, QStringLiteral("transfer_step")).inserted >= 3);
        QVERIFY(r.comparison.conflicts.isEmpty());
        const qint64 there = idByUuid(o.b.db(), QStringLiteral("transfer"), uuidOf(o.a.db, QStringLiteral("transfer"), o.transfer));
        QCOMPARE(statusOf(o.b.db(), there), QStringLiteral("SK_TERBIT"));
        QCOMPARE(count(o.b.db(), QStringLiteral("SELECT count(*) FROM transfer WHERE decree_number = "
                                                "'800/12/BKD/2026' AND decree_date = '2026-01-10'")),
                 1);
        QCOMPARE(test::content(o.b.db()), test::content(o.a.db));
    }

    void transferChangedInBothOfficesIsAConflict_data() {
        QTest::addColumn<bool>("takeTheirs");
        QTest::newRow("keep mine") << false;
        QTest::newRow("take theirs") << true;
    }

    void transferChangedInBothOfficesIsAConflict() {
        QFETCH(bool, takeTheirs);
        Offices o;
        fill(o);
        test::importPackage(o.b.db(), sendAll(o, QStringLiteral("1.imbang")));
        const QString uuid = uuidOf(o.a.db, QStringLiteral("transfer"), o.transfer);
        const qint64 there = idByUuid(o.b.db(), QStringLiteral("transfer"), uuid);
        QVERIFY(there);
        // A rejects the proposal; B meanwhile corrects its notes.
        StepInput why;
        why.comment = QStringLiteral("formasi penuh");
        QVERIFY(TransferWorkflow::advance(o.a.db, o.transfer, TransferStatus::Rejected, why));
        QCOMPARE(statusOf(o.a.db, o.transfer), QStringLiteral("DITOLAK"));
        QSqlQuery q(o.b.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE transfer SET notes = 'Dikoreksi di kota', "
                                      "modified_at = '2026-01-15T09:00:00.000Z' WHERE id = %1")
                           .arg(there)));
        const QString path = sendAll(o, QStringLiteral("2.imbang"));

        PackageImporter importer;
        QVERIFY(importer.open(path, o.b.db()));
        auto preview = importer.preview(o.b.db());
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error()));
        QCOMPARE(preview->conflicts.size(), 1);
        const MergeConflict &c = preview->conflicts.first();
        QCOMPARE(c.entity, QStringLiteral("transfer"));
        QCOMPARE(c.kind, ConflictKind::BothChanged);
        QStringList fields;
        for (const FieldDifference &d : c.differences)
            fields << d.field + QLatin1Char('=') + d.mine + QLatin1Char('/') + d.theirs;
        QVERIFY2(fields.join(QLatin1Char(';')).contains(QStringLiteral("Ditolak")), qPrintable(fields.join(QLatin1Char(';'))));
        Resolutions resolutions;
        resolutions.insert(c.key(), takeTheirs ? Resolution::TakeTheirs : Resolution::KeepMine);
        auto result = importer.apply(o.b.db(), resolutions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(statusOf(o.b.db(), there), takeTheirs ? QStringLiteral("DITOLAK") : QStringLiteral("DIUSULKAN"));
        QCOMPARE(count(o.b.db(), QStringLiteral("SELECT count(*) FROM transfer WHERE notes = 'Dikoreksi di kota'")),
                 takeTheirs ? 0 : 1);
    }

    void transferWithANumberUsedHereIsKeptOut() {
        Offices o;
        fill(o);
        test::importPackage(o.b.db(), sendAll(o, QStringLiteral("1.imbang")));
        // B's copy becomes a transfer of its own that happens to carry the same register number.
        QSqlQuery q(o.b.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE transfer SET uuid = '%1'").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        test::ageRecords(o.a.db);
        StepInput why;
        why.comment = QStringLiteral("dibatalkan pengusul");
        QVERIFY(TransferWorkflow::advance(o.a.db, o.transfer, TransferStatus::Cancelled, why));
        const QString number = TransferRepository(o.a.db).byId(o.transfer)->number;
        const ImportResult r = test::importPackage(o.b.db(), sendAll(o, QStringLiteral("2.imbang")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("transfer")).skipped, 1);
        QCOMPARE(countsOf(r.entities, QStringLiteral("transfer")).inserted, 0);
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("sudah memiliki mutasi lain dengan nomor %1").arg(number)),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
        // B's own transfer is untouched.
        QCOMPARE(count(o.b.db(), QStringLiteral("SELECT count(*) FROM transfer WHERE status = 'DIUSULKAN'")), 1);
    }

    void deletedCompetenceTravels() {
        Offices o;
        fill(o);
        test::importPackage(o.b.db(), sendAll(o, QStringLiteral("1.imbang")));
        test::ageRecords(o.a.db);
        test::ageRecords(o.b.db());
        const qint64 siti = o.a.sd1Teachers.at(0);
        QList<Competence> kept = CompetenceRepository(o.a.db).competences(siti);
        QCOMPARE(kept.size(), 2);
        kept.removeIf([](const Competence &c) { return c.kind == Competence::Kind::Training; });
        // Saving the list deletes and re-inserts the kept one: only the removed one is a deletion.
        QVERIFY(CompetenceRepository(o.a.db).replaceCompetences(siti, kept));
        QCOMPARE(count(o.a.db, QStringLiteral("SELECT count(*) FROM exchange_tombstone WHERE entity = 'competence'")), 1);
        const ImportResult r = test::importPackage(o.b.db(), sendAll(o, QStringLiteral("2.imbang")));
        QCOMPARE(countsOf(r.entities, QStringLiteral("competence")).deleted, 1);
        QCOMPARE(count(o.b.db(), QStringLiteral("SELECT count(*) FROM competence")), 1);
        QCOMPARE(test::content(o.b.db()), test::content(o.a.db));
    }

    void ratingMadeInBothOfficesMatchesByYear() {
        Offices o;
        fill(o);
        test::importPackage(o.b.db(), sendAll(o, QStringLiteral("1.imbang")));
        // Both offices type in the 2028 rating of the same person separately: one record, not two.
        const QString nip = EmployeeRepository(o.a.db).byId(o.a.sd1Teachers.at(1))->nip;
        const qint64 hereB = EmployeeRepository(o.b.db()).byNip(nip)->id;
        for (const auto &[db, employee] : {std::pair{o.a.db, o.a.sd1Teachers.at(1)}, std::pair{o.b.db(), hereB}}) {
            PerformanceRating r;
            r.employeeId = employee;
            r.year = 2028;
            r.predicate = PerformancePredicate::VeryGood;
            r.document = QStringLiteral("SKP 2028");
            QVERIFY(CompetenceRepository(db).putRating(r));
        }
        const ImportResult r = test::importPackage(o.b.db(), sendAll(o, QStringLiteral("2.imbang")));
        QCOMPARE(count(o.b.db(), QStringLiteral("SELECT count(*) FROM performance_rating WHERE year = 2028")), 1);
        QCOMPARE(countsOf(r.entities, QStringLiteral("performance_rating")).inserted, 0);
    }

    // A package of format 1, written before these records travelled, still imports, and leaves them alone.
    void formatVersion1PackageStillImports() {
        test::TransferScenario office;
        const int ratings = count(office.db, QStringLiteral("SELECT count(*) FROM performance_rating"));
        PackageImporter importer;
        QVERIFY(importer.open(test::dataPath(QStringLiteral("exchange/format-v1.imbang")), office.db));
        QCOMPARE(importer.header().formatVersion, quint16(1));
        auto result = importer.apply(office.db, Resolutions(), true);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(countsOf(result->entities, QStringLiteral("employee")).inserted, 3);
        QCOMPARE(countsOf(result->entities, QStringLiteral("transfer")).changes(), 0);
        QCOMPARE(count(office.db, QStringLiteral("SELECT count(*) FROM performance_rating")), ratings);
        QVERIFY(std::any_of(result->comparison.warnings.cbegin(), result->comparison.warnings.cend(),
                            [](const QString &w) { return w.contains(QStringLiteral("tidak dienkripsi")); }));
    }
};

QTEST_GUILESS_MAIN(TestPackageRecords)
#include "tst_packagerecords.moc"
