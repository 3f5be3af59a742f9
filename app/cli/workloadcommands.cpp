// imbang-cli workload, import-abk, abk and need: the workload analysis from the command line, through the
// same core calls as the dashboard and the ABK dialogs.
#include "clicontext.h"

#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "util/clock.h"
#include "util/indonesianformat.h"
#include "workload/abkimport.h"
#include "workload/abkrepository.h"
#include "workload/positionmatch.h"
#include "workload/workloadengine.h"
#include "workload/workloadexport.h"
#include "workload/workloadsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace imbang::cli {
namespace {

void addFormatOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "Print CSV.")});
}

bool checkFormat(Context &ctx, const QCommandLineParser &parser) {
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        ctx.fail(QCoreApplication::translate("Cli", "Choose either --json or --csv, not both."), UsageError);
        return false;
    }
    return true;
}

std::optional<Unit> unitOption(Context &ctx, const QSqlDatabase &db, const QString &code) {
    auto unit = UnitRepository(db).byCode(code);
    if (!unit)
        ctx.fail(QCoreApplication::translate("Cli", "There is no unit with code \"%1\". Check the code in the unit "
                                                    "list of the office database.")
                     .arg(code));
    return unit;
}

std::optional<PositionMatch> positionOption(Context &ctx, const QSqlDatabase &db, const QString &text) {
    auto position = matchPosition(db, text);
    if (!position)
        ctx.fail(QCoreApplication::translate("Cli", "No position has the code or name \"%1\".").arg(text));
    return position;
}

int workload(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Show need, staff in post, gap, EJ and grade, and the retirement outlook, as the workload dashboard "
               "does."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("unit"),
                      QCoreApplication::translate("Cli", "The unit to show with its sub-units (unit code; default: "
                                                         "the whole office)."),
                      QCoreApplication::translate("Cli", "code")});
    parser.addOption({QStringLiteral("by"),
                      QCoreApplication::translate("Cli", "Rows per sub-unit, per position or per region "
                                                         "(unit|position|region, default unit)."),
                      QCoreApplication::translate("Cli", "grouping")});
    parser.addOption({QStringLiteral("family"),
                      QCoreApplication::translate("Cli", "Only positions of this family (rumpun), e.g. Pendidikan."),
                      QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("teachers"), QCoreApplication::translate("Cli", "Only teacher positions.")});
    parser.addOption({QStringLiteral("outlook"),
                      QCoreApplication::translate("Cli", "With --csv: print the retirement outlook instead of the "
                                                         "rows.")});
    addFormatOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (!checkFormat(ctx, parser))
        return UsageError;
    const auto grouping = workloadexport::groupingFromCode(
        parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : QStringLiteral("unit"));
    if (!grouping)
        return ctx.fail(QCoreApplication::translate("Cli", "--by must be unit, position or region, not \"%1\".")
                            .arg(parser.value(QStringLiteral("by"))),
                        UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    qint64 unitId = 0;
    if (parser.isSet(QStringLiteral("unit"))) {
        const auto unit = unitOption(ctx, c, parser.value(QStringLiteral("unit")));
        if (!unit)
            return BadInput;
        unitId = unit->id;
    }
    auto snapshot = WorkloadEngine::compute(c, Clock::today());
    if (!snapshot)
        return ctx.fail(snapshot.error());
    WorkloadFilter filter;
    filter.positionFamily = parser.value(QStringLiteral("family"));
    filter.teachersOnly = parser.isSet(QStringLiteral("teachers"));
    const WorkloadSummary summary = snapshot->summarize(unitId, *grouping, filter);

    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(workloadexport::toJson(summary)).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(QStringLiteral("csv"))) {
        out << output::toCsv(parser.isSet(QStringLiteral("outlook")) ? workloadexport::outlookTable(summary)
                                                                      : workloadexport::breakdownTable(summary));
    } else {
        const QString scope = summary.unitId ? QStringLiteral("%1 (%2)").arg(summary.unitName, summary.unitCode)
                                             : QCoreApplication::translate("Cli", "the whole office");
        out << QCoreApplication::translate("Cli", "Workload of %1 on %2 (WKE %3 hours a year)")
                   .arg(scope, indonesian::longDate(summary.today), indonesian::decimal(summary.wkeHours, 0))
            << "\n\n"
            << output::toAligned(workloadexport::breakdownTable(summary)) << '\n'
            << QCoreApplication::translate("Cli", "Grades of the rows above:") << '\n'
            << output::toAligned(workloadexport::gradeTable(summary)) << '\n'
            << QCoreApplication::translate("Cli", "Retirement outlook if nobody is hired or moved:") << '\n'
            << output::toAligned(workloadexport::outlookTable(summary));
    }
    out.flush();
    return Success;
}

