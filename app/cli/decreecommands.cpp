// imbang-cli decree, decrees and decree-template: decree drafts (SK mutasi) from approved transfers,
// finalising them with a number, reprints of final decrees, and the office's decree template. PDF and
// ODT are laid out by imbang_ui's DecreeRenderer; main.cpp starts a QGuiApplication (offscreen when no
// display is set) for these commands, so they work on a server without a screen.
#include "audit/actor.h"
#include "clicontext.h"
#include "decree/decreebuilder.h"
#include "decree/decreecomposition.h"
#include "decree/decreeissuer.h"
#include "decree/decreerepository.h"
#include "decree/decreetemplaterepository.h"
#include "decree/decreerenderer.h"
#include "settings/settingkeys.h"
#include "transfers/transferrepository.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace imbang::cli {
namespace {

QDate parseDate(const QString &text) {
    QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text.trimmed(), QStringLiteral("dd-MM-yyyy"));
    return d;
}

// Writes the outputs asked for; prints the text when no file is asked for.
int writeOutputs(Context &ctx, const QCommandLineParser &parser, const DecreeData &data, const DecreeLayout &layout) {
    const ui::DecreeRenderer renderer(data, layout);
    const bool anyFile = parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("odt"));
    if (parser.isSet(QStringLiteral("text")) || !anyFile)
        ctx.out() << renderer.composition().plainText() << Qt::flush;
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString path = parser.value(QStringLiteral("pdf"));
        if (Status s = renderer.writePdf(path); !s)
            return ctx.fail(s.error());
        ctx.err() << QCoreApplication::translate("DecreeCli", "PDF written: %1 (%n page(s)).", "",
                                                 renderer.pageCount())
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("odt"))) {
        const QString path = parser.value(QStringLiteral("odt"));
        if (Status s = renderer.writeOdt(path); !s)
            return ctx.fail(s.error());
        ctx.err() << QCoreApplication::translate("DecreeCli", "ODT written: %1.").arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    }
    return Success;
}

