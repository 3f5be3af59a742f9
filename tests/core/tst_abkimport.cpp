#include "domain/position.h"
#include "domain/unit.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "testsupport.h"
#include "workload/abkimport.h"
#include "workload/abkrepository.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace imbang;

// Importing ABK sheets: CSV with a title block and Indonesian numbers, xlsx written by libxlsxwriter,
// matching positions by code or name, and bad rows that are named and change nothing.
class TestAbkImport : public QObject {
    Q_OBJECT

    struct Office {
        test::TempDatabase db;
        qint64 bkd = 0, school = 0, clerk = 0, treasurer = 0;
        Office() {
            const QSqlDatabase c = db.db->connection();
            Unit u;
            u.code = QStringLiteral("01.05");
            u.name = QStringLiteral("Badan Kepegawaian Daerah Kota Jambi");
            bkd = *UnitRepository(c).insert(u);
            u.code = QStringLiteral("01.08.SD001");
            u.name = QStringLiteral("SD Negeri 7/I Kota Jambi");
            school = *UnitRepository(c).insert(u);
            Position p;
            p.name = QStringLiteral("Pengadministrasi Perkantoran");
            clerk = *PositionRepository(c).insert(p);
            p.name = QStringLiteral("Bendahara");
            p.code = QStringLiteral("BND");
            treasurer = *PositionRepository(c).insert(p);
        }
    };

    // Everything the import may touch, to prove a failed import changed nothing.
    static QString contents(const QSqlDatabase &db) {
        QString all;
        for (const QString &table : {QStringLiteral("abk_task"), QStringLiteral("staffing_need")}) {
            auto q = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
            while (q && q->next())
                for (int i = 0; i < q->record().count(); ++i)
                    all += q->value(i).toString() + QLatin1Char('|');
        }
        return all;
    }

    static void checkSampleNeeds(const Office &office) {
        const QSqlDatabase c = office.db.db->connection();
        const auto clerk = StaffingNeedRepository(c).find(office.bkd, office.clerk);
        QVERIFY(clerk);
        QCOMPARE(clerk->source, QStringLiteral("ABK"));
        QCOMPARE(clerk->need, 0.68); // 51,000 minutes / 75,000
        const auto treasurer = StaffingNeedRepository(c).find(office.bkd, office.treasurer);
        QVERIFY(treasurer);
        // 2,5 a day x 250 x 20 min + 1.000 a year x 7,5 min = 12,500 + 7,500 = 20,000 minutes
        QCOMPARE(treasurer->need, 20000.0 / 75000.0);
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void csvWithTitleBlock() {
        Office office;
        const QSqlDatabase c = office.db.db->connection();
        auto plan = AbkImport::prepare(c, test::dataPath(QStringLiteral("workload/abk-sample.csv")), 1250);
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.value(0).message));
        QCOMPARE(plan->rowsRead, 6); // the blank row is skipped
        QCOMPARE(plan->groups.size(), 2);
        QCOMPARE(plan->taskCount(), 6);
        QCOMPARE(plan->groups.at(0).tasks.at(1).description, QStringLiteral("Mengarsipkan berkas; surat keluar"));
        QCOMPARE(plan->groups.at(1).positionName, QStringLiteral("Bendahara")); // matched by its code "bnd"
        QCOMPARE(plan->groups.at(1).tasks.at(0).volume, 2.5);
        QCOMPARE(plan->groups.at(1).tasks.at(1).volume, 1000.0);
        QCOMPARE(plan->groups.at(1).tasks.at(1).standardMinutes, 7.5);

        QSignalSpy changed(&ChangeBus::instance(), &ChangeBus::changed);
        QVERIFY(AbkImport::apply(c, *plan, 1250));
        QCOMPARE(changed.count(), 1);
        checkSampleNeeds(office);
        QCOMPARE(AbkRepository(c).tasks(office.bkd, office.clerk, 2026).size(), 4);

