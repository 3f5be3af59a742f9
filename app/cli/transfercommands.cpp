// imbang-cli transfers and transfer
// <propose|check|advance|execute|justify|tick|untick|show|timeline|minimum>: the transfer (mutasi) workflow
// from the command line, through the same core calls as the GUI, so the whole workflow can be scripted.
#include "audit/actor.h"
#include "clicontext.h"
#include "tableoutput.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "transfers/documentchecklist.h"
#include "transfers/effectpreview.h"
#include "transfers/rulefactsloader.h"
#include "transfers/staffingminimumrepository.h"
#include "transfers/transferexecutor.h"
#include "transfers/transferproposal.h"
#include "transfers/transferregister.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "util/clock.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imbang::cli {
namespace {

// Dates as officers type them: 2026-02-01 or 01-02-2026.
QDate parseDate(const QString &text) {
    QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text.trimmed(), QStringLiteral("dd-MM-yyyy"));
    return d;
}

bool dateOption(Context &ctx, const QCommandLineParser &parser, const QString &name, QDate &value) {
    if (!parser.isSet(name))
        return true;
    value = parseDate(parser.value(name));
    if (value.isValid())
        return true;
    ctx.err() << QCoreApplication::translate("TransferCli",
                                             "--%1 must be a date like 2026-02-01 or 01-02-2026, not "
                                             "\"%2\".")
                     .arg(name, parser.value(name))
              << Qt::endl;
    return false;
}

void addOperatorOption(QCommandLineParser &parser) {
    parser.addOption(
        {QStringLiteral("operator"),
         QCoreApplication::translate("TransferCli", "Who acts, for the audit trail (default: the operator "
                                                    "name in the settings)."),
         QCoreApplication::translate("TransferCli", "name")});
}

// Who acts: --operator, else the operator name of the office settings, else the system user.
void setActor(const QCommandLineParser &parser, const QSqlDatabase &db) {
    const QString name = parser.isSet(QStringLiteral("operator"))
                             ? parser.value(QStringLiteral("operator"))
                             : Settings(db).get(settingkeys::operatorName);
    if (!name.trimmed().isEmpty())
        actor::setCurrent(name);
}

std::optional<Transfer> findTransfer(Context &ctx, const QSqlDatabase &db, const QString &text) {
    std::optional<Transfer> t = TransferRepository(db).find(text);
    if (!t)
        ctx.err() << QCoreApplication::translate("TransferCli",
                                                 "There is no transfer \"%1\". \"imbang-cli transfers\" "
                                                 "lists them with their numbers.")
                         .arg(text)
                  << Qt::endl;
    return t;
}

QString severityTag(RuleSeverity s) {
    return QStringLiteral("[%1]").arg(RuleResult::severityName(s));
}

void printChecks(QTextStream &out, const QList<ProposalCheck> &checks) {
    for (const ProposalCheck &c : checks) {
        out << QCoreApplication::translate("TransferCli", "%1 (NIP %2): %3")
                   .arg(c.employeeName, c.nip, transfercodes::displayName(c.kind))
            << '\n';
        for (const RuleResult &r : c.results)
            out << "  " << severityTag(r.severity) << ' ' << r.rule << ": " << r.message << '\n';
        if (!c.unjustified.isEmpty())
            out << "  "
                << QCoreApplication::translate("TransferCli",
                                               "Warnings without justification: %1 (give them with "
                                               "--justify RULE=TEXT)")
                       .arg(c.unjustified.join(QStringLiteral(", ")))
                << '\n';
    }
    out.flush();
}

QJsonArray checksJson(const QList<ProposalCheck> &checks) {
    QJsonArray array;
    for (const ProposalCheck &c : checks)
        array.append(QJsonObject{{QStringLiteral("nip"), c.nip},
                                 {QStringLiteral("name"), c.employeeName},
                                 {QStringLiteral("kind"), transfercodes::toCode(c.kind)},
                                 {QStringLiteral("blocked"), c.blocked()},
                                 {QStringLiteral("unjustified"), QJsonArray::fromStringList(c.unjustified)},
                                 {QStringLiteral("rules"), TransferRules::toJson(c.results)}});
    return array;
}

// --- transfers -----------------------------------------------------------------------------------

