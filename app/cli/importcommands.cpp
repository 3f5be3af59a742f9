// imbang-cli import, import-units and imports: agency spreadsheets into the office database.
#include "clicontext.h"

#include "competence/ratingimporter.h"

#include "importing/columnmapping.h"
#include "importing/errorreport.h"
#include "importing/importanalyzer.h"
#include "importing/importbatchrepository.h"
#include "importing/importcommitter.h"
#include "importing/unitlistimporter.h"
#include "importing/workbookloader.h"
#include "settings/settingkeys.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>

namespace imbang::cli {
namespace {

LoadOptions loadOptions(const QSqlDatabase &db) {
    const Settings settings(db);
    LoadOptions options;
    options.limits.maxRows = settings.get(settingkeys::importMaxRows);
    options.limits.maxInflatedBytes = quint64(settings.get(settingkeys::importMaxInflatedMb)) * 1024 * 1024;
    return options;
}

// Loads the file and picks the sheet (--sheet N, 1-based; else the first with data).
bool loadSheet(Context &ctx, const QCommandLineParser &parser, const QSqlDatabase &db, const QString &path,
               Workbook &book, int &sheetIndex, int &code) {
    int sheetNumber = 0;
    if (!ctx.intOption(parser, QStringLiteral("sheet"), 1, 1000, sheetNumber)) {
        code = UsageError;
        return false;
    }
    LoadOptions options = loadOptions(db);
    options.sheet = sheetNumber - 1;
    auto loaded = WorkbookLoader::load(path, options);
    if (!loaded) {
        code = ctx.fail(loaded.error());
        return false;
    }
    book = std::move(loaded).value();
    sheetIndex = sheetNumber > 0 ? sheetNumber - 1 : book.firstSheetWithData();
    if (sheetNumber > book.sheets.size()) {
        code = ctx.fail(QCoreApplication::translate("Cli", "%1 has %n sheet(s); there is no sheet %2.", "",
                                                    int(book.sheets.size()))
                            .arg(QFileInfo(path).fileName())
                            .arg(sheetNumber));
        return false;
    }
    if (sheetIndex < 0 || book.sheets.at(sheetIndex).rows.isEmpty()) {
        code = ctx.fail(QCoreApplication::translate("Cli", "%1 contains no data: every sheet is empty.")
                            .arg(QFileInfo(path).fileName()));
        return false;
    }
    return true;
}

QJsonObject countsJson(const ImportCounts &c) {
    return {{QStringLiteral("rows"), c.total},         {QStringLiteral("new"), c.inserted},
            {QStringLiteral("updated"), c.updated},    {QStringLiteral("unchanged"), c.unchanged},
            {QStringLiteral("rejected"), c.rejected},  {QStringLiteral("warnings"), c.warnings},
            {QStringLiteral("discrepancies"), c.discrepancies}};
}

int importEmployees(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Import an agency staff list (.xlsx, .ods or .csv): employees are added or updated by NIP."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The spreadsheet to import."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("sheet"),
                      QCoreApplication::translate("Cli", "Sheet number to import (default: the first with data)."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Check the file and print what "
                                                                                    "would happen; change nothing.")});
    parser.addOption({QStringLiteral("report"),
                      QCoreApplication::translate("Cli", "Write the problems found to this .xlsx or .csv file."),
                      QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("strict"),
                      QCoreApplication::translate("Cli", "Import nothing when any row is rejected.")});
    parser.addOption({QStringLiteral("corrections"),
                      QCoreApplication::translate("Cli", "Treat a changed unit or position of a known employee as a "
                                                         "data correction and apply it (default: keep the record and "
                                                         "list the change for the transfer workflow).")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("timing"),
                      QCoreApplication::translate("Cli", "Print how long reading, checking and saving took.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("Cli", "Name exactly one file to import."), UsageError);
    const QString path = parser.positionalArguments().first();
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    QElapsedTimer timer;
    timer.start();
    QStringList timings;
    // Wall time, and processor time (which a busy machine does not inflate).
    std::clock_t cpu = std::clock();
    const auto lap = [&](const QString &what) {
        const std::clock_t now = std::clock();
        timings << QStringLiteral("%1 %2 ms (cpu %3 ms)")
                       .arg(what)
                       .arg(timer.restart())
                       .arg(qint64(now - cpu) * 1000 / CLOCKS_PER_SEC);
        cpu = now;
    };

    Workbook book;
    int sheetIndex = -1;
    if (!loadSheet(ctx, parser, c, path, book, sheetIndex, code))
        return code;
    lap(QStringLiteral("read"));
    const Sheet &sheet = book.sheets.at(sheetIndex);
    ColumnMapping mapping = HeaderDetector::detect(sheet);
    MappingStore(c).apply(mapping);
    AnalyzeOptions options;
    options.createMissingPositions = Settings(c).get(settingkeys::importCreatePositions);
    auto preview = ImportAnalyzer::analyze(c, sheet, mapping, options);
    if (!preview)
        return ctx.fail(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), preview.error()));
    if (parser.isSet(QStringLiteral("corrections"))) {
        for (PreviewRow &row : preview->rows)
            if (row.discrepancy)
                options.decisions.insert(row.sheetRowIndex, DiscrepancyDecision::Correction);
        preview = ImportAnalyzer::analyze(c, sheet, mapping, options);
        if (!preview)
            return ctx.fail(preview.error());
    }
    const ImportCounts counts = preview->counts();
    lap(QStringLiteral("check"));

    if (parser.isSet(QStringLiteral("report"))) {
        const QString reportPath = parser.value(QStringLiteral("report"));
        if (Status s = ErrorReport(sheet, *preview).write(reportPath); !s)
            return ctx.fail(s.error());
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool refused = parser.isSet(QStringLiteral("strict")) && counts.rejected > 0;
    CommitResult result;
    QString ratingsOutcome; // predicates in "SKP 2024" columns of the same sheet
    if (!dryRun && !refused) {
        CommitOptions commit;
        commit.fileName = QFileInfo(path).fileName();
        commit.fileSha256 = fileSha256(path);
        auto written = ImportCommitter::commit(c, *preview, commit);
        if (!written)
            return ctx.fail(written.error());
        result = *written;
        MappingStore(c).remember(mapping);
        ratingsOutcome = RatingImporter::importWithStaffList(c, sheet);
        lap(QStringLiteral("save"));
    }
    if (parser.isSet(QStringLiteral("timing")))
        ctx.err() << timings.join(QStringLiteral(", ")) << Qt::endl;

    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = countsJson(counts);
        object.insert(QStringLiteral("file"), QFileInfo(path).fileName());
        object.insert(QStringLiteral("sheet"), sheet.name);
        object.insert(QStringLiteral("dry_run"), dryRun);
        object.insert(QStringLiteral("written"), !dryRun && !refused);
        object.insert(QStringLiteral("batch"), result.batchId);
        object.insert(QStringLiteral("pending"), result.pending);
        object.insert(QStringLiteral("positions_added"), result.positionsAdded);
        if (!ratingsOutcome.isEmpty())
            object.insert(QStringLiteral("ratings"), ratingsOutcome);
        QJsonArray problems;
        for (const PreviewRow &row : std::as_const(preview->rows))
            for (const CellMessage &m : row.messages)
                if (m.isError())
                    problems.append(QJsonObject{{QStringLiteral("row"), row.sourceRow},
                                                {QStringLiteral("column"), m.column >= 0 ? columnLetter(m.column) : QString()},
                                                {QStringLiteral("message"), m.message}});
        object.insert(QStringLiteral("errors"), problems);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
    } else {
        out << QCoreApplication::translate("Cli", "%1, sheet \"%2\": %3 rows.")
                   .arg(QFileInfo(path).fileName(), sheet.name)
                   .arg(counts.total)
            << '\n'
            << QCoreApplication::translate("Cli", "New: %1").arg(counts.inserted) << '\n'
            << QCoreApplication::translate("Cli", "Updated: %1").arg(counts.updated) << '\n'
            << QCoreApplication::translate("Cli", "Unchanged: %1").arg(counts.unchanged) << '\n'
            << QCoreApplication::translate("Cli", "Rejected: %1").arg(counts.rejected) << '\n';
        if (counts.warnings)
            out << QCoreApplication::translate("Cli", "Rows with warnings: %1").arg(counts.warnings) << '\n';
        if (counts.discrepancies)
            out << QCoreApplication::translate("Cli", "Known employees with another unit or position: %1")
                       .arg(counts.discrepancies)
                << '\n';
        int shown = 0;
        for (const PreviewRow &row : std::as_const(preview->rows))
            for (const CellMessage &m : row.messages)
                if (m.isError() && shown++ < 20)
                    ctx.err() << QCoreApplication::translate("Cli", "Row %1: %2").arg(row.sourceRow).arg(m.message) << '\n';
        if (shown > 20)
            ctx.err() << QCoreApplication::translate("Cli", "... and %n more problem(s); --report writes them all.", "",
                                                     shown - 20)
                      << '\n';
        if (dryRun)
            out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << '\n';
        else if (refused)
            out << QCoreApplication::translate("Cli", "--strict: rows were rejected, so nothing was written.") << '\n';
        else
            out << QCoreApplication::translate("Cli", "Saved as import %1.").arg(result.batchId) << '\n';
        if (!ratingsOutcome.isEmpty())
            out << ratingsOutcome << '\n';
        out.flush();
        ctx.err().flush();
    }
    return refused ? BadInput : Success;
}

int importRatings(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Import performance predicates (SKP): a row per person and year (NIP, TAHUN, PREDIKAT or NILAI) or a "
               "column per year (NIP, SKP 2024, SKP 2025, ...). Nothing is written when a row is wrong."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The sheet to import."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("sheet"),
                      QCoreApplication::translate("Cli", "Sheet number to import (default: the first with data)."),
                      QCoreApplication::translate("Cli", "N")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("Cli", "Name exactly one file to import."), UsageError);
    const QString path = parser.positionalArguments().first();
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    Workbook book;
    int sheetIndex = -1;
    if (!loadSheet(ctx, parser, db->connection(), path, book, sheetIndex, code))
        return code;
    auto result = RatingImporter::import(db->connection(), book.sheets.at(sheetIndex));
    if (!result)
        return ctx.fail(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), result.error()));
    if (!result->problems.isEmpty()) {
        for (const QString &p : std::as_const(result->problems))
            ctx.err() << p << '\n';
        return ctx.fail(QCoreApplication::translate("Cli", "Nothing was imported: correct the rows above and import again."));
    }
    ctx.out() << QCoreApplication::translate("Cli", "Performance predicates written: %1, for %2 employees.")
                     .arg(result->written)
                     .arg(result->people)
              << Qt::endl;
    return Success;
}

