#include "audit/actor.h"
#include "decree/decreebuilder.h"
#include "decree/decreecomposition.h"
#include "decree/decreeissuer.h"
#include "decree/decreenumbering.h"
#include "decree/decreetemplaterepository.h"
#include "decreehelpers.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;
using S = TransferStatus;

// Finalising decrees: numbers from the pattern, a sequence per year that never repeats, the transfers
// moved to "SK terbit", an immutable snapshot that reprints the same after the template changes, and
// nothing changed when finalising fails. The office template in the database.
class TestDecreeIssuer : public QObject {
    Q_OBJECT

    static DecreeData draftFor(const QSqlDatabase &db, qint64 transferId) {
        Expected<DecreeData> data = DecreeBuilder(db).forTransfer(transferId);
        if (!data)
            qFatal("draft: %s", qPrintable(data.error()));
        return *data;
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        actor::setCurrent(QStringLiteral("Petugas Mutasi"));
    }

    void numbersFollowTheSequence() {
        test::TransferScenario s;
        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            ids << test::propose(s.db, s.sd1Teachers.at(i), s.sd2, s.guruKelas);
            QVERIFY(test::reach(s.db, ids.last(), S::Approved));
        }
        // Two drafts made before either is finalised, then finalised in a row: two numbers, no duplicate.
        const DecreeData first = draftFor(s.db, ids.at(0));
        const DecreeData second = draftFor(s.db, ids.at(1));
        const Expected<StoredDecree> a = DecreeIssuer::finalise(s.db, first, DecreeLayout());
        QVERIFY2(a, qPrintable(a.error()));
        const Expected<StoredDecree> b = DecreeIssuer::finalise(s.db, second, DecreeLayout());
        QVERIFY2(b, qPrintable(b.error()));
        QCOMPARE(a->number, QStringLiteral("800/1/BKD/2026"));
        QCOMPARE(b->number, QStringLiteral("800/2/BKD/2026"));
        QCOMPARE(DecreeNumbering::lastSequence(s.db, 2026), 2);

        const Transfer t = *TransferRepository(s.db).byId(ids.at(0));
        QCOMPARE(t.status, S::DecreeIssued);
        QCOMPARE(t.decreeNumber, QStringLiteral("800/1/BKD/2026"));
        QCOMPARE(t.decreeDate, test::TransferScenario::today());
        QCOMPARE(DecreeRepository(s.db).forTransfer(ids.at(1))->number, b->number);
        QVERIFY(DecreeRepository(s.db).byNumber(QStringLiteral("800/2/bkd/2026")));
        QCOMPARE(DecreeRepository(s.db).all().size(), 2);
        QVERIFY(b->data.final);
        QCOMPARE(DecreeComposer::compose(b->data).number, QStringLiteral("NOMOR 800/2/BKD/2026"));
        QVERIFY(DecreeComposer::compose(b->data).watermark.isEmpty());