int transfers(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TransferCli", "List the transfer register, or the in/out flows per unit."));
    Context::addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("status"),
         QCoreApplication::translate("TransferCli", "Only this status (DRAFT, DIUSULKAN, DIVERIFIKASI, "
                                                    "DISETUJUI, SK_TERBIT, SELESAI, DITOLAK, DIBATALKAN); "
                                                    "repeat or separate with commas for several."),
         QCoreApplication::translate("TransferCli", "status")});
    parser.addOption(
        {QStringLiteral("kind"),
         QCoreApplication::translate("TransferCli", "Only this kind (DALAM_INSTANSI, ANTAR_INSTANSI, "
                                                    "ANTAR_KABKOTA, ANTAR_PROVINSI, PUSAT_DAERAH)."),
         QCoreApplication::translate("TransferCli", "kind")});
    parser.addOption(
        {QStringLiteral("unit"),
         QCoreApplication::translate("TransferCli", "Only transfers from or to this unit and its "
                                                    "sub-units (unit code)."),
         QCoreApplication::translate("TransferCli", "code")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("TransferCli", "TMT on or after this date."),
                      QCoreApplication::translate("TransferCli", "date")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("TransferCli", "TMT on or before this date."),
                      QCoreApplication::translate("TransferCli", "date")});
    parser.addOption(
        {QStringLiteral("search"),
         QCoreApplication::translate("TransferCli", "Words in the name or NIP, or the transfer number."),
         QCoreApplication::translate("TransferCli", "text")});
    parser.addOption(
        {QStringLiteral("flows"),
         QCoreApplication::translate("TransferCli", "Show moves in and out per unit for the period "
                                                    "instead of the register.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("TransferCli", "Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("TransferCli", "Print CSV.")});
    parser.addOption({QStringLiteral("xlsx"),
                      QCoreApplication::translate("TransferCli", "Write an xlsx file."),
                      QCoreApplication::translate("TransferCli", "file")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    TransferFilter filter;
    for (const QString &value : parser.values(QStringLiteral("status")))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = transfercodes::statusFromText(part);
            if (!status)
                return ctx.fail(
                    QCoreApplication::translate("TransferCli", "Unknown status \"%1\". Use one of: %2.")
                        .arg(part, QStringLiteral("DRAFT, DIUSULKAN, DIVERIFIKASI, DISETUJUI, SK_TERBIT, "
                                                  "SELESAI, DITOLAK, DIBATALKAN")),
                    UsageError);
            filter.statuses << *status;
        }
    if (parser.isSet(QStringLiteral("kind"))) {
        filter.kind = transfercodes::kindFromText(parser.value(QStringLiteral("kind")));
        if (!filter.kind)
            return ctx.fail(
                QCoreApplication::translate("TransferCli", "Unknown kind \"%1\". Use one of: %2.")
                    .arg(parser.value(QStringLiteral("kind")),
                         QStringLiteral("DALAM_INSTANSI, ANTAR_INSTANSI, ANTAR_KABKOTA, ANTAR_PROVINSI, "
                                        "PUSAT_DAERAH")),
                UsageError);
    }
    if (parser.isSet(QStringLiteral("unit"))) {
        const auto unit = UnitRepository(c).byCode(parser.value(QStringLiteral("unit")));
        if (!unit)
            return ctx.fail(QCoreApplication::translate("TransferCli", "There is no unit with code \"%1\".")
                                .arg(parser.value(QStringLiteral("unit"))));
        filter.unitId = unit->id;
    }
    if (!dateOption(ctx, parser, QStringLiteral("from"), filter.from) ||
        !dateOption(ctx, parser, QStringLiteral("to"), filter.to))
        return UsageError;
    filter.search = parser.value(QStringLiteral("search"));

    const TransferRegister reg(c);
    const TextTable table =
        parser.isSet(QStringLiteral("flows"))
            ? TransferRegister::flowTable(reg.flows(filter.from, filter.to, filter.unitId))
            : TransferRegister::table(reg.rows(filter));
    const bool flows = parser.isSet(QStringLiteral("flows"));
    return deliverTable(ctx, parser, table,
                        {c,
                         flows ? QCoreApplication::translate("TransferCli", "Transfer flows")
                               : QCoreApplication::translate("TransferCli", "Transfer register"),
                         flows ? QStringLiteral("transfer-flows") : QStringLiteral("transfer-register")});
}

// --- transfer propose / check --------------------------------------------------------------------

int propose(Context &ctx, bool dryRun) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        dryRun ? QCoreApplication::translate("TransferCli",
                                             "Check the transfer rules for a proposal without saving it.")
               : QCoreApplication::translate("TransferCli",
                                             "Propose the transfer of one or more employees to one unit "
                                             "and position. Saves drafts; --submit proposes them at "
                                             "once."));
    Context::addDatabaseOption(parser);
    addOperatorOption(parser);
    parser.addOption(
        {QStringLiteral("nip"),
         QCoreApplication::translate("TransferCli", "The employee's NIP; repeat or separate with commas "
                                                    "for a batch."),
         QStringLiteral("NIP")});
    parser.addOption({QStringLiteral("unit"),
                      QCoreApplication::translate("TransferCli", "Code of the target unit."),
                      QCoreApplication::translate("TransferCli", "code")});
    parser.addOption({QStringLiteral("position"),
                      QCoreApplication::translate("TransferCli", "Name of the target position."),
                      QCoreApplication::translate("TransferCli", "name")});
    parser.addOption({QStringLiteral("tmt"),
                      QCoreApplication::translate("TransferCli", "Date the transfer takes effect."),
                      QCoreApplication::translate("TransferCli", "date")});
    parser.addOption(
        {QStringLiteral("reason"),
         QCoreApplication::translate("TransferCli", "KEBUTUHAN_ORGANISASI (default), PERMINTAAN_SENDIRI, "
                                                    "PENGEMBANGAN_KARIER, DISIPLIN or LAINNYA."),
         QCoreApplication::translate("TransferCli", "reason")});
    parser.addOption({QStringLiteral("notes"),
                      QCoreApplication::translate("TransferCli", "Notes of the proposal."),
                      QCoreApplication::translate("TransferCli", "text")});
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("TransferCli", "Title of a batch proposal."),
                      QCoreApplication::translate("TransferCli", "text")});
    parser.addOption(
        {QStringLiteral("justify"),
         QCoreApplication::translate("TransferCli", "Justification of an overridden warning, for every "
                                                    "employee that has it; repeat for several rules."),
         QStringLiteral("RULE=TEXT")});
    parser.addOption(
        {QStringLiteral("reverses"),
         QCoreApplication::translate("TransferCli", "Number of the completed transfer this one takes "
                                                    "back (the target is then its origin)."),
         QCoreApplication::translate("TransferCli", "number")});
    if (!dryRun)
        parser.addOption({QStringLiteral("submit"),
                          QCoreApplication::translate("TransferCli", "Propose at once (status Diusulkan).")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("TransferCli", "Print JSON.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    setActor(parser, c);

    ProposalRequest request;
    const EmployeeRepository employees(c);
    for (const QString &value : parser.values(QStringLiteral("nip")))
        for (const QString &nip : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto e = employees.byNip(nip.trimmed());
            if (!e)
                return ctx.fail(
                    QCoreApplication::translate("TransferCli", "There is no employee with NIP %1.")
                        .arg(nip.trimmed()));
            request.employeeIds << e->id;
        }
    if (parser.isSet(QStringLiteral("reverses"))) {
        const auto original = findTransfer(ctx, c, parser.value(QStringLiteral("reverses")));
        if (!original)
            return BadInput;
        request.reversesId = original->id;
        if (request.employeeIds.isEmpty())
            request.employeeIds << original->employeeId;
        request.toUnitId = original->fromUnitId;
        request.toPositionId = original->fromPositionId;
    }
    if (parser.isSet(QStringLiteral("unit"))) {
        const auto unit = UnitRepository(c).byCode(parser.value(QStringLiteral("unit")));
        if (!unit)
            return ctx.fail(QCoreApplication::translate("TransferCli", "There is no unit with code \"%1\".")
                                .arg(parser.value(QStringLiteral("unit"))));
        request.toUnitId = unit->id;
    }
    if (parser.isSet(QStringLiteral("position"))) {
        const auto position = PositionRepository(c).byName(parser.value(QStringLiteral("position")));
        if (!position)
            return ctx.fail(QCoreApplication::translate("TransferCli", "There is no position named \"%1\".")
                                .arg(parser.value(QStringLiteral("position"))));
        request.toPositionId = position->id;
    }
    if (!parser.isSet(QStringLiteral("tmt")))
        return ctx.fail(
            QCoreApplication::translate("TransferCli", "Give the TMT with --tmt, e.g. --tmt 2026-02-01."),
            UsageError);
    if (!dateOption(ctx, parser, QStringLiteral("tmt"), request.tmt))
        return UsageError;
    if (parser.isSet(QStringLiteral("reason"))) {
        const auto reason = transfercodes::reasonFromText(parser.value(QStringLiteral("reason")));
        if (!reason)
            return ctx.fail(QCoreApplication::translate("TransferCli", "Unknown reason \"%1\".")
                                .arg(parser.value(QStringLiteral("reason"))),
                            UsageError);
        request.reason = *reason;
    }
    request.notes = parser.value(QStringLiteral("notes"));
    request.batchTitle = parser.value(QStringLiteral("title"));
    for (const QString &j : parser.values(QStringLiteral("justify"))) {
        const qsizetype eq = j.indexOf(QLatin1Char('='));
        if (eq <= 0 || j.mid(eq + 1).trimmed().isEmpty())
            return ctx.fail(QCoreApplication::translate("TransferCli",
                                                        "--justify needs RULE=TEXT, e.g. --justify "
                                                        "\"target_shortage=Sekolah membuka rombel "
                                                        "baru\"; \"%1\" is not.")
                                .arg(j),
                            UsageError);
        request.commonJustifications.insert(j.left(eq).trimmed(), j.mid(eq + 1).trimmed());
    }

    if (const QStringList problems = TransferProposal::validate(c, request); !problems.isEmpty())
        return ctx.fail(problems.join(QLatin1Char('\n')));
    const QList<ProposalCheck> checks = TransferProposal::check(c, request);
    const bool blocked =
        std::any_of(checks.cbegin(), checks.cend(), [](const ProposalCheck &pc) { return pc.blocked(); });
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (dryRun) {
        if (json)
            out << QJsonDocument(checksJson(checks)).toJson(QJsonDocument::Indented);
        else
            printChecks(out, checks);
        out.flush();
        return blocked ? BadInput : Success;
    }
    auto outcome = TransferProposal::create(c, request, parser.isSet(QStringLiteral("submit")));
    if (!json)
        printChecks(out, checks);
    if (!outcome)
        return ctx.fail(outcome.error());
    if (json) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("batch_id"), outcome->batchId},
                               {QStringLiteral("numbers"), QJsonArray::fromStringList(outcome->numbers)},
                               {QStringLiteral("checks"), checksJson(checks)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        const TransferStatus status =
            parser.isSet(QStringLiteral("submit")) ? TransferStatus::Proposed : TransferStatus::Draft;
        out << QCoreApplication::translate("TransferCli", "Saved as \"%1\": %2")
                   .arg(transfercodes::displayName(status), outcome->numbers.join(QStringLiteral(", ")))
            << '\n';
        if (outcome->batchId)
            out << QCoreApplication::translate("TransferCli", "Batch proposal: %1").arg(outcome->batchId)
                << '\n';
    }
    out.flush();
    return Success;
}

// --- transfer advance / execute ------------------------------------------------------------------

void addTargetOptions(QCommandLineParser &parser) {
    parser.addOption(
        {QStringLiteral("id"),
         QCoreApplication::translate("TransferCli", "The transfer (its number, e.g. MUT-2026-0001)."),
         QCoreApplication::translate("TransferCli", "number")});
    parser.addOption(
        {QStringLiteral("batch"),
         QCoreApplication::translate("TransferCli", "Every open transfer of this batch proposal."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("comment"),
                      QCoreApplication::translate("TransferCli", "Comment of the step."),
                      QCoreApplication::translate("TransferCli", "text")});
}

// The transfer id or batch id named by --id / --batch, exactly one of them; an exit code on failure.
int target(Context &ctx, const QCommandLineParser &parser, const QSqlDatabase &db, qint64 &transferId,
           qint64 &batchId) {
    if (parser.isSet(QStringLiteral("id")) == parser.isSet(QStringLiteral("batch")))
        return ctx.fail(QCoreApplication::translate("TransferCli",
                                                    "Name either one transfer with --id or a batch with "
                                                    "--batch."),
                        UsageError);
    if (parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        batchId = parser.value(QStringLiteral("batch")).toLongLong(&ok);
        if (!ok || batchId <= 0)
            return ctx.fail(
                QCoreApplication::translate("TransferCli", "--batch must be the number of a batch proposal."),
                UsageError);
        return Success;
    }
    const auto t = findTransfer(ctx, db, parser.value(QStringLiteral("id")));
    if (!t)
        return BadInput;
    transferId = t->id;
    return Success;
}

int advance(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TransferCli",
        "Move a transfer (or a batch) to the next status of the workflow: DIUSULKAN, DIVERIFIKASI, "
        "DISETUJUI, SK_TERBIT, DITOLAK or DIBATALKAN."));
    Context::addDatabaseOption(parser);
    addOperatorOption(parser);
    addTargetOptions(parser);
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("TransferCli", "The new status."),
                      QCoreApplication::translate("TransferCli", "status")});
    parser.addOption({QStringLiteral("decree-number"),
                      QCoreApplication::translate("TransferCli", "Number of the decree (for SK_TERBIT)."),
                      QCoreApplication::translate("TransferCli", "number")});
    parser.addOption({QStringLiteral("decree-date"),
                      QCoreApplication::translate("TransferCli", "Date of the decree (for SK_TERBIT)."),
                      QCoreApplication::translate("TransferCli", "date")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    const auto to = transfercodes::statusFromText(parser.value(QStringLiteral("to")));
    if (!to)
        return ctx.fail(QCoreApplication::translate("TransferCli", "Give the new status with --to, e.g. --to "
                                                                   "DIUSULKAN."),
                        UsageError);
    StepInput input;
    input.comment = parser.value(QStringLiteral("comment"));
    input.decreeNumber = parser.value(QStringLiteral("decree-number"));
    if (!dateOption(ctx, parser, QStringLiteral("decree-date"), input.decreeDate))
        return UsageError;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    setActor(parser, c);
    qint64 transferId = 0, batchId = 0;
    if (const int failed = target(ctx, parser, c, transferId, batchId))
        return failed;
    const Status s = batchId ? TransferWorkflow::advanceBatch(c, batchId, *to, input)
                             : TransferWorkflow::advance(c, transferId, *to, input);
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << QCoreApplication::translate("TransferCli", "Status is now \"%1\".")
                     .arg(transfercodes::displayName(*to))
              << Qt::endl;
    return Success;
}

int execute(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TransferCli",
        "Carry out a transfer whose decree is issued, on or after its TMT: the employee's unit and "
        "position change and the history grows."));
    Context::addDatabaseOption(parser);
    addOperatorOption(parser);
    addTargetOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    setActor(parser, c);
    qint64 transferId = 0, batchId = 0;
    if (const int failed = target(ctx, parser, c, transferId, batchId))
        return failed;
    const QString comment = parser.value(QStringLiteral("comment"));
    const Status s = batchId ? TransferExecutor::executeBatch(c, batchId, Clock::today(), comment)
                             : TransferExecutor::execute(c, transferId, Clock::today(), comment);
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << QCoreApplication::translate("TransferCli", "Executed: the employee's post is changed.")
              << Qt::endl;
    return Success;
}

