// imbang-cli plan, hold and move-request: the rebalancing planner from the command line, through the same
// core calls as the "Perencana" page.
#include "clicontext.h"

#include "planner/planacceptor.h"
#include "planner/planexport.h"
#include "planner/plannerholdrepository.h"
#include "planner/rebalanceplanner.h"
#include "planner/transferrequestrepository.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "util/indonesianformat.h"
#include "workload/positionmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace imbang::cli {
namespace {

std::optional<Employee> employeeByNip(Context &ctx, const QSqlDatabase &db, const QString &nip) {
    QString digits = nip;
    digits.remove(QLatin1Char(' '));
    auto e = EmployeeRepository(db).byNip(digits);
    if (!e)
        ctx.fail(QCoreApplication::translate("Cli", "No employee has the NIP %1. Check the number (18 digits).")
                     .arg(nip));
    return e;
}

std::optional<Unit> unitByCode(Context &ctx, const QSqlDatabase &db, const QString &code) {
    auto unit = UnitRepository(db).byCode(code.trimmed());
    if (!unit)
        ctx.fail(QCoreApplication::translate("Cli", "There is no unit with code \"%1\". Check the code in the unit "
                                                    "list of the office database.")
                     .arg(code));
    return unit;
}

int plan(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Propose transfers from posts with a surplus to posts with a shortage: as much shortage covered as "
               "possible, then the shortest moves. Prints every move with the reason and the totals; with --accept "
               "the moves become draft transfer proposals."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("scope"),
                      QCoreApplication::translate("Cli", "A unit code (the unit with its sub-units) or a "
                                                         "kabupaten/kota name (default: everything)."),
                      QCoreApplication::translate("Cli", "code-or-region")});
    parser.addOption({QStringLiteral("family"),
                      QCoreApplication::translate("Cli", "Only positions of this family (rumpun); may be repeated."),
                      QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("max-moves"),
                      QCoreApplication::translate("Cli", "At most this many moves (0: no limit; default: the "
                                                         "setting)."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("max-km"),
                      QCoreApplication::translate("Cli", "No move longer than this many km by road (default: the "
                                                         "setting)."),
                      QCoreApplication::translate("Cli", "K")});
    parser.addOption({QStringLiteral("tmt"),
                      QCoreApplication::translate("Cli", "The date the moves take effect, YYYY-MM-DD (default: "
                                                         "today)."),
                      QCoreApplication::translate("Cli", "date")});
    parser.addOption({QStringLiteral("exclude"),
                      QCoreApplication::translate("Cli", "Never move this employee (NIP); may be repeated."),
                      QCoreApplication::translate("Cli", "NIP")});
    parser.addOption({QStringLiteral("exclude-unit"),
                      QCoreApplication::translate("Cli", "Leave this unit and its sub-units out (code); may be "
                                                         "repeated."),
                      QCoreApplication::translate("Cli", "code")});
    parser.addOption({QStringLiteral("pin"),
                      QCoreApplication::translate("Cli", "Fix a move: NIP=UNIT_CODE (same position) or "
                                                         "NIP=UNIT_CODE:POSITION; may be repeated."),
                      QCoreApplication::translate("Cli", "move")});
    parser.addOption({QStringLiteral("accept"),
                      QCoreApplication::translate("Cli", "Create draft transfer proposals for all the moves.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("Cli", "Print CSV.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return ctx.fail(QCoreApplication::translate("Cli", "Choose either --json or --csv, not both."), UsageError);
    PlanRequest request;
    if (parser.isSet(QStringLiteral("max-moves"))) {
        int n = 0;
        if (!ctx.intOption(parser, QStringLiteral("max-moves"), 0, 1000000, n))
            return UsageError;
        request.maxMoves = n;
    }
    if (parser.isSet(QStringLiteral("max-km"))) {
        bool ok = false;
        const double km = parser.value(QStringLiteral("max-km")).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || km < 0)
            return ctx.fail(QCoreApplication::translate("Cli", "--max-km needs a number of kilometres, e.g. 80, not "
                                                               "\"%1\".")
                                .arg(parser.value(QStringLiteral("max-km"))),
                            UsageError);
        request.maxKm = km;
    }
    if (parser.isSet(QStringLiteral("tmt"))) {
        request.tmt = QDate::fromString(parser.value(QStringLiteral("tmt")).trimmed(), Qt::ISODate);
        if (!request.tmt.isValid())
            return ctx.fail(QCoreApplication::translate("Cli", "--tmt needs a date written YYYY-MM-DD, e.g. "
                                                               "2027-01-01."),
                            UsageError);
    }
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    if (parser.isSet(QStringLiteral("scope"))) {
        const QString scope = parser.value(QStringLiteral("scope")).trimmed();
        if (auto unit = UnitRepository(c).byCode(scope)) {
            request.unitId = unit->id;
        } else {
            auto q = sql::run(c, QStringLiteral("SELECT 1 FROM unit WHERE lower(region) = lower(?) LIMIT 1"), {scope});
            if (!q || !q->next())
                return ctx.fail(QCoreApplication::translate("Cli", "\"%1\" is neither a unit code nor a "
                                                                   "kabupaten/kota of the unit list.")
                                    .arg(scope));
            request.region = scope;
        }
    }
    request.families = parser.values(QStringLiteral("family"));
    for (const QString &nip : parser.values(QStringLiteral("exclude"))) {
        const auto e = employeeByNip(ctx, c, nip);
        if (!e)
            return BadInput;
        request.excludedEmployees.insert(e->id);
    }
    for (const QString &unitCode : parser.values(QStringLiteral("exclude-unit"))) {
        const auto u = unitByCode(ctx, c, unitCode);
        if (!u)
            return BadInput;
        request.excludedUnits.insert(u->id);
    }
    for (const QString &pin : parser.values(QStringLiteral("pin"))) {
        const qsizetype eq = pin.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(QCoreApplication::translate("Cli", "--pin needs NIP=UNIT_CODE or NIP=UNIT_CODE:POSITION, "
                                                               "not \"%1\".")
                                .arg(pin),
                            UsageError);
        const auto e = employeeByNip(ctx, c, pin.left(eq));
        if (!e)
            return BadInput;
        const QString target = pin.mid(eq + 1);
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        const auto u = unitByCode(ctx, c, colon < 0 ? target : target.left(colon));
        if (!u)
            return BadInput;
        qint64 positionId = e->positionId;
        if (colon >= 0) {
            const auto p = matchPosition(c, target.mid(colon + 1));
            if (!p)
                return ctx.fail(QCoreApplication::translate("Cli", "No position has the code or name \"%1\".")
                                    .arg(target.mid(colon + 1)));
            positionId = p->id;
        }
        request.pinned << PinnedMove{e->id, u->id, positionId};
    }

    Expected<PlanResult> result = RebalancePlanner::plan(c, request);
    if (!result)
        return ctx.fail(result.error());
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(planexport::toJson(*result)).toJson(QJsonDocument::Indented);
    else if (parser.isSet(QStringLiteral("csv")))
        out << output::toCsv(planexport::movesTable(*result));
    else
        out << output::toAligned(planexport::movesTable(*result)) << '\n'
            << output::toAligned(planexport::totalsTable(*result));
    for (const QString &note : std::as_const(result->notes))
        ctx.err() << note << '\n';
    out.flush();
    if (parser.isSet(QStringLiteral("accept"))) {
        const QDate tmt = request.tmt.isValid() ? request.tmt : Clock::today();
        auto accepted = PlanAcceptor::createDrafts(c, result->moves, tmt);
        if (!accepted)
            return ctx.fail(accepted.error());
        ctx.err() << QCoreApplication::translate("Cli", "Created %n draft transfer(s).", "", accepted->transfers)
                  << '\n';
        ctx.err().flush();
    }
    return Success;
}

int hold(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Mark an employee \"do not move\" for the planner, with the reason (health, a spouse's posting, "
               "...); release the mark; or list the marked people."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why the person must not be moved."),
                      QCoreApplication::translate("Cli", "text")});
    parser.addOption({QStringLiteral("release"), QCoreApplication::translate("Cli", "Remove the mark.")});
    parser.addOption({QStringLiteral("list"), QCoreApplication::translate("Cli", "List the marked people.")});
    parser.addPositionalArgument(QStringLiteral("nip"), QCoreApplication::translate("Cli", "The employee's NIP."));
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    PlannerHoldRepository holds(c);
    if (parser.isSet(QStringLiteral("list"))) {
        TextTable t;
        t.keys = QStringList{QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("reason"),
                             QStringLiteral("recorded")};
        t.headers = QStringList{QCoreApplication::translate("Cli", "NIP"), QCoreApplication::translate("Cli", "Name"),
                                QCoreApplication::translate("Cli", "Reason"),
                                QCoreApplication::translate("Cli", "Recorded")};
        const EmployeeRepository employees(c);
        for (const PlannerHold &h : holds.all()) {
            const auto e = employees.byId(h.employeeId);
            t.rows << QStringList{e ? e->nip : QString(), e ? e->fullName() : QString(), h.reason,
                                  indonesian::longDate(h.recordedAt.date())};
        }
        ctx.out() << output::toAligned(t);
        ctx.out().flush();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("Cli", "Name one employee by NIP."), UsageError);
    const auto e = employeeByNip(ctx, c, parser.positionalArguments().first());
    if (!e)
        return BadInput;
    const Status s = parser.isSet(QStringLiteral("release")) ? holds.release(e->id)
                                                             : holds.hold(e->id, parser.value(QStringLiteral("reason")));
    if (!s)
        return ctx.fail(s.error());
    return Success;
}

