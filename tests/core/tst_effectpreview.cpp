#include "transferhelpers.h"
#include "transfers/effectpreview.h"

#include <QTest>

using namespace imbang;

// Need, staff and grade of both units before and after, through the shared staffing base.
class TestEffectPreview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::installIndonesian(); }

    void oneTransfer() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        const TransferEffect e = EffectPreview::compute(s.db, {*TransferRepository(s.db).byId(id)});
        QCOMPARE(e.units.size(), 2);
        // SD 1: need 2, 5 in post (EJ 0.40, E); after 4 (0.50, D).
        const StaffingEffect &from = e.units.at(0);
        QCOMPARE(from.unitId, s.sd1);
        QCOMPARE(from.unitName, QStringLiteral("SD Negeri 1 Bungo"));
        QCOMPARE(from.need, 2.0);
        QCOMPARE(from.staffBefore, 5);
        QCOMPARE(from.staffAfter, 4);
        QCOMPARE(*from.efficiencyBefore, 0.4);
        QCOMPARE(from.gradeBefore, Grade::E);
        QCOMPARE(from.gradeAfter, Grade::D);
        QCOMPARE(from.gapAfter(), 2.0);
        // SD 2: need 4, 2 in post (2.00, A); after 3 (1.33, A).
        const StaffingEffect &to = e.units.at(1);
        QCOMPARE(to.unitId, s.sd2);
        QCOMPARE(to.staffBefore, 2);
        QCOMPARE(to.staffAfter, 3);
        QCOMPARE(to.gapBefore(), -2.0);
        QCOMPARE(to.gradeAfter, Grade::A);
        QCOMPARE(e.positions.size(), 2);
        QCOMPARE(e.positions.at(1).positionName, QStringLiteral("Guru Ahli Pertama Kelas"));
        QCOMPARE(e.positions.at(1).staffAfter, 3);
    }

    void batchAddsUp() {
        test::TransferScenario s;
        auto outcome =
            TransferProposal::create(s.db, test::request(s.sd1Teachers.mid(0, 3), s.sd2, s.guruKelas));
        QVERIFY2(outcome, qPrintable(outcome.error()));
        const TransferEffect e =
            EffectPreview::compute(s.db, TransferRepository(s.db).inBatch(outcome->batchId));
        QCOMPARE(e.units.size(), 2);
        QCOMPARE(e.units.at(0).staffAfter, 2);
        QCOMPARE(e.units.at(1).staffAfter, 5);
        QCOMPARE(e.units.at(0).gradeAfter, Grade::B); // EJ 2 / 2 = 1.00: B (A is above 1.00)
    }

    void unitTotalsCoverEveryPosition() {
        test::TransferScenario s;
        // A clerk moving into SD 2: the school's total need stays 4 (no clerk need), its staff grows.
        s.need(s.sd2, s.admin, 1);
        auto outcome = TransferProposal::create(s.db, test::request({s.bkdClerk}, s.sd2, s.admin));
        QVERIFY2(outcome, qPrintable(outcome.error()));
        const TransferEffect e =
            EffectPreview::compute(s.db, {*TransferRepository(s.db).byId(outcome->transferIds.first())});
        QCOMPARE(e.units.at(1).unitId, s.sd2);
        QCOMPARE(e.units.at(1).need, 5.0);
        QCOMPARE(e.units.at(1).staffBefore, 2);
        QCOMPARE(e.units.at(1).staffAfter, 3);
        QCOMPARE(e.units.at(0).unitId, s.bkdBungo);
        QCOMPARE(e.units.at(0).staffAfter, 0);
        QVERIFY(!e.units.at(0).efficiencyAfter); // nobody left: no EJ
    }

    void finishedTransfersAreLeftOut() {
        test::TransferScenario s;
        const qint64 id = test::propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
        QVERIFY(test::reach(s.db, id, TransferStatus::Completed));
        QVERIFY(EffectPreview::compute(s.db, {*TransferRepository(s.db).byId(id)}).units.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEffectPreview)
#include "tst_effectpreview.moc"