// --- transfer justify / tick / untick ------------------------------------------------------------

int justify(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("TransferCli", "Record why a warning of a transfer is accepted."));
    Context::addDatabaseOption(parser);
    addOperatorOption(parser);
    parser.addOption({QStringLiteral("id"),
                      QCoreApplication::translate("TransferCli", "The transfer number."),
                      QCoreApplication::translate("TransferCli", "number")});
    parser.addOption(
        {QStringLiteral("rule"),
         QCoreApplication::translate("TransferCli", "The rule of the warning, e.g. target_shortage."),
         QCoreApplication::translate("TransferCli", "rule")});
    parser.addOption({QStringLiteral("text"),
                      QCoreApplication::translate("TransferCli", "The justification."),
                      QCoreApplication::translate("TransferCli", "text")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    setActor(parser, c);
    const auto t = findTransfer(ctx, c, parser.value(QStringLiteral("id")));
    if (!t)
        return BadInput;
    if (Status s = TransferProposal::justify(c, t->id, parser.value(QStringLiteral("rule")),
                                             parser.value(QStringLiteral("text")));
        !s)
        return ctx.fail(s.error());
    ctx.out() << QCoreApplication::translate("TransferCli", "Justification saved.") << Qt::endl;
    return Success;
}

int tick(Context &ctx, bool on) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        on ? QCoreApplication::translate("TransferCli",
                                         "Tick a document of a transfer's checklist as received.")
           : QCoreApplication::translate("TransferCli", "Untick a document of a transfer's checklist."));
    Context::addDatabaseOption(parser);
    addOperatorOption(parser);
    parser.addOption({QStringLiteral("id"),
                      QCoreApplication::translate("TransferCli", "The transfer number."),
                      QCoreApplication::translate("TransferCli", "number")});
    parser.addOption(
        {QStringLiteral("document"),
         QCoreApplication::translate("TransferCli", "The document code (\"transfer show\" lists them); "
                                                    "ALL for every document."),
         QCoreApplication::translate("TransferCli", "code")});
    if (on) {
        parser.addOption(
            {QStringLiteral("file"),
             QCoreApplication::translate("TransferCli", "Where the document is kept (archive number, "
                                                        "folder or file)."),
             QCoreApplication::translate("TransferCli", "reference")});
        parser.addOption({QStringLiteral("received"),
                          QCoreApplication::translate("TransferCli", "Date it arrived (default today)."),
                          QCoreApplication::translate("TransferCli", "date")});
        parser.addOption({QStringLiteral("note"), QCoreApplication::translate("TransferCli", "A note."),
                          QCoreApplication::translate("TransferCli", "text")});
    }
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    DocumentTick value;
    value.fileRef = parser.value(QStringLiteral("file"));
    value.note = parser.value(QStringLiteral("note"));
    if (on && !dateOption(ctx, parser, QStringLiteral("received"), value.receivedOn))
        return UsageError;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    setActor(parser, c);
    const auto t = findTransfer(ctx, c, parser.value(QStringLiteral("id")));
    if (!t)
        return BadInput;
    QStringList documents{parser.value(QStringLiteral("document")).trimmed().toUpper()};
    if (documents.first() == QLatin1String("ALL")) {
        documents.clear();
        for (const DocumentRequirement &r : DocumentChecklist::required(*t))
            documents << r.code;
    }
    for (const QString &document : documents) {
        value.document = document;
        if (Status s =
                on ? DocumentChecklist::tick(c, t->id, value) : DocumentChecklist::untick(c, t->id, document);
            !s)
            return ctx.fail(s.error());
    }
    ctx.out() << QCoreApplication::translate("TransferCli", "Checklist of %1 updated.").arg(t->number)
              << Qt::endl;
    return Success;
}