int moveRequest(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Record an employee's own request to move to a kabupaten/kota, which the planner honours first where "
               "it fits; remove it; or list the requests."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("region"), QCoreApplication::translate("Cli", "The kabupaten/kota asked for."),
                      QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("note"), QCoreApplication::translate("Cli", "A note, e.g. the letter's number."),
                      QCoreApplication::translate("Cli", "text")});
    parser.addOption({QStringLiteral("remove"), QCoreApplication::translate("Cli", "Remove the request.")});
    parser.addOption({QStringLiteral("list"), QCoreApplication::translate("Cli", "List the requests.")});
    parser.addPositionalArgument(QStringLiteral("nip"), QCoreApplication::translate("Cli", "The employee's NIP."));
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    TransferRequestRepository requests(c);
    if (parser.isSet(QStringLiteral("list"))) {
        TextTable t;
        t.keys = QStringList{QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("region"),
                             QStringLiteral("note"), QStringLiteral("requested")};
        t.headers = QStringList{QCoreApplication::translate("Cli", "NIP"), QCoreApplication::translate("Cli", "Name"),
                                QCoreApplication::translate("Cli", "Region"), QCoreApplication::translate("Cli", "Note"),
                                QCoreApplication::translate("Cli", "Requested")};
        const EmployeeRepository employees(c);
        for (const TransferRequest &r : requests.all()) {
            const auto e = employees.byId(r.employeeId);
            t.rows << QStringList{e ? e->nip : QString(), e ? e->fullName() : QString(), r.region, r.note,
                                  indonesian::longDate(r.requestedOn)};
        }
        ctx.out() << output::toAligned(t);
        ctx.out().flush();
        return Success;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("region")))
        return ctx.fail(QCoreApplication::translate("Cli", "Name one employee by NIP and the region with --region."),
                        UsageError);
    const auto e = employeeByNip(ctx, c, parser.positionalArguments().first());
    if (!e)
        return BadInput;
    const QString region = parser.value(QStringLiteral("region"));
    const Status s = parser.isSet(QStringLiteral("remove"))
                         ? requests.remove(e->id, region)
                         : requests.add(e->id, region, parser.value(QStringLiteral("note")));
    if (!s)
        return ctx.fail(s.error());
    return Success;
}

} // namespace

QList<Command> plannerCommands() {
    return {
        {QStringLiteral("plan"), QCoreApplication::translate("Cli", "Propose transfers that even out the workload."),
         plan},
        {QStringLiteral("hold"), QCoreApplication::translate("Cli", "Mark or release \"do not move\"."), hold},
        {QStringLiteral("move-request"), QCoreApplication::translate("Cli", "Record an employee's own transfer request."),
         moveRequest},
    };
}

} // namespace imbang::cli