int importUnits(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Import a unit list (code, name, kind, parent code, region, coordinates); units are added or updated "
               "by code."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The unit list to import."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("sheet"),
                      QCoreApplication::translate("Cli", "Sheet number to import (default: the first with data)."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Check the file and print what "
                                                                                    "would happen; change nothing.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("Cli", "Name exactly one file to import."), UsageError);
    const QString path = parser.positionalArguments().first();
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    Workbook book;
    int sheetIndex = -1;
    if (!loadSheet(ctx, parser, db->connection(), path, book, sheetIndex, code))
        return code;
    auto result = UnitListImporter::import(db->connection(), book.sheets.at(sheetIndex),
                                           parser.isSet(QStringLiteral("dry-run")));
    if (!result)
        return ctx.fail(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), result.error()));
    for (const auto &p : std::as_const(result->rejected))
        ctx.err() << QCoreApplication::translate("Cli", "Row %1: %2").arg(p.row).arg(p.message) << '\n';
    ctx.err().flush();
    ctx.out() << QCoreApplication::translate("Cli", "Units new: %1, updated: %2, unchanged: %3, rejected: %4.")
                     .arg(result->inserted)
                     .arg(result->updated)
                     .arg(result->unchanged)
                     .arg(result->rejected.size())
              << Qt::endl;
    return Success;
}

