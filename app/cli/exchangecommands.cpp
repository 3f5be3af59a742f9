// imbang-cli export-package, import-package, offices and office-key: exchange packages between offices.
#include "clicontext.h"

#include "exchange/officedirectory.h"
#include "exchange/officekeys.h"
#include "exchange/packageexporter.h"
#include "exchange/packageimporter.h"
#include "output/texttable.h"
#include "storage/officeinfo.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imbang::cli {
namespace {

using namespace imbang::exchange;

QString dateTimeText(const QDateTime &dt) {
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

int exportPackage(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Write a signed exchange package (.imbang) for another office, encrypted for that office."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The package file to write."),
                      QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("units"),
                      QCoreApplication::translate("Cli", "Only these units with their sub-units (codes, comma "
                                                         "separated)."),
                      QCoreApplication::translate("Cli", "codes")});
    parser.addOption({QStringLiteral("since-last"),
                      QCoreApplication::translate("Cli", "Only what changed since the last package sent to this "
                                                         "office (id, name or fingerprint)."),
                      QCoreApplication::translate("Cli", "office")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("Cli", "The package is for this known office: remember what it "
                                                         "gets, for merging its answer and for --since-last."),
                      QCoreApplication::translate("Cli", "office")});
    parser.addOption({QStringLiteral("unencrypted"),
                      QCoreApplication::translate("Cli", "Write a package for any office, NOT encrypted: anyone who "
                                                         "gets the file can read the personal data in it.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.fail(QCoreApplication::translate("Cli", "Name the package file with --out FILE."), UsageError);
    const bool addressed = parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("since-last"));
    if (addressed && parser.isSet(QStringLiteral("unencrypted")))
        return ctx.fail(QCoreApplication::translate("Cli", "--unencrypted cannot be combined with --to or "
                                                           "--since-last: a package for an office is always "
                                                           "encrypted for it."),
                        UsageError);
    if (!addressed && !parser.isSet(QStringLiteral("unencrypted")))
        return ctx.fail(QCoreApplication::translate("Cli", "Name the office the package is for with --to OFFICE: "
                                                           "the package is then encrypted so that only that office "
                                                           "can open it. To write a package for anyone, NOT "
                                                           "encrypted, add --unencrypted."),
                        UsageError);
    if (parser.isSet(QStringLiteral("to")) && parser.isSet(QStringLiteral("since-last")) &&
        parser.value(QStringLiteral("to")) != parser.value(QStringLiteral("since-last")))
        return ctx.fail(QCoreApplication::translate("Cli", "--to and --since-last name different offices."),
                        UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    ExportOptions options;
    for (const QString &unit : parser.value(QStringLiteral("units")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.unitCodes << unit.trimmed();
    options.sinceLast = parser.isSet(QStringLiteral("since-last"));
    options.targetOffice = options.sinceLast ? parser.value(QStringLiteral("since-last"))
                                             : parser.value(QStringLiteral("to"));
    options.unencrypted = parser.isSet(QStringLiteral("unencrypted"));
    PackageExporter exporter(db->connection());
    const QString path = parser.value(QStringLiteral("out"));
    auto summary = exporter.exportTo(path, options);
    if (!summary)
        return ctx.fail(summary.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object{{QStringLiteral("file"), path},
                                 {QStringLiteral("bytes"), summary->bytes},
                                 {QStringLiteral("units"), summary->units},
                                 {QStringLiteral("positions"), summary->positions},
                                 {QStringLiteral("employees"), summary->employees},
                                 {QStringLiteral("staffing_needs"), summary->staffingNeeds},
                                 {QStringLiteral("deletions"), summary->tombstones},
                                 {QStringLiteral("rank_history"), summary->rankHistory},
                                 {QStringLiteral("performance_ratings"), summary->ratings},
                                 {QStringLiteral("competences"), summary->competences},
                                 {QStringLiteral("transfers"), summary->transfers},
                                 {QStringLiteral("transfer_steps"), summary->transferSteps},
                                 {QStringLiteral("to"), summary->targetName},
                                 {QStringLiteral("encrypted"), summary->encrypted},
                                 {QStringLiteral("since"), summary->since.isValid()
                                                               ? summary->since.toUTC().toString(Qt::ISODate)
                                                               : QString()},
                                 {QStringLiteral("fingerprint"), summary->fingerprint}};
        ctx.out() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
        return Success;
    }
    QTextStream &out = ctx.out();
    out << QCoreApplication::translate("Cli", "Package %1 written (%2 bytes).")
               .arg(QDir::toNativeSeparators(path))
               .arg(summary->bytes)
        << '\n'
        << QCoreApplication::translate("Cli", "Units: %1, positions: %2, employees: %3, staffing needs: %4, "
                                              "deletions: %5.")
               .arg(summary->units)
               .arg(summary->positions)
               .arg(summary->employees)
               .arg(summary->staffingNeeds)
               .arg(summary->tombstones)
        << '\n'
        << QCoreApplication::translate("Cli", "Rank history: %1, performance ratings: %2, certifications and "
                                              "trainings: %3, transfers: %4 with %5 workflow steps.")
               .arg(summary->rankHistory)
               .arg(summary->ratings)
               .arg(summary->competences)
               .arg(summary->transfers)
               .arg(summary->transferSteps)
        << '\n';
    if (summary->since.isValid())
        out << QCoreApplication::translate("Cli", "Changes since %1 (the last package to %2).")
                   .arg(dateTimeText(summary->since), summary->targetName)
            << '\n';
    else if (summary->firstToTarget)
        out << QCoreApplication::translate("Cli", "Nothing was sent to %1 before, so the package holds everything.")
                   .arg(summary->targetName)
            << '\n';
    if (summary->encrypted)
        out << QCoreApplication::translate("Cli", "Encrypted for %1: only that office can open it.")
                   .arg(summary->targetName)
            << '\n';
    else
        out << QCoreApplication::translate("Cli", "NOT encrypted: anyone who gets the file can read it. Keep it "
                                                  "safe and delete it once it has been imported.")
            << '\n';
    out << QCoreApplication::translate("Cli", "Signed with key %1.").arg(summary->fingerprint) << Qt::endl;
    return Success;
}

QString actionCountsLine(const EntityCounts &c) {
    return QCoreApplication::translate("Cli", "%1: %2 new, %3 updated, %4 deleted, %5 unchanged, %6 newer here, "
                                              "%7 conflicts")
        .arg(c.title)
        .arg(c.inserted)
        .arg(c.updated)
        .arg(c.deleted)
        .arg(c.unchanged)
        .arg(c.keptLocal)
        .arg(c.conflicts);
}

QJsonArray countsJson(const QList<EntityCounts> &entities) {
    QJsonArray array;
    for (const EntityCounts &c : entities)
        array.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                 {QStringLiteral("new"), c.inserted},
                                 {QStringLiteral("updated"), c.updated},
                                 {QStringLiteral("deleted"), c.deleted},
                                 {QStringLiteral("unchanged"), c.unchanged},
                                 {QStringLiteral("newer_here"), c.keptLocal},
                                 {QStringLiteral("conflicts"), c.conflicts},
                                 {QStringLiteral("skipped"), c.skipped}});
    return array;
}

QJsonArray conflictsJson(const QList<MergeConflict> &conflicts, const Resolutions &resolutions) {
    QJsonArray array;
    for (const MergeConflict &c : conflicts) {
        QJsonArray differences;
        for (const FieldDifference &d : c.differences)
            differences.append(QJsonObject{{QStringLiteral("field"), d.field},
                                           {QStringLiteral("mine"), d.mine},
                                           {QStringLiteral("theirs"), d.theirs}});
        const bool theirs = resolutions.value(c.key(), Resolution::KeepMine) == Resolution::TakeTheirs;
        array.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                 {QStringLiteral("uuid"), c.uuid},
                                 {QStringLiteral("key"), c.naturalKey},
                                 {QStringLiteral("label"), c.label},
                                 {QStringLiteral("kind"), c.kindText()},
                                 {QStringLiteral("resolution"), theirs ? QStringLiteral("theirs")
                                                                       : QStringLiteral("mine")},
                                 {QStringLiteral("differences"), differences}});
    }
    return array;
}