// --- transfer show / timeline / minimum ----------------------------------------------------------

QString gradeText(const StaffingEffect &e, bool after) {
    const auto ej = after ? e.efficiencyAfter : e.efficiencyBefore;
    const Grade g = after ? e.gradeAfter : e.gradeBefore;
    return ej ? QStringLiteral("%1 %2").arg(indonesian::decimal(*ej, 2), gradeLetter(g)) : gradeLetter(g);
}

int show(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TransferCli",
        "Show a transfer: its rules now, checklist, workflow steps and effect on both units."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("id"),
                      QCoreApplication::translate("TransferCli", "The transfer number."),
                      QCoreApplication::translate("TransferCli", "number")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("TransferCli", "Print JSON.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    const auto t = findTransfer(ctx, c, parser.value(QStringLiteral("id")));
    if (!t)
        return BadInput;
    const TransferRepository repo(c);
    TransferFilter only;
    only.transferId = t->id;
    const QList<TransferRow> rows = TransferRegister(c).rows(only);
    const TransferRow row = rows.isEmpty() ? TransferRow{*t, {}, {}, {}, {}, {}, {}} : rows.first();
    const RuleResults rules = transfercodes::isOpen(t->status) ? RuleFactsLoader(c).check(*t) : RuleResults();
    const QList<RuleOverride> overrides = repo.overrides(t->id);
    const QList<DocumentTick> ticks = repo.documents(t->id);
    const QList<TransferStep> steps = repo.steps(t->id);
    const TransferEffect effect = EffectPreview::compute(c, {*t});

    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = t->toJson();
        o.insert(QStringLiteral("name"), row.employeeName);
        o.insert(QStringLiteral("nip"), row.nip);
        o.insert(QStringLiteral("signer"), transfercodes::signer(t->kind));
        o.insert(QStringLiteral("needs_pertek"), transfercodes::needsPertek(t->kind));
        o.insert(QStringLiteral("rules"), TransferRules::toJson(rules, overrides));
        QJsonArray docs;
        for (const DocumentRequirement &r : DocumentChecklist::required(*t)) {
            QJsonObject d{{QStringLiteral("code"), r.code}, {QStringLiteral("title"), r.title}};
            for (const DocumentTick &tk : ticks)
                if (tk.document == r.code) {
                    d.insert(QStringLiteral("received_on"), tk.receivedOn.toString(Qt::ISODate));
                    d.insert(QStringLiteral("file_ref"), tk.fileRef);
                }
            docs.append(d);
        }
        o.insert(QStringLiteral("documents"), docs);
        QJsonArray stepArray;
        for (const TransferStep &s : steps)
            stepArray.append(
                QJsonObject{{QStringLiteral("from"), s.from ? transfercodes::toCode(*s.from) : QString()},
                            {QStringLiteral("to"), transfercodes::toCode(s.to)},
                            {QStringLiteral("actor"), s.actor},
                            {QStringLiteral("at"), s.at.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("comment"), s.comment}});
        o.insert(QStringLiteral("steps"), stepArray);
        QJsonArray units;
        for (const StaffingEffect &e : effect.units)
            units.append(QJsonObject{{QStringLiteral("unit"), e.unitName},
                                     {QStringLiteral("need"), e.need},
                                     {QStringLiteral("staff_before"), e.staffBefore},
                                     {QStringLiteral("staff_after"), e.staffAfter},
                                     {QStringLiteral("grade_before"), gradeLetter(e.gradeBefore)},
                                     {QStringLiteral("grade_after"), gradeLetter(e.gradeAfter)}});
        o.insert(QStringLiteral("effect"), units);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out.flush();
        return Success;
    }
    out << QCoreApplication::translate("TransferCli", "Transfer %1: %2")
               .arg(t->number, transfercodes::displayName(t->status))
        << '\n'
        << QCoreApplication::translate("TransferCli", "Employee: %1 (NIP %2)").arg(row.employeeName, row.nip)
        << '\n'
        << QCoreApplication::translate("TransferCli", "From: %1, %2").arg(row.fromPosition, row.fromUnit)
        << '\n'
        << QCoreApplication::translate("TransferCli", "To: %1, %2 from %3")
               .arg(row.toPosition, row.toUnit, indonesian::longDate(t->tmt))
        << '\n'
        << QCoreApplication::translate("TransferCli", "Kind: %1. Signed by: %2.")
               .arg(transfercodes::displayName(t->kind), transfercodes::signer(t->kind))
        << '\n';
    if (!rules.isEmpty()) {
        out << '\n' << QCoreApplication::translate("TransferCli", "Rules:") << '\n';
        for (const RuleResult &r : rules) {
            out << "  " << severityTag(r.severity) << ' ' << r.rule << ": " << r.message << '\n';
            for (const RuleOverride &o : overrides)
                if (o.rule == r.rule && r.severity == RuleSeverity::Warning)
                    out << "    "
                        << QCoreApplication::translate("TransferCli", "Justification (%1): %2")
                               .arg(o.actor, o.justification)
                        << '\n';
        }
    }
    out << '\n' << QCoreApplication::translate("TransferCli", "Documents:") << '\n';
    for (const DocumentRequirement &r : DocumentChecklist::required(*t)) {
        const auto it = std::find_if(ticks.cbegin(), ticks.cend(),
                                     [&](const DocumentTick &tk) { return tk.document == r.code; });
        out << "  " << (it == ticks.cend() ? "[ ] " : "[x] ") << r.code << ": " << r.title;
        if (it != ticks.cend())
            out << " (" << it->fileRef << ", " << indonesian::shortDate(it->receivedOn) << ')';
        out << '\n';
    }
    if (!effect.units.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("TransferCli", "Effect (need, staff before -> after, EJ grade):")
            << '\n';
        for (const StaffingEffect &e : effect.units)
            out << "  " << e.unitName << ": " << indonesian::decimal(e.need, 2) << ", " << e.staffBefore
                << " -> " << e.staffAfter << ", " << gradeText(e, false) << " -> " << gradeText(e, true)
                << '\n';
    }
    out << '\n' << QCoreApplication::translate("TransferCli", "Steps:") << '\n';
    for (const TransferStep &s : steps)
        out << "  " << s.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) << "  "
            << transfercodes::displayName(s.to) << "  " << s.actor
            << (s.comment.isEmpty() ? QString() : QStringLiteral("  ") + s.comment) << '\n';
    out.flush();
    return Success;
}