int decree(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DecreeCli", "Draft a transfer decree (SK mutasi) from approved transfers, finalise it, or reprint a "
                     "final decree; write it as PDF or ODT."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("transfer"),
                      QCoreApplication::translate("DecreeCli", "The approved transfer (register number or id): "
                                                               "a decree for one person."),
                      QCoreApplication::translate("DecreeCli", "transfer")});
    parser.addOption({QStringLiteral("batch"),
                      QCoreApplication::translate("DecreeCli", "The proposal (batch id) whose approved transfers "
                                                               "the decree covers, with a LAMPIRAN table."),
                      QCoreApplication::translate("DecreeCli", "id")});
    parser.addOption({QStringLiteral("number"),
                      QCoreApplication::translate("DecreeCli", "Reprint the final decree with this number."),
                      QCoreApplication::translate("DecreeCli", "number")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("DecreeCli", "Date of issue (default: today)."),
                      QCoreApplication::translate("DecreeCli", "date")});
    parser.addOption({QStringLiteral("final"),
                      QCoreApplication::translate("DecreeCli", "Finalise: take the next number, mark the "
                                                               "transfers \"SK terbit\" and keep the decree "
                                                               "unchanged for reprints.")});
    parser.addOption({QStringLiteral("paper"),
                      QCoreApplication::translate("DecreeCli", "F4 or A4 (default: the setting decree/paper)."),
                      QCoreApplication::translate("DecreeCli", "paper")});
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("DecreeCli", "Write a PDF file."),
                      QCoreApplication::translate("DecreeCli", "file")});
    parser.addOption({QStringLiteral("odt"),
                      QCoreApplication::translate("DecreeCli", "Write an OpenDocument text file (ODT)."),
                      QCoreApplication::translate("DecreeCli", "file")});
    parser.addOption({QStringLiteral("text"), QCoreApplication::translate("DecreeCli", "Print the text of the "
                                                                                      "decree (the default "
                                                                                      "without --pdf or --odt).")});
    parser.addOption({QStringLiteral("operator"),
                      QCoreApplication::translate("DecreeCli", "Who finalises, for the audit trail."),
                      QCoreApplication::translate("DecreeCli", "name")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    const int sources = int(parser.isSet(QStringLiteral("transfer"))) + int(parser.isSet(QStringLiteral("batch"))) +
                        int(parser.isSet(QStringLiteral("number")));
    if (sources != 1)
        return ctx.fail(QCoreApplication::translate("DecreeCli", "Give exactly one of --transfer, --batch or --number."),
                        UsageError);
    QDate date;
    if (parser.isSet(QStringLiteral("date"))) {
        date = parseDate(parser.value(QStringLiteral("date")));
        if (!date.isValid())
            return ctx.fail(QCoreApplication::translate("DecreeCli",
                                                        "--date must be a date like 2026-02-01 or 01-02-2026, "
                                                        "not \"%1\".")
                                .arg(parser.value(QStringLiteral("date"))),
                            UsageError);
    }
    if (parser.isSet(QStringLiteral("paper")) && !DecreeLayout::isPaper(parser.value(QStringLiteral("paper"))))
        return ctx.fail(QCoreApplication::translate("DecreeCli", "--paper must be F4 or A4, not \"%1\".")
                            .arg(parser.value(QStringLiteral("paper"))),
                        UsageError);
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const QSqlDatabase c = db->connection();
    const QString operatorName = parser.isSet(QStringLiteral("operator")) ? parser.value(QStringLiteral("operator"))
                                                                          : Settings(c).get(settingkeys::operatorName);
    if (!operatorName.trimmed().isEmpty())
        actor::setCurrent(operatorName);

    // A final decree is reprinted from its snapshot, exactly as it was issued.
    std::optional<StoredDecree> stored;
    if (parser.isSet(QStringLiteral("number"))) {
        stored = DecreeRepository(c).byNumber(parser.value(QStringLiteral("number")));
        if (!stored)
            return ctx.fail(QCoreApplication::translate("DecreeCli", "There is no final decree \"%1\". "
                                                                     "\"imbang-cli decrees\" lists them.")
                                .arg(parser.value(QStringLiteral("number"))));
    }
    Expected<DecreeData> draft = Expected<DecreeData>::failure(QString());
    if (parser.isSet(QStringLiteral("transfer"))) {
        const std::optional<Transfer> t = TransferRepository(c).find(parser.value(QStringLiteral("transfer")));
        if (!t)
            return ctx.fail(QCoreApplication::translate("DecreeCli", "There is no transfer \"%1\". "
                                                                     "\"imbang-cli transfers\" lists them.")
                                .arg(parser.value(QStringLiteral("transfer"))));
        stored = DecreeRepository(c).forTransfer(t->id);
        if (!stored)
            draft = DecreeBuilder(c).forTransfer(t->id, date);
    } else if (parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        const qint64 batch = parser.value(QStringLiteral("batch")).toLongLong(&ok);
        if (!ok)
            return ctx.fail(QCoreApplication::translate("DecreeCli", "--batch must be the number of a proposal, "
                                                                     "not \"%1\".")
                                .arg(parser.value(QStringLiteral("batch"))),
                            UsageError);
        draft = DecreeBuilder(c).forBatch(batch, date);
    }
    if (stored) {
        if (parser.isSet(QStringLiteral("final")))
            ctx.err() << QCoreApplication::translate("DecreeCli", "Decree %1 is already final; reprinting it.")
                             .arg(stored->number)
                      << Qt::endl;
        return writeOutputs(ctx, parser, stored->data, stored->layout);
    }
    if (!draft)
        return ctx.fail(draft.error());
    DecreeLayout layout = DecreeBuilder::layoutFromSettings(c);
    if (parser.isSet(QStringLiteral("paper")))
        layout.paper = parser.value(QStringLiteral("paper")).trimmed().toUpper();
    if (!parser.isSet(QStringLiteral("final")))
        return writeOutputs(ctx, parser, *draft, layout);
    const Expected<StoredDecree> issued = DecreeIssuer::finalise(c, *draft, layout);
    if (!issued)
        return ctx.fail(issued.error());
    ctx.err() << QCoreApplication::translate("DecreeCli", "Decree %1 finalised for %n transfer(s).", "",
                                             int(issued->data.people.size()))
                     .arg(issued->number)
              << Qt::endl;
    return writeOutputs(ctx, parser, issued->data, issued->layout);
}

int decrees(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DecreeCli", "List the final decrees."));
    Context::addDatabaseOption(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    for (const StoredDecree &d : DecreeRepository(db->connection()).all()) {
        QStringList transfers;
        for (const DecreePerson &p : d.data.people)
            transfers << p.transferNumber;
        ctx.out() << d.number << '\t' << indonesian::longDate(d.issuedOn) << '\t'
                  << QCoreApplication::translate("DecreeCli", "%n person(s)", "", int(d.data.people.size())) << '\t'
                  << transfers.join(QStringLiteral(", ")) << '\n';
    }
    ctx.out() << Qt::flush;
    return Success;
}

int decreeTemplate(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DecreeCli", "Show, export, import or reset the office's decree template."));
    Context::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("export"),
                      QCoreApplication::translate("DecreeCli", "Write the template as JSON to this file."),
                      QCoreApplication::translate("DecreeCli", "file")});
    parser.addOption({QStringLiteral("import"),
                      QCoreApplication::translate("DecreeCli", "Read the template from this JSON file; fields "
                                                               "left out keep the shipped default."),
                      QCoreApplication::translate("DecreeCli", "file")});
    parser.addOption({QStringLiteral("emblem"),
                      QCoreApplication::translate("DecreeCli", "Use this image (SVG, PNG or JPEG) as the "
                                                               "heading emblem."),
                      QCoreApplication::translate("DecreeCli", "file")});
    parser.addOption({QStringLiteral("reset"),
                      QCoreApplication::translate("DecreeCli", "Go back to the shipped default template.")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    DecreeTemplateRepository repo(db->connection());
    if (parser.isSet(QStringLiteral("reset"))) {
        if (Status s = repo.reset(); !s)
            return ctx.fail(s.error());
        ctx.err() << QCoreApplication::translate("DecreeCli", "The decree template is the shipped default again.")
                  << Qt::endl;
        return Success;
    }
    DecreeTemplate tmpl = repo.load();
    bool changed = false;
    if (parser.isSet(QStringLiteral("import"))) {
        QFile file(parser.value(QStringLiteral("import")));
        QJsonParseError error{};
        const QJsonDocument json =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
        if (!json.isObject())
            return ctx.fail(QCoreApplication::translate("DecreeCli", "%1 is not a JSON template: %2")
                                .arg(QDir::toNativeSeparators(file.fileName()),
                                     file.error() != QFile::NoError ? file.errorString() : error.errorString()));
        const QByteArray emblem = tmpl.emblem;
        const QString format = tmpl.emblemFormat;
        tmpl = DecreeTemplate::fromJson(json.object());
        tmpl.emblem = emblem;
        tmpl.emblemFormat = format;
        changed = true;
    }
    if (parser.isSet(QStringLiteral("emblem"))) {
        QFile file(parser.value(QStringLiteral("emblem")));
        const QString suffix = QFileInfo(file.fileName()).suffix().toLower();
        const QString format = suffix == QLatin1String("jpeg") ? QStringLiteral("jpg") : suffix;
        if (format != QLatin1String("svg") && format != QLatin1String("png") && format != QLatin1String("jpg"))
            return ctx.fail(QCoreApplication::translate("DecreeCli", "The emblem must be an SVG, PNG or JPEG file, "
                                                                     "not \"%1\".")
                                .arg(QDir::toNativeSeparators(file.fileName())));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(QCoreApplication::translate("DecreeCli", "%1 cannot be read: %2")
                                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        tmpl.emblem = file.readAll();
        tmpl.emblemFormat = format;
        changed = true;
    }
    if (changed) {
        if (Status s = repo.save(tmpl); !s)
            return ctx.fail(s.error());
        ctx.err() << QCoreApplication::translate("DecreeCli", "The decree template was saved.") << Qt::endl;
    }
    const QByteArray json = QJsonDocument(tmpl.toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("export"))) {
        QFile file(parser.value(QStringLiteral("export")));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return ctx.fail(QCoreApplication::translate("DecreeCli", "%1 cannot be written: %2")
                                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    } else if (!changed) {
        ctx.out() << QString::fromUtf8(json) << Qt::flush;
    }
    return Success;
}

} // namespace

QList<Command> decreeCommands() {
    return {
        {QStringLiteral("decree"),
         QCoreApplication::translate("DecreeCli", "Draft, finalise or reprint a transfer decree (PDF, ODT)."),
         decree},
        {QStringLiteral("decrees"), QCoreApplication::translate("DecreeCli", "List the final decrees."), decrees},
        {QStringLiteral("decree-template"),
         QCoreApplication::translate("DecreeCli", "Show, export, import or reset the decree template."),
         decreeTemplate},
    };
}

// Whether the command lays out documents and so needs a QGuiApplication (main.cpp).
bool needsGui(const QString &command) {
    return command == QLatin1String("decree");
}

} // namespace imbang::cli