void printProblems(Context &ctx, const Problems &problems) {
    for (const Problem &p : problems)
        ctx.err() << (p.isError() ? QCoreApplication::translate("Cli", "error: %1")
                                  : QCoreApplication::translate("Cli", "warning: %1"))
                         .arg(p.message)
                  << '\n';
    ctx.err().flush();
}

int importAbk(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Import an ABK sheet (xlsx or CSV with the columns kode_unit, kode_jabatan, tahun, uraian_tugas, "
               "hasil_kerja, volume, satuan_periode, norma_waktu). The tasks of each unit, position and year in the "
               "sheet replace the stored ones and give the position's need. A sheet with errors changes nothing."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("Cli", "Check the sheet and show what it would do, without "
                                                         "saving.")});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The ABK sheet."));
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("Cli", "Name one ABK file to import."), UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    const double wke = WorkloadSettings::load(c).wkeHours;
    auto plan = AbkImport::prepare(c, parser.positionalArguments().first(), wke);
    if (!plan)
        return ctx.fail(plan.error());
    printProblems(ctx, plan->problems);
    if (!plan->canApply())
        return ctx.fail(QCoreApplication::translate("Cli", "Nothing was imported: correct the rows named above and "
                                                           "run the import again."));
    TextTable table;
    table.keys = QStringList{QStringLiteral("unit"), QStringLiteral("position"), QStringLiteral("year"),
                             QStringLiteral("tasks"), QStringLiteral("hours"), QStringLiteral("need")};
    table.headers = QStringList{QCoreApplication::translate("Cli", "Unit"), QCoreApplication::translate("Cli", "Position"),
                                QCoreApplication::translate("Cli", "Year"), QCoreApplication::translate("Cli", "Tasks"),
                                QCoreApplication::translate("Cli", "Hours a year"),
                                QCoreApplication::translate("Cli", "Need")};
    for (const AbkImportGroup &g : plan->groups)
        table.rows << QStringList{g.unitCode, g.positionName, QString::number(g.year), QString::number(g.tasks.size()),
                                  workloadexport::number2(g.workloadMinutes / 60.0), workloadexport::number2(g.need)};
    ctx.out() << output::toAligned(table);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        ctx.out() << QCoreApplication::translate("Cli", "Checked %n row(s); nothing saved (--dry-run).", "",
                                                 plan->rowsRead)
                  << Qt::endl;
        return Success;
    }
    if (Status s = AbkImport::apply(c, *plan, wke); !s)
        return ctx.fail(s.error());
    ctx.out() << QCoreApplication::translate("Cli", "Imported %n ABK task(s).", "", plan->taskCount()) << '\n'
              << QCoreApplication::translate("Cli", "Needs written for %n post(s).", "", int(plan->groups.size()))
              << Qt::endl;
    return Success;
}

int abk(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "List the ABK tasks of a position in a unit with their yearly workload and the need they give."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("Cli", "Unit code."),
                      QCoreApplication::translate("Cli", "code")});
    parser.addOption({QStringLiteral("position"), QCoreApplication::translate("Cli", "Position code or name."),
                      QCoreApplication::translate("Cli", "position")});
    parser.addOption({QStringLiteral("year"), QCoreApplication::translate("Cli", "ABK year (default: the latest)."),
                      QCoreApplication::translate("Cli", "year")});
    addFormatOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (!checkFormat(ctx, parser))
        return UsageError;
    if (!parser.isSet(QStringLiteral("unit")) || !parser.isSet(QStringLiteral("position")))
        return ctx.fail(QCoreApplication::translate("Cli", "Give both --unit and --position."), UsageError);
    int year = 0;
    if (!ctx.intOption(parser, QStringLiteral("year"), 2000, 2100, year))
        return UsageError;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    const auto unit = unitOption(ctx, c, parser.value(QStringLiteral("unit")));
    if (!unit)
        return BadInput;
    const auto position = positionOption(ctx, c, parser.value(QStringLiteral("position")));
    if (!position)
        return BadInput;
    AbkRepository repository(c);
    if (year == 0)
        year = repository.latestYear(unit->id, position->id).value_or(0);
    const QList<AbkTask> tasks = year ? repository.tasks(unit->id, position->id, year) : QList<AbkTask>();
    const double wke = WorkloadSettings::load(c).wkeHours;
    TextTable table;
    table.keys = QStringList{QStringLiteral("task"), QStringLiteral("output"), QStringLiteral("volume"),
                             QStringLiteral("period"), QStringLiteral("minutes"), QStringLiteral("yearly_minutes")};
    table.headers = QStringList{QCoreApplication::translate("Cli", "Task"), QCoreApplication::translate("Cli", "Output"),
                                QCoreApplication::translate("Cli", "Volume"),
                                QCoreApplication::translate("Cli", "Period"),
                                QCoreApplication::translate("Cli", "Minutes each"),
                                QCoreApplication::translate("Cli", "Minutes a year")};
    for (const AbkTask &t : tasks)
        table.rows << QStringList{t.description, t.output, workloadexport::number2(t.volume), abk::periodCode(t.period),
                                  workloadexport::number2(t.standardMinutes),
                                  workloadexport::number2(abk::yearlyMinutes(t))};
    const double minutes = abk::workloadMinutes(tasks);
    const double need = abk::requiredStaff(minutes, wke);
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (parser.isSet(QStringLiteral("csv"))) {
        out << output::toCsv(table);
    } else if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("unit"), unit->code},
                                         {QStringLiteral("position"), position->name},
                                         {QStringLiteral("year"), year},
                                         {QStringLiteral("wke_hours"), wke},
                                         {QStringLiteral("workload_minutes"), minutes},
                                         {QStringLiteral("need"), need},
                                         {QStringLiteral("tasks"), QJsonDocument::fromJson(output::toJson(table)).array()}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << QCoreApplication::translate("Cli", "ABK %1 of %2 in %3").arg(year).arg(position->name, unit->name) << "\n\n"
            << output::toAligned(table) << '\n'
            << QCoreApplication::translate("Cli", "Workload %1 hours a year / WKE %2 hours = need %3")
                   .arg(workloadexport::number2(minutes / 60.0), workloadexport::number2(wke),
                        workloadexport::number2(need))
            << '\n';
    }
    out.flush();
    return Success;
}