        // The same draft cannot be finalised twice.
        const Expected<StoredDecree> again = DecreeIssuer::finalise(s.db, second, DecreeLayout());
        QVERIFY(!again);
        QCOMPARE(DecreeNumbering::lastSequence(s.db, 2026), 2);
    }

    void numbersAreNeverReused() {
        test::TransferScenario s;
        // A number typed on a transfer by hand (through the workflow) is skipped.
        const qint64 manual = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, manual, S::Approved));
        StepInput input;
        input.decreeNumber = QStringLiteral("800/1/BKD/2026");
        input.decreeDate = QDate(2026, 1, 10);
        QVERIFY(TransferWorkflow::advance(s.db, manual, S::DecreeIssued, input));

        const qint64 id = test::propose(s.db, s.sd1Teachers.at(1), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Approved));
        const Expected<StoredDecree> d = DecreeIssuer::finalise(s.db, draftFor(s.db, id), DecreeLayout());
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->number, QStringLiteral("800/2/BKD/2026"));
        QCOMPARE(d->sequence, 2);

        // A final decree cannot be changed or deleted behind the program's back.
        QSqlQuery q(s.db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE decree SET number = 'X'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM decree")));
    }

    void failureChangesNothing() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, S::Approved));
        DecreeData draft = draftFor(s.db, id);
        const int audit = test::count(s.db, QStringLiteral("audit_entry"));

        DecreeData badPattern = draft;
        badPattern.numberPattern = QStringLiteral("800/BKD/{tahun}");
        const Expected<StoredDecree> r1 = DecreeIssuer::finalise(s.db, badPattern, DecreeLayout());
        QVERIFY(!r1);
        QVERIFY2(r1.error().contains(QStringLiteral("{nomor}")), qPrintable(r1.error()));

        // A decree dated in the future is refused by the workflow after the number was taken: the whole
        // transaction, sequence included, rolls back.
        DecreeData future = draft;
        future.date = QDate(2026, 3, 1);
        QVERIFY(!DecreeIssuer::finalise(s.db, future, DecreeLayout()));

        QCOMPARE(DecreeNumbering::lastSequence(s.db, 2026), 0);
        QCOMPARE(test::count(s.db, QStringLiteral("decree")), 0);
        QCOMPARE(test::count(s.db, QStringLiteral("decree_transfer")), 0);
        QCOMPARE(test::count(s.db, QStringLiteral("audit_entry")), audit);
        QCOMPARE(TransferRepository(s.db).byId(id)->status, S::Approved);

        const Expected<StoredDecree> ok = DecreeIssuer::finalise(s.db, draft, DecreeLayout());
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok->number, QStringLiteral("800/1/BKD/2026"));
        // A transfer with a decree gets no new draft.
        QVERIFY(!DecreeBuilder(s.db).forTransfer(id));
    }

    void reprintIsIdenticalAfterChanges() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 batch = test::approvedBatch(s);
        const Expected<DecreeData> draft = DecreeBuilder(s.db).forBatch(batch);
        QVERIFY2(draft, qPrintable(draft.error()));
        DecreeLayout layout;
        layout.paper = QStringLiteral("A4");
        const Expected<StoredDecree> issued = DecreeIssuer::finalise(s.db, *draft, layout);
        QVERIFY2(issued, qPrintable(issued.error()));
        const QString printed = DecreeComposer::compose(issued->data).plainText();
        QVERIFY(printed.contains(QStringLiteral("Dra. Siti Aminah, S.Pd.")));
        QVERIFY(!issued->data.tmpl.emblem.isEmpty());

        // The office changes its template and the employee's name; the reprint stays as it was.
        DecreeTemplate changed = DecreeTemplateRepository(s.db).load();
        changed.signer.name = QStringLiteral("Pejabat Baru, S.E.");
        changed.clauses.removeLast();
        QVERIFY(DecreeTemplateRepository(s.db).save(changed));
        Employee e = s.get(s.sd1Teachers.at(0));
        e.name = QStringLiteral("Siti Aminah Baru");
        QVERIFY(EmployeeRepository(s.db).update(e));

        const std::optional<StoredDecree> reprint = DecreeRepository(s.db).byId(issued->id);
        QVERIFY(reprint);
        QCOMPARE(reprint->data, issued->data);
        QCOMPARE(reprint->layout, layout);
        QCOMPARE(DecreeComposer::compose(reprint->data).plainText(), printed);
        QCOMPARE(DecreeRepository(s.db).byId(issued->id)->batchId, batch);
        for (const Transfer &t : TransferRepository(s.db).inBatch(batch))
            QCOMPARE(t.status, S::DecreeIssued);
    }

    void templateStorage() {
        test::TransferScenario s;
        DecreeTemplateRepository repo(s.db);
        QVERIFY(!repo.isCustomised());
        QCOMPARE(repo.load(), DecreeTemplate::defaultTemplate());

        DecreeTemplate t = repo.load();
        t.issuer = QStringLiteral("BUPATI BUNGO");
        t.signer.delegation = QStringLiteral("a.n. BUPATI BUNGO");
        t.emblem = QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        t.emblemFormat = QStringLiteral("svg");
        QVERIFY(repo.save(t));
        QVERIFY(repo.isCustomised());
        QCOMPARE(repo.load(), t);

        // A template with errors is refused and the stored one stays.
        DecreeTemplate bad = t;
        bad.considerations.clear();
        bad.clauses << QStringLiteral("{tidak_ada}");
        const Status refused = repo.save(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("{tidak_ada}")), qPrintable(refused.error()));
        QCOMPARE(repo.load(), t);

        QVERIFY(repo.reset());
        QVERIFY(!repo.isCustomised());
        QCOMPARE(repo.load(), DecreeTemplate::defaultTemplate());
    }

    void layoutFromSettings() {
        test::TransferScenario s;
        QCOMPARE(DecreeBuilder::layoutFromSettings(s.db), DecreeLayout());
        Settings settings(s.db);
        QVERIFY(settings.set(settingkeys::decreePaper, QStringLiteral("a4")));
        QVERIFY(settings.set(settingkeys::decreeFontSizePt, 12.0));
        const DecreeLayout layout = DecreeBuilder::layoutFromSettings(s.db);
        QCOMPARE(layout.paper, QStringLiteral("A4"));
        QCOMPARE(layout.fontSizePt, 12.0);
        QVERIFY(settings.set(settingkeys::decreePaper, QStringLiteral("Letter")));
        QCOMPARE(DecreeBuilder::layoutFromSettings(s.db).paper, QStringLiteral("F4"));
    }
};

QTEST_GUILESS_MAIN(TestDecreeIssuer)
#include "tst_decreeissuer.moc"