int timeline(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TransferCli", "Show an employee's posts and transfer steps in time order."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("nip"),
                      QCoreApplication::translate("TransferCli", "The employee's NIP."),
                      QStringLiteral("NIP")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const auto e = EmployeeRepository(db->connection()).byNip(parser.value(QStringLiteral("nip")).trimmed());
    if (!e)
        return ctx.fail(QCoreApplication::translate("TransferCli", "There is no employee with NIP %1.")
                            .arg(parser.value(QStringLiteral("nip"))));
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    for (const TimelineEvent &ev : TransferRegister(db->connection()).timeline(e->id))
        out << indonesian::shortDate(ev.at.date()) << "  " << ev.text << '\n';
    out.flush();
    return Success;
}

int minimum(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TransferCli", "Set or remove the lowest number of staff a unit may keep in a position (used by the "
                       "transfer rules instead of the need)."));
    Context::addDatabaseOption(parser);
    addOperatorOption(parser);
    parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("TransferCli", "Unit code."),
                      QCoreApplication::translate("TransferCli", "code")});
    parser.addOption({QStringLiteral("position"),
                      QCoreApplication::translate("TransferCli", "Position name."),
                      QCoreApplication::translate("TransferCli", "name")});
    parser.addOption({QStringLiteral("set"), QCoreApplication::translate("TransferCli", "The minimum."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("note"), QCoreApplication::translate("TransferCli", "Why."),
                      QCoreApplication::translate("TransferCli", "text")});
    parser.addOption(
        {QStringLiteral("remove"), QCoreApplication::translate("TransferCli", "Remove the minimum.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    int value = -1;
    if (!ctx.intOption(parser, QStringLiteral("set"), 0, 100000, value))
        return UsageError;
    if (parser.isSet(QStringLiteral("set")) == parser.isSet(QStringLiteral("remove")))
        return ctx.fail(QCoreApplication::translate("TransferCli", "Give either --set N or --remove."),
                        UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    setActor(parser, c);
    const auto unit = UnitRepository(c).byCode(parser.value(QStringLiteral("unit")));
    if (!unit)
        return ctx.fail(QCoreApplication::translate("TransferCli", "There is no unit with code \"%1\".")
                            .arg(parser.value(QStringLiteral("unit"))));
    const auto position = PositionRepository(c).byName(parser.value(QStringLiteral("position")));
    if (!position)
        return ctx.fail(QCoreApplication::translate("TransferCli", "There is no position named \"%1\".")
                            .arg(parser.value(QStringLiteral("position"))));
    StaffingMinimumRepository repo(c);
    const Status s = parser.isSet(QStringLiteral("remove"))
                         ? repo.remove(unit->id, position->id)
                         : repo.set({unit->id, position->id, value, parser.value(QStringLiteral("note"))});
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << QCoreApplication::translate("TransferCli", "Minimum saved.") << Qt::endl;
    return Success;
}

int transfer(Context &ctx) {
    QStringList args = ctx.arguments();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    Context subContext(QStringLiteral("transfer ") + sub, args);
    if (sub == QLatin1String("propose"))
        return propose(subContext, false);
    if (sub == QLatin1String("check"))
        return propose(subContext, true);
    if (sub == QLatin1String("advance"))
        return advance(subContext);
    if (sub == QLatin1String("execute"))
        return execute(subContext);
    if (sub == QLatin1String("justify"))
        return justify(subContext);
    if (sub == QLatin1String("tick"))
        return tick(subContext, true);
    if (sub == QLatin1String("untick"))
        return tick(subContext, false);
    if (sub == QLatin1String("show"))
        return show(subContext);
    if (sub == QLatin1String("timeline"))
        return timeline(subContext);
    if (sub == QLatin1String("minimum"))
        return minimum(subContext);
    ctx.err() << QCoreApplication::translate(
                     "TransferCli", "Usage: imbang-cli transfer <propose|check|advance|execute|justify|tick|"
                                    "untick|show|timeline|minimum> [options]\n\"imbang-cli transfer "
                                    "<subcommand> --help\" shows the options.")
              << Qt::endl;
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? Success : UsageError;
}

} // namespace

QList<Command> transferCommands() {
    return {
        {QStringLiteral("transfers"),
         QCoreApplication::translate("TransferCli", "List the transfer register."), transfers},
        {QStringLiteral("transfer"),
         QCoreApplication::translate("TransferCli", "Propose, check, advance and execute transfers."),
         transfer},
    };
}

} // namespace imbang::cli
