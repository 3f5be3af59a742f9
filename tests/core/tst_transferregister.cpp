#include "output/spreadsheetexport.h"
#include "transferhelpers.h"
#include "transfers/transferregister.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace imbang;

Q_DECLARE_METATYPE(imbang::TransferFilter)

// The register with its filters, the in/out flows per unit, the employee timeline and the xlsx export.
class TestTransferRegister : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TransferScenario> s;
    qint64 completed = 0, proposed = 0, draft = 0, cancelled = 0;

    QStringList numbers(const TransferFilter &filter) const {
        QStringList n;
        for (const TransferRow &r : TransferRegister(s->db).rows(filter))
            n << r.transfer.number;
        return n;
    }

    static QByteArray unzip(const QString &archive, const QString &member) {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
        p.waitForFinished();
        return p.readAllStandardOutput();
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        s = std::make_unique<test::TransferScenario>();
        s->need(s->sd2, s->admin, 1);
        completed = test::propose(s->db, s->sd1Teachers.at(0), s->sd2, s->guruKelas); // MUT-2026-0001
        QVERIFY(test::reach(s->db, completed, TransferStatus::Completed));
        proposed = test::propose(s->db, s->sd1Teachers.at(1), s->sd3, s->guruKelas); // MUT-2026-0002
        QVERIFY(test::reach(s->db, proposed, TransferStatus::Proposed));
        auto later = TransferProposal::create(
            s->db, test::request({s->bkdClerk}, s->sd2, s->admin, QDate(2026, 4, 1)));
        QVERIFY(later); // MUT-2026-0003
        draft = later->transferIds.first();
        cancelled = test::propose(s->db, s->sd2Teachers.at(0), s->sd3, s->guruKelas); // MUT-2026-0004
        QVERIFY(test::reach(s->db, cancelled, TransferStatus::Cancelled));
    }

    void filters_data() {
        QTest::addColumn<TransferFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        TransferFilter f;
        QTest::newRow("everything, newest first")
            << f
            << QStringList{QStringLiteral("MUT-2026-0004"), QStringLiteral("MUT-2026-0003"),
                           QStringLiteral("MUT-2026-0002"), QStringLiteral("MUT-2026-0001")};
        f = {};
        f.statuses = {TransferStatus::Completed};
        QTest::newRow("completed") << f << QStringList{QStringLiteral("MUT-2026-0001")};
        f.statuses = {TransferStatus::Draft, TransferStatus::Proposed};
        QTest::newRow("draft or proposed")
            << f << QStringList{QStringLiteral("MUT-2026-0003"), QStringLiteral("MUT-2026-0002")};
        f = {};
        f.kind = TransferKind::BetweenRegencies;
        QTest::newRow("between kabupaten")
            << f << QStringList{QStringLiteral("MUT-2026-0004"), QStringLiteral("MUT-2026-0002")};
        f = {};
        f.from = QDate(2026, 3, 1);
        QTest::newRow("TMT from March") << f << QStringList{QStringLiteral("MUT-2026-0003")};
        f = {};
        f.to = QDate(2026, 2, 28);
        f.statuses = {TransferStatus::Completed, TransferStatus::Proposed};
        QTest::newRow("TMT until February")
            << f << QStringList{QStringLiteral("MUT-2026-0002"), QStringLiteral("MUT-2026-0001")};
        f = {};
        f.search = QStringLiteral("lina marlina");
        QTest::newRow("by name") << f << QStringList{QStringLiteral("MUT-2026-0003")};
        f.search = QStringLiteral("198503122010012002");
        QTest::newRow("by NIP") << f << QStringList{QStringLiteral("MUT-2026-0002")};
        f.search = QStringLiteral("mut-2026-0004");
        QTest::newRow("by number") << f << QStringList{QStringLiteral("MUT-2026-0004")};
        f = {};
        f.transferId = proposed;
        QTest::newRow("one transfer") << f << QStringList{QStringLiteral("MUT-2026-0002")};
    }

    void filters() {
        QFETCH(TransferFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(numbers(filter), expected);
    }

    void unitFilter() {
        TransferFilter f;
        f.unitId = s->sd3;
        QCOMPARE(numbers(f), (QStringList{QStringLiteral("MUT-2026-0004"), QStringLiteral("MUT-2026-0002")}));
        // The dinas with its schools: every move from or to them (the BKD clerk goes to SD 2).
        f.unitId = s->disdikBungo;
        QCOMPARE(numbers(f).size(), 4);
        f.includeSubunits = false;
        QCOMPARE(numbers(f).size(), 0);
        f = {};
        f.unitId = s->bkdBungo;
        QCOMPARE(numbers(f), QStringList{QStringLiteral("MUT-2026-0003")});
    }

    void rowsCarryNames() {
        TransferFilter f;
        f.statuses = {TransferStatus::Completed};
        const QList<TransferRow> rows = TransferRegister(s->db).rows(f);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().employeeName, QStringLiteral("Siti Aminah"));
        QCOMPARE(rows.first().fromUnit, QStringLiteral("SD Negeri 1 Bungo"));
        QCOMPARE(rows.first().toUnit, QStringLiteral("SD Negeri 2 Bungo"));
        QCOMPARE(rows.first().toPosition, QStringLiteral("Guru Ahli Pertama Kelas"));
        QCOMPARE(rows.first().transfer.decreeNumber, QStringLiteral("800/12/BKD/2026"));
        const TextTable table = TransferRegister::table(rows);
        QCOMPARE(table.keys.size(), table.headers.size());
        QCOMPARE(table.rows.first().at(0), QStringLiteral("MUT-2026-0001"));
        QCOMPARE(table.rows.first().at(1), QStringLiteral("Selesai"));
        QCOMPARE(table.rows.first().at(9), QStringLiteral("01-02-2026"));
    }

    void flows() {
        const QList<UnitFlow> flows = TransferRegister(s->db).flows(QDate(2026, 1, 1), QDate(2026, 12, 31));
        QHash<qint64, UnitFlow> byUnit;
        for (const UnitFlow &f : flows)
            byUnit.insert(f.unitId, f);
        QCOMPARE(byUnit.value(s->sd1).out, 1);
        QCOMPARE(byUnit.value(s->sd1).pendingOut, 1);
        QCOMPARE(byUnit.value(s->sd1).net(), -1);
        QCOMPARE(byUnit.value(s->sd2).in, 1);
        QCOMPARE(byUnit.value(s->sd3).pendingIn, 1);
        QCOMPARE(byUnit.value(s->sd3).in, 0);
        QVERIFY(!byUnit.contains(s->bkdBungo)); // a draft is not a flow yet
        // A period before any TMT has no flows; a unit limits to its subtree.
        QVERIFY(TransferRegister(s->db).flows(QDate(2025, 1, 1), QDate(2025, 12, 31)).isEmpty());
        const QList<UnitFlow> tebo = TransferRegister(s->db).flows({}, {}, s->disdikTebo);
        QCOMPARE(tebo.size(), 1);
        QCOMPARE(tebo.first().unitId, s->sd3);
        const TextTable table = TransferRegister::flowTable(flows);
        QCOMPARE(table.rows.size(), flows.size());
    }

    void timeline() {
        const QList<TimelineEvent> events = TransferRegister(s->db).timeline(s->sd1Teachers.at(0));
        // The post held since 2021, six steps of the transfer, the new post.
        QCOMPARE(events.size(), 8);
        QVERIFY2(events.first().text.contains(QStringLiteral("SD Negeri 1 Bungo")),
                 qPrintable(events.first().text));
        QCOMPARE(events.first().at.date(), QDate(2021, 7, 1));
        QVERIFY(events.at(1).text.contains(QStringLiteral("MUT-2026-0001")));
        QVERIFY2(events.last().text.contains(QStringLiteral("SD Negeri 2 Bungo")),
                 qPrintable(events.last().text));
        QCOMPARE(events.last().transferId, completed);
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).at <= events.at(i).at);
    }

    void exportsXlsx() {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QFAIL("unzip is needed to look inside the xlsx (packaging/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.xlsx"));
        const TextTable table = TransferRegister::table(TransferRegister(s->db).rows({}));
        const Status r = spreadsheetexport::writeXlsx(table, path, QStringLiteral("Register mutasi: 2026/01"));
        QVERIFY2(r, qPrintable(r.error()));
        const QByteArray strings = unzip(path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains("MUT-2026-0004"));
        QVERIFY(strings.contains("198503122010012001")); // all 18 digits, as text
        QVERIFY(strings.contains("Nomor"));
        QVERIFY(strings.contains("Antar kabupaten/kota"));
        const QByteArray sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("autoFilter"));
        QVERIFY(sheet.contains("<pane"));
        const QByteArray workbook = unzip(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains("Register mutasi- 2026-01"),
                 workbook.constData()); // sheet names cannot hold : or /

        const Status bad =
            spreadsheetexport::writeXlsx(table, dir.filePath(QStringLiteral("no/such/folder/x.xlsx")), {});
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QStringLiteral("x.xlsx")), qPrintable(bad.error()));
    }
};

QTEST_GUILESS_MAIN(TestTransferRegister)
#include "tst_transferregister.moc"
