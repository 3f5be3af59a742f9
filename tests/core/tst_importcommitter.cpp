// The whole import through core: samples read, checked, committed in one transaction, undone.
#include "importing/columnmapping.h"
#include "importing/importanalyzer.h"
#include "importing/importbatchrepository.h"
#include "importing/importcommitter.h"
#include "importing/unitlistimporter.h"
#include "importing/workbookloader.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace imbang;

class TestImportCommitter : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 29};

    static Sheet sheetOf(const QString &sample) {
        auto book = WorkbookLoader::load(test::samplePath(sample));
        if (!book)
            qFatal("%s", qPrintable(book.error()));
        return book->sheets.at(book->firstSheetWithData());
    }

    static void loadUnits(const QSqlDatabase &db) {
        auto result = UnitListImporter::import(db, sheetOf(QStringLiteral("units.csv")));
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->inserted, 816);
    }

    ImportPreview preview(const QSqlDatabase &db, const Sheet &sheet, AnalyzeOptions options = {}) {
        options.today = today;
        auto p = ImportAnalyzer::analyze(db, sheet, HeaderDetector::detect(sheet), options);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return *p;
    }

    static int count(const QSqlDatabase &db, const QString &table) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }

    static CommitResult commit(const QSqlDatabase &db, const ImportPreview &p, const QString &name) {
        CommitOptions o;
        o.fileName = name;
        o.fileSha256 = QStringLiteral("00");
        auto r = ImportCommitter::commit(db, p, o);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return *r;
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void unitList() {
        test::TempDatabase t;
        loadUnits(t.db->connection());
        UnitRepository units(t.db->connection());
        const auto school = units.byCode(QStringLiteral("01.08.SMA02"));
        QVERIFY(school);
        QVERIFY(school->parentId != 0);
        QCOMPARE(units.byId(school->parentId)->code, QStringLiteral("01.08"));
        QCOMPARE(int(school->kind), int(UnitKind::School));
        QVERIFY(school->latitude.has_value());
        // Again: nothing changes.
        auto again = UnitListImporter::import(t.db->connection(), sheetOf(QStringLiteral("units.csv")));
        QVERIFY(again);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 816);
    }

    // The numeric-NIP rows are rejected with the reason; every other row imports.
    void numericNipRowsRejectedOthersImport() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        const Sheet sheet = sheetOf(QStringLiteral("agency-numeric-nip.xlsx"));
        const ImportPreview p = preview(db, sheet);
        const ImportCounts c = p.counts();
        QCOMPARE(c.total, 400);
        QCOMPARE(c.rejected, 100);
        QCOMPARE(c.inserted, 300);
        const int nipColumn = p.mapping.columnOf(ImportField::Nip);
        for (const PreviewRow &row : p.rows) {
            const bool numeric = sheet.rows.at(row.sheetRowIndex).cell(nipColumn).kind == Cell::Kind::Number;
            QCOMPARE(row.hasErrors(), numeric);
            if (numeric) {
                QCOMPARE(row.status(), RowStatus::Error);
                QVERIFY(!row.messageFor(nipColumn).isEmpty());
                QVERIFY(row.messageFor(nipColumn).contains(QLatin1String("E+17")));
            }
        }
        const CommitResult r = commit(db, p, QStringLiteral("agency-numeric-nip.xlsx"));
        QCOMPARE(r.counts.inserted, 300);
        QCOMPARE(r.counts.rejected, 100);
        QCOMPARE(EmployeeRepository(db).counts().active, 300);
        // The never-guessed NIP: 199812072025032001 (row 2) is not in the database, 199507122023012001 is.
        QVERIFY(!EmployeeRepository(db).byNip(QStringLiteral("199812072025032000")));
        QVERIFY(!EmployeeRepository(db).byNip(QStringLiteral("199812072025032001")));
        const auto rosmawati = EmployeeRepository(db).byNip(QStringLiteral("199507122023012001"));
        QVERIFY(rosmawati);
        QCOMPARE(rosmawati->name, QStringLiteral("Rosmawati Kurniawan"));
        QCOMPARE(rosmawati->birthDate, QDate(1995, 7, 12));
        QCOMPARE(rosmawati->rank.text(), QStringLiteral("IV/a"));
        QCOMPARE(UnitRepository(db).byId(rosmawati->unitId)->name, QStringLiteral("Puskesmas Kota Sungai Penuh 2"));
        QCOMPARE(PositionRepository(db).byId(rosmawati->positionId)->name, QStringLiteral("Bidan Terampil"));
        QCOMPARE(int(PositionRepository(db).byId(rosmawati->positionId)->level), int(PositionLevel::Terampil));
    }

    // The same 400 people in four layouts: once imported, the other files find them unchanged or
    // only add what they know more (SIASN has the TMT CPNS).
    void sameDataInEveryLayout() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        commit(db, preview(db, sheetOf(QStringLiteral("agency-libreoffice.xlsx"))), QStringLiteral("a"));
        QCOMPARE(EmployeeRepository(db).counts().active, 400);
        for (const char *file : {"agency-libreoffice.ods", "agency-title-block.xlsx"}) {
            const ImportCounts c = preview(db, sheetOf(QString::fromLatin1(file))).counts();
            QCOMPARE(c.unchanged, 400);
        }
        const ImportCounts siasn = preview(db, sheetOf(QStringLiteral("siasn-export.csv"))).counts();
        QCOMPARE(siasn.rejected, 0);
        QCOMPARE(siasn.updated, 400);
        QCOMPARE(siasn.discrepancies, 0);
    }

    void undoRestoresEverything() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        commit(db, preview(db, sheetOf(QStringLiteral("agency-libreoffice.xlsx"))), QStringLiteral("first"));
        const auto before = EmployeeRepository(db).byNip(QStringLiteral("199007292023052001"));
        QVERIFY(before);
        QVERIFY(!before->cpnsTmt.isValid());
        const int positions = PositionRepository(db).count();
        const CommitResult second = commit(db, preview(db, sheetOf(QStringLiteral("siasn-export.csv"))), QStringLiteral("siasn"));
        QCOMPARE(second.counts.updated, 400);
        QVERIFY(EmployeeRepository(db).byNip(QStringLiteral("199007292023052001"))->cpnsTmt.isValid());

        ImportBatchRepository batches(db);
        QCOMPARE(batches.all().size(), 2);
        QVERIFY(batches.undo(second.batchId));
        QCOMPARE(*EmployeeRepository(db).byNip(QStringLiteral("199007292023052001")), *before);
        QVERIFY(batches.byId(second.batchId)->isUndone());
        QVERIFY(!batches.undo(second.batchId)); // only once

        // Undo of the first import removes its employees and the positions it added.
        QVERIFY(batches.undo(batches.all().last().id));
        QCOMPARE(EmployeeRepository(db).counts().active, 0);
        QCOMPARE(PositionRepository(db).count(), positions - batches.all().last().positionsAdded);
        QCOMPARE(PositionRepository(db).count(), 0);
        QCOMPARE(UnitRepository(db).count(), 816);
    }

    void undoRefusedAfterLaterChange() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        const CommitResult first = commit(db, preview(db, sheetOf(QStringLiteral("agency-libreoffice.xlsx"))), QStringLiteral("first"));
        Employee e = *EmployeeRepository(db).byNip(QStringLiteral("199007292023052001"));
        e.education = QStringLiteral("S-2 Akuntansi");
        QVERIFY(EmployeeRepository(db).update(e));
        const Status undo = ImportBatchRepository(db).undo(first.batchId);
        QVERIFY(!undo);
        QVERIFY2(undo.error().contains(QLatin1String("Indah Susanto")), qPrintable(undo.error()));
        QCOMPARE(EmployeeRepository(db).counts().active, 400);
    }

    // One row through the checks: where each message lands and what the row becomes.
    void rowChecks_data() {
        QTest::addColumn<QStringList>("values"); // NIP, Nama, L/P, Gol/Ruang, Tanggal Lahir, Status
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("messageColumn"); // -1: no message
        QTest::addColumn<QString>("rank");
        const auto v = [](std::initializer_list<const char *> l) {
            QStringList s;
            for (const char *x : l)
                s << QString::fromUtf8(x);
            return s;
        };
        QTest::newRow("clean") << v({"197910262003091001", "Budi", "L", "III/b", "26-10-1979", "PNS"}) << int(RowStatus::New) << -1 << "III/b";
        QTest::newRow("rank with pangkat name") << v({"197910262003091001", "Budi", "L", "Penata Muda Tk. I, III/b", "", ""}) << int(RowStatus::New) << -1 << "III/b";
        QTest::newRow("rank 3b") << v({"197910262003091001", "Budi", "Laki-laki", "3b", "", "P"}) << int(RowStatus::New) << -1 << "III/b";
        QTest::newRow("gender differs from NIP") << v({"197910262003091001", "Budi", "P", "III/b", "", ""}) << int(RowStatus::Warning) << 2 << "III/b";
        QTest::newRow("birth date differs from NIP") << v({"197910262003091001", "Budi", "L", "III/b", "27-10-1979", ""}) << int(RowStatus::Warning) << 4 << "III/b";
        QTest::newRow("unknown rank") << v({"197910262003091001", "Budi", "L", "III/x", "", ""}) << int(RowStatus::Error) << 3 << "";
        QTest::newRow("bad date") << v({"197910262003091001", "Budi", "L", "III/b", "31-02-1979", ""}) << int(RowStatus::Error) << 4 << "III/b";
        QTest::newRow("name null") << v({"197910262003091001", "null", "L", "III/b", "", ""}) << int(RowStatus::Error) << 1 << "III/b";
        QTest::newRow("bad NIP month") << v({"197910262003131001", "Budi", "L", "III/b", "", ""}) << int(RowStatus::Error) << 0 << "III/b";
        QTest::newRow("PPPK by golongan") << v({"198503122022212001", "Sari", "P", "IX", "", ""}) << int(RowStatus::New) << -1 << "IX";
        QTest::newRow("unknown status") << v({"197910262003091001", "Budi", "L", "III/b", "", "Honorer"}) << int(RowStatus::Error) << 5 << "III/b";
    }

    void rowChecks() {
        QFETCH(QStringList, values);
        QFETCH(int, status);
        QFETCH(int, messageColumn);
        QFETCH(QString, rank);
        test::TempDatabase t;
        Sheet sheet;
        sheet.name = QStringLiteral("s");
        SourceRow header{1, {}};
        for (const char *h : {"NIP", "Nama", "L/P", "Gol/Ruang", "Tanggal Lahir", "Status"})
            header.cells << Cell::fromText(QString::fromLatin1(h));
        SourceRow row{2, {}};
        for (const QString &value : values)
            row.cells << (value.isEmpty() ? Cell() : Cell::fromText(value));
        sheet.rows = {header, row};
        const ImportPreview p = preview(t.db->connection(), sheet);
        QCOMPARE(p.rows.size(), 1);
        const PreviewRow &r = p.rows.first();
        QStringList all;
        for (const CellMessage &m : r.messages)
            all << QStringLiteral("%1: %2").arg(m.column).arg(m.message);
        QVERIFY2(int(r.status()) == status, qPrintable(all.join(QLatin1Char('\n'))));
        if (messageColumn >= 0)
            QVERIFY2(!r.messageFor(messageColumn).isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
        else
            QVERIFY2(r.messages.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(r.employee.rank.isValid() ? r.employee.rank.text() : QString(), rank);
    }

    void duplicatesAllFlagged() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        Sheet sheet;
        sheet.name = QStringLiteral("dup");
        const auto row = [](int n, const char *nip, const char *name) {
            return SourceRow{n, {Cell::fromText(QString::fromLatin1(nip)), Cell::fromText(QString::fromLatin1(name))}};
        };
        sheet.rows = {SourceRow{1, {Cell::fromText(QStringLiteral("NIP")), Cell::fromText(QStringLiteral("Nama"))}},
                      row(2, "197910262003091001", "Budi"), row(3, "199507122023012001", "Rosmawati"),
                      row(4, "19791026 200309 1 001", "Budi Santoso")};
        const ImportPreview p = preview(db, sheet);
        QCOMPARE(p.rows.size(), 3);
        QVERIFY(p.rows.at(0).hasErrors());
        QVERIFY(!p.rows.at(1).hasErrors());
        QVERIFY(p.rows.at(2).hasErrors());
        QVERIFY2(p.rows.at(0).messageFor(0).contains(QLatin1String("2, 4")), qPrintable(p.rows.at(0).messageFor(0)));
    }

    // A known NIP with another unit is never applied silently.
    void discrepancyDecisions() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        commit(db, preview(db, sheetOf(QStringLiteral("agency-libreoffice.xlsx"))), QStringLiteral("first"));
        const Employee before = *EmployeeRepository(db).byNip(QStringLiteral("199007292023052001"));
        Sheet moved;
        moved.name = QStringLiteral("moved");
        moved.rows = {SourceRow{1, {Cell::fromText(QStringLiteral("NIP")), Cell::fromText(QStringLiteral("Nama")),
                                    Cell::fromText(QStringLiteral("Unit Kerja"))}},
                      SourceRow{2, {Cell::fromText(QStringLiteral("199007292023052001")),
                                    Cell::fromText(QStringLiteral("Indah Susanto")),
                                    Cell::fromText(QStringLiteral("Dinas Pendidikan Kab. Tebo"))}}};
        ImportPreview p = preview(db, moved);
        QCOMPARE(p.rows.size(), 1);
        QVERIFY(p.rows.at(0).discrepancy);
        QCOMPARE(p.rows.at(0).status(), RowStatus::Discrepancy);
        QCOMPARE(p.rows.at(0).action, RowAction::None);
        const qint64 target = p.rows.at(0).fileUnitId;
        QCOMPARE(UnitRepository(db).byId(target)->name, QStringLiteral("Dinas Pendidikan Kabupaten Tebo"));

        // Undecided: the record stays, the change waits for the transfer workflow.
        const CommitResult kept = commit(db, p, QStringLiteral("moved"));
        QCOMPARE(kept.pending, 1);
        QCOMPARE(EmployeeRepository(db).byNip(before.nip)->unitId, before.unitId);
        const QList<ImportDiscrepancy> open = ImportBatchRepository(db).openDiscrepancies();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).newUnitId, target);
        QCOMPARE(open.at(0).oldUnitId, before.unitId);
        QCOMPARE(open.at(0).decision, QStringLiteral("UNDECIDED"));
        QVERIFY(ImportBatchRepository(db).undo(kept.batchId));
        QVERIFY(ImportBatchRepository(db).openDiscrepancies().isEmpty());

        // Correction: applied, and undone again on request.
        AnalyzeOptions options;
        options.decisions.insert(p.rows.at(0).sheetRowIndex, DiscrepancyDecision::Correction);
        p = preview(db, moved, options);
        QCOMPARE(p.rows.at(0).action, RowAction::Update);
        const CommitResult corrected = commit(db, p, QStringLiteral("moved"));
        QCOMPARE(corrected.pending, 0);
        QCOMPARE(EmployeeRepository(db).byNip(before.nip)->unitId, target);
        QVERIFY(ImportBatchRepository(db).undo(corrected.batchId));
        QCOMPARE(EmployeeRepository(db).byNip(before.nip)->unitId, before.unitId);

        // Transfer: kept for the transfer workflow with that decision.
        options.decisions.insert(p.rows.at(0).sheetRowIndex, DiscrepancyDecision::Transfer);
        commit(db, preview(db, moved, options), QStringLiteral("moved"));
        QCOMPARE(ImportBatchRepository(db).openDiscrepancies().at(0).decision, QStringLiteral("TRANSFER"));
        QCOMPARE(EmployeeRepository(db).byNip(before.nip)->unitId, before.unitId);
    }

    void unmatchedUnitsCandidatesAndCreation() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        Sheet sheet;
        sheet.name = QStringLiteral("units");
        sheet.rows = {SourceRow{1, {Cell::fromText(QStringLiteral("NIP")), Cell::fromText(QStringLiteral("Nama")),
                                    Cell::fromText(QStringLiteral("Unit Kerja"))}},
                      SourceRow{2, {Cell::fromText(QStringLiteral("197910262003091001")), Cell::fromText(QStringLiteral("Budi")),
                                    Cell::fromText(QStringLiteral("SMAN 2 Kota Jambi"))}},
                      SourceRow{3, {Cell::fromText(QStringLiteral("199507122023012001")), Cell::fromText(QStringLiteral("Rina")),
                                    Cell::fromText(QStringLiteral("Puskesmas Kerinci Tiga"))}}};
        ImportPreview p = preview(db, sheet);
        QVERIFY2(!p.rows.at(0).hasErrors(), qPrintable(p.rows.at(0).messageFor(2)));
        QCOMPARE(UnitRepository(db).byId(p.rows.at(0).employee.unitId)->name, QStringLiteral("SMA Negeri 2 Kota Jambi"));
        QVERIFY(p.rows.at(1).hasErrors());
        QCOMPARE(p.unmatchedUnits.size(), 1);
        QVERIFY(!p.unmatchedUnits.at(0).second.isEmpty());
        QVERIFY2(p.rows.at(1).messageFor(2).contains(QLatin1String("Puskesmas Kerinci")), qPrintable(p.rows.at(1).messageFor(2)));
        AnalyzeOptions options;
        options.unitChoices.insert(AnalyzeOptions::unitKey(QStringLiteral("Puskesmas Kerinci Tiga")), AnalyzeOptions::createUnit);
        p = preview(db, sheet, options);
        QVERIFY(!p.rows.at(1).hasErrors());
        const CommitResult r = commit(db, p, QStringLiteral("units"));
        QCOMPARE(r.unitsAdded, 1);
        const auto rina = EmployeeRepository(db).byNip(QStringLiteral("199507122023012001"));
        QCOMPARE(UnitRepository(db).byId(rina->unitId)->name, QStringLiteral("Puskesmas Kerinci Tiga"));
        QCOMPARE(int(UnitRepository(db).byId(rina->unitId)->kind), int(UnitKind::Puskesmas));
    }

    // A valid NIP per number (distinct for 0..20159): birth date, TMT CPNS 2010-01, gender, 001.
    static QString nipFor(int i) {
        const QDate birth(1960 + i / 336 % 30, 1 + i / 28 % 12, 1 + i % 28);
        return birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("201001") + QString::number(1 + i / 10080 % 2) +
               QStringLiteral("001");
    }

    // A large sheet is checked on two threads; the preview must be exactly that of one pass:
    // duplicates across the halves, unmatched units and new positions in both halves, in order.
    void largeSheetSameOnOneOrTwoThreads() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        Sheet sheet;
        sheet.name = QStringLiteral("big");
        sheet.rows << SourceRow{1, {Cell::fromText(QStringLiteral("NIP")), Cell::fromText(QStringLiteral("Nama")),
                                    Cell::fromText(QStringLiteral("Unit Kerja")), Cell::fromText(QStringLiteral("Jabatan")),
                                    Cell::fromText(QStringLiteral("Gol/Ruang"))}};
        for (int i = 0; i < 5000; ++i) {
            const QString nip = i == 4500 ? nipFor(5) : nipFor(i);
            const QString unit = i % 7 == 0 ? QStringLiteral("Unit Tak Dikenal %1").arg(i % 3)
                                            : (i % 2 ? QStringLiteral("SMAN 2 Kota Jambi") : QStringLiteral("Dinas Pendidikan"));
            const QString position = i % 11 == 0 ? QStringLiteral("Jabatan Baru %1").arg(i % 4) : QStringLiteral("Guru Ahli Muda");
            sheet.rows << SourceRow{i + 2, {Cell::fromText(nip), Cell::fromText(QStringLiteral("Pegawai %1").arg(i)),
                                            Cell::fromText(unit), Cell::fromText(position),
                                            Cell::fromText(i % 13 == 0 ? QStringLiteral("III x") : QStringLiteral("III/b"))}};
        }
        AnalyzeOptions one;
        one.threads = 1;
        AnalyzeOptions two;
        two.threads = 2;
        const ImportPreview a = preview(db, sheet, one);
        const ImportPreview b = preview(db, sheet, two);
        QCOMPARE(a.rows.size(), 5000);
        QCOMPARE(b.rows.size(), a.rows.size());
        for (int r = 0; r < a.rows.size(); ++r) {
            const PreviewRow &x = a.rows.at(r);
            const PreviewRow &y = b.rows.at(r);
            QCOMPARE(y.sourceRow, x.sourceRow);
            QCOMPARE(int(y.action), int(x.action));
            QCOMPARE(y.employee.nip, x.employee.nip);
            QCOMPARE(y.employee.unitId, x.employee.unitId);
            QCOMPARE(y.employee.positionId, x.employee.positionId);
            QCOMPARE(y.employee.rank.code(), x.employee.rank.code());
            QCOMPARE(y.newPositionName, x.newPositionName);
            QCOMPARE(y.messages.size(), x.messages.size());
            for (int m = 0; m < x.messages.size(); ++m) {
                QCOMPARE(y.messages.at(m).column, x.messages.at(m).column);
                QCOMPARE(y.messages.at(m).message, x.messages.at(m).message);
            }
        }
        QVERIFY(a.rows.at(5).hasErrors() && a.rows.at(4500).hasErrors()); // the duplicate NIP, both rows
        QVERIFY(a.rows.at(13).hasErrors() && a.rows.at(4004).hasErrors()); // "III x"
        QCOMPARE(b.newPositions, a.newPositions);
        QCOMPARE(a.newPositions.size(), 5); // the four new ones and "Guru Ahli Muda" (no catalogue loaded)
        QCOMPARE(b.newUnits, a.newUnits);
        QCOMPARE(b.unmatchedUnits.size(), a.unmatchedUnits.size());
        QCOMPARE(a.unmatchedUnits.size(), 4);
        QCOMPARE(a.unmatchedUnits.at(0).first, QStringLiteral("Unit Tak Dikenal 0"));
        QCOMPARE(a.unmatchedUnits.at(1).first, QStringLiteral("Dinas Pendidikan")); // one in every region: ambiguous
        for (int u = 0; u < a.unmatchedUnits.size(); ++u) {
            QCOMPARE(b.unmatchedUnits.at(u).first, a.unmatchedUnits.at(u).first);
            QCOMPARE(b.unmatchedUnits.at(u).second, a.unmatchedUnits.at(u).second);
        }
    }

    // 20,000 new employees into an empty table: the secondary indexes are built again after the
    // rows, the same ones, and undo still removes every row.
    void largeImportRebuildsIndexes() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        const auto indexes = [&db] {
            QStringList list;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'employee' "
                                  "ORDER BY name"));
            while (q.next())
                list << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
            return list;
        };
        const QStringList before = indexes();
        QVERIFY(before.size() >= 3);
        Sheet sheet;
        sheet.name = QStringLiteral("many");
        sheet.rows << SourceRow{1, {Cell::fromText(QStringLiteral("NIP")), Cell::fromText(QStringLiteral("Nama"))}};
        for (int i = 0; i < 20000; ++i)
            sheet.rows << SourceRow{i + 2, {Cell::fromText(nipFor(i)), Cell::fromText(QStringLiteral("Pegawai %1").arg(i))}};
        const ImportPreview p = preview(db, sheet);
        QCOMPARE(p.counts().inserted, 20000);
        const CommitResult r = commit(db, p, QStringLiteral("many"));
        QCOMPARE(r.counts.inserted, 20000);
        QCOMPARE(indexes(), before);
        QCOMPARE(count(db, QStringLiteral("employee")), 20000);
        QCOMPARE(count(db, QStringLiteral("import_batch_item")), 20000);
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(EmployeeRepository(db).byNip(nipFor(19999)).has_value());
        auto undone = ImportBatchRepository(db).undo(r.batchId);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error()));
        QCOMPARE(count(db, QStringLiteral("employee")), 0);
    }

    void cancelLeavesDatabaseUntouched() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        const ImportPreview p = preview(db, sheetOf(QStringLiteral("agency-libreoffice.xlsx")));
        CommitOptions o;
        o.fileName = QStringLiteral("x");
        int calls = 0;
        o.progress = [&calls](int, int) { return ++calls < 1; };
        auto r = ImportCommitter::commit(db, p, o);
        QVERIFY(!r);
        QCOMPARE(calls, 1);
        QCOMPARE(EmployeeRepository(db).counts().active, 0);
        QCOMPARE(count(db, QStringLiteral("import_batch")), 0);
        QCOMPARE(count(db, QStringLiteral("position")), 0);
        QCOMPARE(count(db, QStringLiteral("audit_entry")), 0);
    }

    void batchRecordAndAudit() {
        test::TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        loadUnits(db);
        const QString file = test::samplePath(QStringLiteral("agency-libreoffice.xlsx"));
        CommitOptions o;
        o.fileName = QStringLiteral("agency-libreoffice.xlsx");
        o.fileSha256 = fileSha256(file);
        QCOMPARE(o.fileSha256.size(), 64);
        auto r = ImportCommitter::commit(db, preview(db, sheetOf(QStringLiteral("agency-libreoffice.xlsx"))), o);
        QVERIFY(r);
        const ImportBatch b = *ImportBatchRepository(db).byId(r->batchId);
        QCOMPARE(b.fileName, QStringLiteral("agency-libreoffice.xlsx"));
        QCOMPARE(b.fileSha256, o.fileSha256);
        QCOMPARE(b.inserted, 400);
        QCOMPARE(b.rowsTotal, 400);
        QVERIFY(b.importedAt.isValid());
        QCOMPARE(count(db, QStringLiteral("audit_entry WHERE action = 'import'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportCommitter)
#include "tst_importcommitter.moc"