int imports(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "List the imports done so far, or undo one with --undo."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("undo"), QCoreApplication::translate("Cli", "Undo the import with this number."),
                      QCoreApplication::translate("Cli", "N")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    ImportBatchRepository batches(db->connection());
    if (parser.isSet(QStringLiteral("undo"))) {
        int id = 0;
        if (!ctx.intOption(parser, QStringLiteral("undo"), 1, 2'000'000'000, id))
            return UsageError;
        if (Status s = batches.undo(id); !s)
            return ctx.fail(s.error());
        ctx.out() << QCoreApplication::translate("Cli", "Import %1 was undone.").arg(id) << Qt::endl;
        return Success;
    }
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    for (const ImportBatch &b : batches.all())
        out << QCoreApplication::translate("Cli", "%1  %2  %3: %4 new, %5 updated, %6 rejected%7")
                   .arg(b.id)
                   .arg(b.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.fileName)
                   .arg(b.inserted)
                   .arg(b.updated)
                   .arg(b.rejected)
                   .arg(b.isUndone() ? QCoreApplication::translate("Cli", " (undone)") : QString())
            << '\n';
    out.flush();
    return Success;
}

} // namespace

QList<Command> importCommands() {
    return {
        {QStringLiteral("import"), QCoreApplication::translate("Cli", "Import an agency staff list."), importEmployees},
        {QStringLiteral("import-units"), QCoreApplication::translate("Cli", "Import a unit list."), importUnits},
        {QStringLiteral("import-ratings"), QCoreApplication::translate("Cli", "Import performance predicates (SKP)."),
         importRatings},
        {QStringLiteral("imports"), QCoreApplication::translate("Cli", "List or undo imports."), imports},
    };
}

} // namespace imbang::cli