int need(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Show or set the staffing need of a position in a unit. --set enters the need directly (an approved "
               "formasi) instead of from ABK tasks or the teacher rules."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("Cli", "Unit code."),
                      QCoreApplication::translate("Cli", "code")});
    parser.addOption({QStringLiteral("position"), QCoreApplication::translate("Cli", "Position code or name."),
                      QCoreApplication::translate("Cli", "position")});
    parser.addOption({QStringLiteral("set"), QCoreApplication::translate("Cli", "The need to enter, e.g. 3 or 2.5."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("clear"), QCoreApplication::translate("Cli", "Remove the need.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (!parser.isSet(QStringLiteral("unit")) || !parser.isSet(QStringLiteral("position")))
        return ctx.fail(QCoreApplication::translate("Cli", "Give both --unit and --position."), UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    const auto unit = unitOption(ctx, c, parser.value(QStringLiteral("unit")));
    if (!unit)
        return BadInput;
    const auto position = positionOption(ctx, c, parser.value(QStringLiteral("position")));
    if (!position)
        return BadInput;
    StaffingNeedRepository needs(c);
    if (parser.isSet(QStringLiteral("set"))) {
        const auto value = AbkImport::parseNumber(parser.value(QStringLiteral("set")));
        if (!value || *value < 0 || *value > 100000)
            return ctx.fail(QCoreApplication::translate("Cli", "--set must be a number of zero or more, not \"%1\".")
                                .arg(parser.value(QStringLiteral("set"))),
                            UsageError);
        if (Status s = needs.set({unit->id, position->id, *value, StaffingNeedRepository::sourceDirect(), {}}); !s)
            return ctx.fail(s.error());
        ChangeBus::notify(QStringLiteral("staffing_need"));
    } else if (parser.isSet(QStringLiteral("clear"))) {
        if (Status s = needs.remove(unit->id, position->id); !s)
            return ctx.fail(s.error());
        ChangeBus::notify(QStringLiteral("staffing_need"));
    }
    const auto current = needs.find(unit->id, position->id);
    if (!current)
        ctx.out() << QCoreApplication::translate("Cli", "%1 in %2: no need recorded.").arg(position->name, unit->name)
                  << Qt::endl;
    else
        ctx.out() << QCoreApplication::translate("Cli", "%1 in %2: need %3 (source %4).")
                         .arg(position->name, unit->name, workloadexport::number2(current->need), current->source)
                  << Qt::endl;
    return Success;
}

} // namespace

QList<Command> workloadCommands() {
    return {
        {QStringLiteral("workload"), QCoreApplication::translate("Cli", "Show the workload figures."), workload},
        {QStringLiteral("import-abk"), QCoreApplication::translate("Cli", "Import an ABK sheet."), importAbk},
        {QStringLiteral("abk"), QCoreApplication::translate("Cli", "List the ABK tasks of a position."), abk},
        {QStringLiteral("need"), QCoreApplication::translate("Cli", "Show or enter a staffing need."), need},
    };
}

} // namespace imbang::cli