int importPackage(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Import an exchange package from another office. Conflicts keep this office's version unless "
               "--take-theirs or --take-theirs-for says otherwise."));
    Context::addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .imbang package."));
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("Cli", "Only show what would change; change nothing.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption({QStringLiteral("trust"),
                      QCoreApplication::translate("Cli", "Trust the signing office (after comparing its fingerprint "
                                                         "by phone).")});
    parser.addOption({QStringLiteral("take-theirs"),
                      QCoreApplication::translate("Cli", "Resolve every conflict with the sender's version.")});
    parser.addOption({QStringLiteral("take-theirs-for"),
                      QCoreApplication::translate("Cli", "Resolve these conflicts with the sender's version (NIPs, "
                                                         "unit codes or UUIDs, comma separated)."),
                      QCoreApplication::translate("Cli", "keys")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("Cli", "Name exactly one package file."), UsageError);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool trust = parser.isSet(QStringLiteral("trust"));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    PackageImporter importer;
    if (Status s = importer.open(parser.positionalArguments().constFirst(), db->connection()); !s)
        return ctx.fail(s.error());
    const SignerInfo &signer = importer.signer();
    if (!importer.signerAccepted() && !trust) {
        ctx.err() << QCoreApplication::translate(
                         "Cli", "The package is signed by %1 (%2). This database does not trust that office yet.")
                         .arg(signer.officeName, signer.statusText())
                  << '\n'
                  << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(signer.fingerprint) << '\n'
                  << QCoreApplication::translate("Cli", "Call the office and compare the fingerprint. If it matches, "
                                                        "run the command again with --trust.")
                  << Qt::endl;
        return BadInput;
    }
    // Conflicts the sender's version wins: all (--take-theirs) or those named by key or UUID.
    const bool allTheirs = parser.isSet(QStringLiteral("take-theirs"));
    const QStringList wanted =
        parser.value(QStringLiteral("take-theirs-for")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QSet<QString> unmatched;
    for (const QString &w : wanted)
        unmatched.insert(w.trimmed());
    Resolutions resolutions;
    const Resolver resolver = [&](const MergeConflict &c) {
        bool theirs = allTheirs;
        for (const QString &w : wanted)
            if (w.trimmed().compare(c.uuid, Qt::CaseInsensitive) == 0 ||
                w.trimmed().compare(c.naturalKey, Qt::CaseInsensitive) == 0) {
                theirs = true;
                unmatched.remove(w.trimmed());
            }
        if (theirs)
            resolutions.insert(c.key(), Resolution::TakeTheirs);
        return theirs ? Resolution::TakeTheirs : Resolution::KeepMine;
    };

    ImportPreview comparison;
    QList<EntityCounts> counts;
    QStringList warnings;
    if (dryRun) {
        auto preview = importer.preview(db->connection(), trust);
        if (!preview)
            return ctx.fail(preview.error());
        for (const MergeConflict &c : preview->conflicts)
            resolver(c);
        comparison = preview.value();
        counts = comparison.entities;
        warnings = comparison.warnings;
    } else {
        if (!wanted.isEmpty()) {
            // Check the keys before changing anything.
            auto preview = importer.preview(db->connection(), trust);
            if (!preview)
                return ctx.fail(preview.error());
            for (const MergeConflict &c : preview->conflicts)
                resolver(c);
            if (!unmatched.isEmpty())
                return ctx.fail(QCoreApplication::translate("Cli", "No conflict matches %1. Run with --dry-run to "
                                                                   "list the conflicts.")
                                    .arg(QStringList(unmatched.cbegin(), unmatched.cend()).join(QStringLiteral(", "))),
                                UsageError);
        }
        auto result = importer.apply(db->connection(), resolver, trust);
        if (!result)
            return ctx.fail(result.error());
        comparison = result->comparison;
        counts = result->entities;
        warnings = comparison.warnings + result->warnings;
    }
    if (!unmatched.isEmpty())
        return ctx.fail(QCoreApplication::translate("Cli", "No conflict matches %1. Run with --dry-run to list the "
                                                           "conflicts.")
                            .arg(QStringList(unmatched.cbegin(), unmatched.cend()).join(QStringLiteral(", "))),
                        UsageError);
    const ImportPreview *preview = &comparison;

    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (json) {
        const QJsonObject object{
            {QStringLiteral("sender"), signer.officeName},
            {QStringLiteral("sender_office"), signer.officeId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("fingerprint"), signer.fingerprint},
            {QStringLiteral("created_at"), preview->header.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("format_version"), int(preview->header.formatVersion)},
            {QStringLiteral("encrypted"), preview->encrypted},
            {QStringLiteral("scope"), preview->scopeText},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("already_imported_at"), preview->alreadyImportedAt.isValid()
                                                        ? preview->alreadyImportedAt.toString(Qt::ISODate)
                                                        : QString()},
            {QStringLiteral("entities"), countsJson(counts)},
            {QStringLiteral("conflicts"), conflictsJson(preview->conflicts, resolutions)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
        return Success;
    }
    out << QCoreApplication::translate("Cli", "Package from %1, made %2 (%3).")
               .arg(signer.officeName, dateTimeText(preview->header.createdAt), preview->scopeText)
        << '\n'
        << QCoreApplication::translate("Cli", "Signer: %1, fingerprint %2.").arg(signer.statusText(), signer.fingerprint)
        << '\n';
    if (preview->encrypted)
        out << QCoreApplication::translate("Cli", "The package was encrypted for this office.") << '\n';
    if (preview->alreadyImportedAt.isValid())
        out << QCoreApplication::translate("Cli", "This package was already imported on %1.")
                   .arg(dateTimeText(preview->alreadyImportedAt))
            << '\n';
    out << (dryRun ? QCoreApplication::translate("Cli", "Would change (dry run, nothing was saved):")
                   : QCoreApplication::translate("Cli", "Imported:"))
        << '\n';
    for (const EntityCounts &c : std::as_const(counts))
        out << "  " << actionCountsLine(c) << '\n';
    if (!preview->conflicts.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Conflicts (changed in both offices):") << '\n';
        for (const MergeConflict &c : preview->conflicts) {
            const bool theirs = resolutions.value(c.key(), Resolution::KeepMine) == Resolution::TakeTheirs;
            out << "  " << c.entityTitle << ": " << c.label << " [" << c.naturalKey << "] - " << c.kindText() << " -> "
                << (theirs ? QCoreApplication::translate("Cli", "take theirs")
                           : QCoreApplication::translate("Cli", "keep mine"))
                << '\n';
            for (const FieldDifference &d : c.differences)
                out << "      " << QCoreApplication::translate("Cli", "%1: here \"%2\", sender \"%3\"")
                                       .arg(d.field, d.mine, d.theirs)
                    << '\n';
        }
        out << QCoreApplication::translate("Cli", "To take the sender's version of a record, run again with "
                                                  "--take-theirs-for KEY (or --take-theirs for all).")
            << '\n';
    }
    for (const QString &w : std::as_const(warnings))
        out << QCoreApplication::translate("Cli", "Note: %1").arg(w) << '\n';
    out.flush();
    return Success;
}

int offices(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "List the offices this database exchanges packages with, and their trust."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("untrust"),
                      QCoreApplication::translate("Cli", "Stop trusting this office (id, name or fingerprint)."),
                      QCoreApplication::translate("Cli", "office")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    OfficeDirectory directory(db->connection());
    if (parser.isSet(QStringLiteral("untrust"))) {
        auto office = directory.find(parser.value(QStringLiteral("untrust")));
        if (!office)
            return ctx.fail(office.error());
        if (Status s = directory.setTrusted(office->id, false); !s)
            return ctx.fail(s.error());
        ctx.out() << QCoreApplication::translate("Cli", "%1 is no longer trusted.").arg(office->name) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.keys = QStringList{QStringLiteral("office_id"), QStringLiteral("name"), QStringLiteral("region"),
                             QStringLiteral("fingerprint"), QStringLiteral("trusted"),
                             QStringLiteral("last_received"), QStringLiteral("last_sent")};
    table.headers = QStringList{QCoreApplication::translate("Cli", "Office id"),
                                QCoreApplication::translate("Cli", "Name"),
                                QCoreApplication::translate("Cli", "Region"),
                                QCoreApplication::translate("Cli", "Fingerprint"),
                                QCoreApplication::translate("Cli", "Trusted"),
                                QCoreApplication::translate("Cli", "Last received"),
                                QCoreApplication::translate("Cli", "Last sent")};
    for (const KnownOffice &o : directory.all())
        table.rows << QStringList{o.officeId.toString(QUuid::WithoutBraces),
                                  o.name,
                                  o.region,
                                  o.fingerprint(),
                                  o.trusted ? QCoreApplication::translate("Cli", "yes")
                                            : QCoreApplication::translate("Cli", "no"),
                                  dateTimeText(o.lastReceived),
                                  dateTimeText(o.lastSent)};
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    out << (parser.isSet(QStringLiteral("json")) ? output::toJson(table) : output::toAligned(table));
    out.flush();
    return Success;
}

int officeKey(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Show this office's id and key fingerprint (made on first use), to read out over the phone."));
    Context::addDatabaseOption(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    OfficeInfo office = OfficeInfo::load(db->connection());
    if (office.id.isNull())
        if (Status s = office.save(db->connection()); !s)
            return ctx.fail(s.error());
    auto keys = OfficeKeys::loadOrCreate(db->connection());
    if (!keys)
        return ctx.fail(keys.error());
    ctx.out() << QCoreApplication::translate("Cli", "Office: %1").arg(office.name) << '\n'
              << QCoreApplication::translate("Cli", "Office id: %1").arg(office.id.toString(QUuid::WithoutBraces))
              << '\n'
              << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(keys->fingerprint()) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> exchangeCommands() {
    return {
        {QStringLiteral("export-package"), QCoreApplication::translate("Cli", "Write an exchange package."),
         exportPackage},
        {QStringLiteral("import-package"), QCoreApplication::translate("Cli", "Import an exchange package."),
         importPackage},
        {QStringLiteral("offices"), QCoreApplication::translate("Cli", "List the offices packages go to and come from."),
         offices},
        {QStringLiteral("office-key"), QCoreApplication::translate("Cli", "Show this office's key fingerprint."),
         officeKey},
    };
}

} // namespace imbang::cli
