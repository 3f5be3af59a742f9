#include "importing/columnmapping.h"
#include "importing/workbookloader.h"
#include "testsupport.h"

#include <QTest>

using namespace imbang;

class TestHeaderDetector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::installIndonesian(); }

    void spellings_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        const auto row = [](const char *h, ImportField f) { QTest::newRow(h) << QString::fromUtf8(h) << int(f); };
        row("NIP", ImportField::Nip);
        row("N I P", ImportField::Nip);
        row("NIP Baru", ImportField::Nip);
        row("NIP_BARU", ImportField::Nip);
        row("NIP_LAMA", ImportField::Ignore);
        row("Nama Lengkap", ImportField::Name);
        row("NAMA", ImportField::Name);
        row("Gelar Blkg", ImportField::TitleBack);
        row("GELAR_DEPAN", ImportField::TitleFront);
        row("Tgl. Lahir", ImportField::BirthDate);
        row("TEMPAT_LAHIR_NAMA", ImportField::BirthPlace);
        row("L/P", ImportField::Gender);
        row("JENIS_KELAMIN", ImportField::Gender);
        row("Pangkat/Gol.Ruang", ImportField::Rank);
        row("Gol/Ruang", ImportField::Rank);
        row("GOL_AKHIR_NAMA", ImportField::Rank);
        row("GOL_AWAL", ImportField::Ignore);
        row("TMT Gol", ImportField::RankTmt);
        row("TMT_GOLONGAN", ImportField::RankTmt);
        row("Nama Jabatan", ImportField::Position);
        row("JABATAN_NAMA", ImportField::Position);
        row("TMT Jabatan", ImportField::PositionTmt);
        row("Unit Kerja", ImportField::UnitName);
        row("UNOR_NAMA", ImportField::UnitName);
        row("UNOR_ID", ImportField::Ignore);
        row("TMT_CPNS", ImportField::CpnsTmt);
        row("Pendidikan Terakhir", ImportField::Education);
        row("PENDIDIKAN_NAMA", ImportField::Education);
        row("No.", ImportField::Ignore);
    }

    void spellings() {
        QFETCH(QString, header);
        QFETCH(int, field);
        QCOMPARE(int(importfield::fromHeader(header)), field);
    }

    void titleBlock() {
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("agency-title-block.xlsx")));
        QVERIFY(book);
        const ColumnMapping m = HeaderDetector::detect(book->sheets.at(0));
        QCOMPARE(m.headerRowIndex, 2); // the third non-empty row: row 4 of the sheet
        QCOMPARE(m.columnOf(ImportField::Nip), 1);
        QCOMPARE(m.columnOf(ImportField::Name), 2);
        QCOMPARE(m.columnOf(ImportField::Rank), 8);
        QCOMPARE(m.columnOf(ImportField::UnitName), 12);
    }

    void siasn() {
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("siasn-export.csv")));
        QVERIFY(book);
        const ColumnMapping m = HeaderDetector::detect(book->sheets.at(0));
        QCOMPARE(m.headerRowIndex, 0);
        QCOMPARE(m.columnOf(ImportField::Nip), 1);
        QCOMPARE(m.columnOf(ImportField::Name), 3);
        QCOMPARE(m.columnOf(ImportField::Gender), 8);
        QCOMPARE(m.columnOf(ImportField::UnitName), 15);
        QCOMPARE(m.columnOf(ImportField::CpnsTmt), 16);
    }

    void noHeader() {
        Sheet sheet;
        sheet.rows.append({1, {Cell::fromText(QStringLiteral("foo")), Cell::fromText(QStringLiteral("bar"))}});
        sheet.rows.append({2, {Cell::fromNumber(1), Cell::fromNumber(2)}});
        QCOMPARE(HeaderDetector::detect(sheet).headerRowIndex, -1);
    }

    void rememberedMapping() {
        test::TempDatabase t;
        auto book = WorkbookLoader::load(test::samplePath(QStringLiteral("agency-libreoffice.xlsx")));
        QVERIFY(book);
        ColumnMapping m = HeaderDetector::detect(book->sheets.at(0));
        const ColumnMapping automatic = m;
        MappingStore store(t.db->connection());
        QVERIFY(!store.apply(m));
        // The officer maps "Pendidikan Terakhir" to nothing and the place of birth column to the unit code.
        m.fields[13] = ImportField::Ignore;
        m.fields[5] = ImportField::UnitCode;
        QVERIFY(store.remember(m));
        ColumnMapping next = HeaderDetector::detect(book->sheets.at(0));
        QCOMPARE(next, automatic);
        QVERIFY(store.apply(next));
        QCOMPARE(next.fields, m.fields);
        // Another layout has another signature.
        auto other = WorkbookLoader::load(test::samplePath(QStringLiteral("agency-title-block.xlsx")));
        ColumnMapping otherMapping = HeaderDetector::detect(other->sheets.at(0));
        QVERIFY(otherMapping.signature() != m.signature());
        QVERIFY(!store.apply(otherMapping));
    }
};

QTEST_GUILESS_MAIN(TestHeaderDetector)
#include "tst_headerdetector.moc"