        // Importing the same sheet again replaces the tasks rather than adding to them.
        QVERIFY(AbkImport::apply(c, *plan, 1250));
        QCOMPARE(AbkRepository(c).tasks(office.bkd, office.clerk, 2026).size(), 4);
        checkSampleNeeds(office);
    }

    void xlsxFromLibxlsxwriter() {
        Office office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abk.xlsx"));
        {
            lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
            lxw_worksheet *sheet = workbook_add_worksheet(workbook, "ABK");
            worksheet_write_string(sheet, 0, 0, "ABK BKD 2026", nullptr);
            const char *headers[] = {"kode_unit", "kode_jabatan", "tahun", "uraian_tugas",
                                     "hasil_kerja", "volume", "satuan_periode", "norma_waktu"};
            for (int c = 0; c < 8; ++c)
                worksheet_write_string(sheet, 2, lxw_col_t(c), headers[c], nullptr);
            struct Row {
                const char *position, *task, *output;
                double volume;
                const char *period;
                double minutes;
            };
            const Row rows[] = {{"Pengadministrasi Perkantoran", "Mencatat surat masuk", "Surat", 4, "hari", 15},
                                {"Pengadministrasi Perkantoran", "Mengarsipkan berkas", "Berkas", 6, "minggu", 60},
                                {"Pengadministrasi Perkantoran", "Menyusun laporan", "Laporan", 10, "bulan", 90},
                                {"Pengadministrasi Perkantoran", "Inventarisasi", "Daftar", 24, "tahun", 300},
                                {"BND", "Memeriksa SPJ", "Dokumen", 2.5, "hari", 20},
                                {"BND", "Menyusun laporan pertanggungjawaban", "Laporan", 1000, "tahun", 7.5}};
            lxw_row_t r = 3;
            for (const Row &row : rows) {
                worksheet_write_string(sheet, r, 0, "01.05", nullptr);
                worksheet_write_string(sheet, r, 1, row.position, nullptr);
                worksheet_write_number(sheet, r, 2, 2026, nullptr);
                worksheet_write_string(sheet, r, 3, row.task, nullptr);
                worksheet_write_string(sheet, r, 4, row.output, nullptr);
                worksheet_write_number(sheet, r, 5, row.volume, nullptr);
                worksheet_write_string(sheet, r, 6, row.period, nullptr);
                // The standard time as a formula, as agencies often write it (minutes = hours x 60).
                if (row.minutes == 300)
                    worksheet_write_formula_num(sheet, r, 7, "=5*60", nullptr, 300);
                else
                    worksheet_write_number(sheet, r, 7, row.minutes, nullptr);
                ++r;
            }
            QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        }
        const QSqlDatabase c = office.db.db->connection();
        auto plan = AbkImport::prepare(c, path, 1250);
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.value(0).message));
        QCOMPARE(plan->taskCount(), 6);
        QVERIFY(AbkImport::apply(c, *plan, 1250));
        checkSampleNeeds(office);
    }

    void badRowsAreNamedAndNothingChanges() {
        Office office;
        const QSqlDatabase c = office.db.db->connection();
        QVERIFY(StaffingNeedRepository(c).set({office.bkd, office.clerk, 5, StaffingNeedRepository::sourceDirect(), {}}));
        const QString before = contents(c);
        auto plan = AbkImport::prepare(c, test::dataPath(QStringLiteral("workload/abk-errors.csv")), 1250);
        QVERIFY(plan);
        QVERIFY(!plan->canApply());
        QStringList messages;
        for (const Problem &p : plan->problems)
            messages << p.message;
        const QString all = messages.join(QLatin1Char('\n'));
        // One message per bad row, naming the sheet row and what to write instead, in Indonesian.
        QCOMPARE(plan->problems.size(), 7);
        QVERIFY2(all.contains(QStringLiteral("Baris 3")) && all.contains(QStringLiteral("09.99")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Baris 4")) && all.contains(QStringLiteral("Juru Masak")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Baris 5")) && all.contains(QStringLiteral("2026")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Baris 6")) && all.contains(QStringLiteral("uraian_tugas")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Baris 7")) && all.contains(QStringLiteral("banyak")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Baris 8")) && all.contains(QStringLiteral("semester")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Baris 9")) && all.contains(QStringLiteral("norma_waktu")), qPrintable(all));
        QVERIFY(!AbkImport::apply(c, *plan, 1250));
        QCOMPARE(contents(c), before);
    }

    void missingColumnsAreNamed() {
        Office office;
        const AbkSheetReader::Rows rows = AbkSheetReader::readCsv(
            "kode_unit;kode_jabatan;tahun;uraian_tugas\n01.05;Bendahara;2026;Memeriksa SPJ\n");
        const AbkImportPlan plan = AbkImport::prepareRows(office.db.db->connection(), rows, 1250);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems.first().message.contains(QStringLiteral("volume, satuan_periode, norma_waktu")),
                 qPrintable(plan.problems.first().message));
    }

    void notASpreadsheet() {
        Office office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip file");
        f.close();
        auto plan = AbkImport::prepare(office.db.db->connection(), path, 1250);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("xlsx")), qPrintable(plan.error()));
    }

    void odsIsRefusedWithAdvice() {
        Office office;
        auto plan = AbkImport::prepare(office.db.db->connection(),
                                       test::samplePath(QStringLiteral("agency-libreoffice.ods")), 1250);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral(".xlsx")), qPrintable(plan.error()));
    }

    void parseNumber_data() {
        QTest::addColumn<QVariant>("cell");
        QTest::addColumn<double>("expected"); // -1: not a number
        QTest::newRow("integer") << QVariant(QStringLiteral("12")) << 12.0;
        QTest::newRow("decimal comma") << QVariant(QStringLiteral("2,5")) << 2.5;
        QTest::newRow("decimal point") << QVariant(QStringLiteral("1.5")) << 1.5;
        QTest::newRow("thousands dot") << QVariant(QStringLiteral("1.250")) << 1250.0;
        QTest::newRow("thousands and comma") << QVariant(QStringLiteral("12.345,75")) << 12345.75;
        QTest::newRow("number cell") << QVariant(7.25) << 7.25;
        QTest::newRow("spaces") << QVariant(QStringLiteral(" 30 ")) << 30.0;
        QTest::newRow("text") << QVariant(QStringLiteral("banyak")) << -1.0;
        QTest::newRow("empty") << QVariant() << -1.0;
    }

    void parseNumber() {
        QFETCH(QVariant, cell);
        QFETCH(double, expected);
        const auto parsed = AbkImport::parseNumber(cell);
        QCOMPARE(parsed.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestAbkImport)
#include "tst_abkimport.moc"
