// imbang-cli init, stats, employees and demo: the records commands of the foundation.
#include "clicontext.h"
#include "tableoutput.h"

#include "access/exportlog.h"

#include "demo/demogenerator.h"
#include "records/employeelist.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/databaselocation.h"
#include "storage/officeinfo.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace imbang::cli {
namespace {

// --db, or the default office database for commands that create a file.
QString pathOption(const QCommandLineParser &parser) {
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
}

int init(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Create an empty office database."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("office"), QCoreApplication::translate("Cli", "Name of the office."),
                      QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("region"), QCoreApplication::translate("Cli", "Region of the office."),
                      QCoreApplication::translate("Cli", "name")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    const QString path = pathOption(parser);
    OpenResult result = Database::create(path);
    if (!result)
        return ctx.fail(result.message);
    OfficeInfo office;
    office.name = parser.value(QStringLiteral("office"));
    office.region = parser.value(QStringLiteral("region"));
    if (Status s = office.save(result.database->connection()); !s)
        return ctx.fail(s.error());
    ctx.out() << QCoreApplication::translate("Cli", "Created %1 (schema version %2).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(result.database->schemaVersion())
              << Qt::endl;
    return Success;
}

int stats(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Count units, positions and employees, and show the schema version."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    const EmployeeCounts employees = EmployeeRepository(c).counts();
    const OfficeInfo office = OfficeInfo::load(c);
    const int units = UnitRepository(c).count();
    const int positions = PositionRepository(c).count();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object{{QStringLiteral("office"), office.name},
                                 {QStringLiteral("region"), office.region},
                                 {QStringLiteral("schema_version"), db->schemaVersion()},
                                 {QStringLiteral("units"), units},
                                 {QStringLiteral("positions"), positions},
                                 {QStringLiteral("employees_active"), employees.active},
                                 {QStringLiteral("employees_inactive"), employees.inactive}};
        ctx.out() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
        return Success;
    }
    ctx.out() << QCoreApplication::translate("Cli", "Office: %1").arg(office.name) << '\n'
              << QCoreApplication::translate("Cli", "Schema version: %1").arg(db->schemaVersion()) << '\n'
              << QCoreApplication::translate("Cli", "Units: %1").arg(units) << '\n'
              << QCoreApplication::translate("Cli", "Positions: %1").arg(positions) << '\n'
              << QCoreApplication::translate("Cli", "Active employees: %1").arg(employees.active) << '\n'
              << QCoreApplication::translate("Cli", "Inactive employees: %1").arg(employees.inactive) << Qt::endl;
    return Success;
}

int employees(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "List employees with their fields."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("unit"),
                      QCoreApplication::translate("Cli", "Only this unit and its sub-units (unit code)."),
                      QCoreApplication::translate("Cli", "code")});
    parser.addOption({QStringLiteral("search"), QCoreApplication::translate("Cli", "Words in the name or NIP."),
                      QCoreApplication::translate("Cli", "text")});
    parser.addOption({QStringLiteral("inactive"), QCoreApplication::translate("Cli", "Include inactive employees.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "Print CSV.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return ctx.fail(QCoreApplication::translate("Cli", "Choose either --json or --csv, not both."), UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    EmployeeFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    filter.includeInactive = parser.isSet(QStringLiteral("inactive"));
    if (parser.isSet(QStringLiteral("unit"))) {
        const auto unit = UnitRepository(db->connection()).byCode(parser.value(QStringLiteral("unit")));
        if (!unit)
            return ctx.fail(QCoreApplication::translate("Cli", "There is no unit with code \"%1\". "
                                                               "\"imbang-cli units\" lists the codes.")
                                .arg(parser.value(QStringLiteral("unit"))));
        filter.unitId = unit->id;
    }
    const TextTable table = employeeList(db->connection(), filter, Clock::today());
    const bool machineReadable = parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("csv"));
    deliverTable(ctx, parser, table, {});
    // JSON and CSV are made to be stored or passed on: an export of personal data, on the record.
    if (machineReadable)
        Q_UNUSED(exportlog::record(db->connection(), QStringLiteral("employee-list"), QStringLiteral("-"),
                                   int(table.rows.size())))
    return Success;
}

int demo(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Create a database filled with fictional Jambi-like demo data."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("employees"),
                      QCoreApplication::translate("Cli", "Number of employees (default 5000)."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 1)."),
                      QCoreApplication::translate("Cli", "S")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    DemoOptions options;
    int seed = 1;
    if (!ctx.intOption(parser, QStringLiteral("employees"), 0, 2'000'000, options.employees) ||
        !ctx.intOption(parser, QStringLiteral("seed"), 0, 2'000'000'000, seed))
        return UsageError;
    options.seed = quint64(seed);
    const QString path = pathOption(parser);
    OpenResult result = Database::create(path);
    if (!result)
        return ctx.fail(result.message);
    auto summary = DemoGenerator::generate(result.database->connection(), options);
    if (!summary) {
        result.database.reset();
        QFile::remove(path);
        return ctx.fail(summary.error());
    }
    ctx.out() << QCoreApplication::translate("Cli", "Demo database %1: %2 units, %3 positions, %4 employees.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(summary->units)
                     .arg(summary->positions)
                     .arg(summary->employees)
              << Qt::endl;
    return Success;
}

} // namespace

QList<Command> recordCommands() {
    return {
        {QStringLiteral("init"), QCoreApplication::translate("Cli", "Create an empty office database."), init},
        {QStringLiteral("stats"), QCoreApplication::translate("Cli", "Count units, positions and employees."), stats},
        {QStringLiteral("employees"), QCoreApplication::translate("Cli", "List employees."), employees},
        {QStringLiteral("demo"), QCoreApplication::translate("Cli", "Create a demo database."), demo},
    };
}

} // namespace imbang::cli
