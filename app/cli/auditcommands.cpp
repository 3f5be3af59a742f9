// imbang-cli audit <verify|list>: check the hash chain of the audit trail and show or export its entries.
#include "audit/audittrail.h"
#include "clicontext.h"
#include "tableoutput.h"
#include "output/texttable.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace imbang::cli {
namespace {

int verify(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AuditCli",
        "Check that nobody edited, deleted or reordered entries of the audit trail behind the program's "
        "back. Exit code 1 names the first broken entry."));
    Context::addDatabaseOption(parser);
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const AuditVerification v = AuditTrail(db->connection()).verify();
    if (!v.intact)
        return ctx.fail(v.message);
    ctx.out() << v.message << Qt::endl;
    return Success;
}

TextTable table(const QList<AuditEntry> &entries) {
    TextTable t;
    t.keys = {QStringLiteral("id"),     QStringLiteral("at"),     QStringLiteral("actor"),
              QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("summary"),
              QStringLiteral("before"), QStringLiteral("after")};
    t.headers = {
        QCoreApplication::translate("AuditCli", "No."),    QCoreApplication::translate("AuditCli", "Time"),
        QCoreApplication::translate("AuditCli", "Who"),    QCoreApplication::translate("AuditCli", "Action"),
        QCoreApplication::translate("AuditCli", "Record"), QCoreApplication::translate("AuditCli", "Summary"),
        QCoreApplication::translate("AuditCli", "Before"), QCoreApplication::translate("AuditCli", "After")};
    const auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    for (const AuditEntry &e : entries)
        t.rows << QStringList{QString::number(e.id),
                              e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              e.actor,
                              e.record.action,
                              e.record.entity,
                              e.record.summary,
                              json(e.record.before),
                              json(e.record.after)};
    return t;
}

int list(Context &ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AuditCli",
                                                                 "List entries of the audit trail, newest "
                                                                 "first."));
    Context::addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("entity"),
         QCoreApplication::translate("AuditCli", "Only this kind of record (employee, unit, position, "
                                                 "transfer)."),
         QCoreApplication::translate("AuditCli", "kind")});
    parser.addOption({QStringLiteral("actor"),
                      QCoreApplication::translate("AuditCli", "Only what this person did."),
                      QCoreApplication::translate("AuditCli", "name")});
    parser.addOption({QStringLiteral("search"),
                      QCoreApplication::translate("AuditCli", "Words in the summary."),
                      QCoreApplication::translate("AuditCli", "text")});
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("AuditCli", "At most N entries."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("AuditCli", "Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("AuditCli", "Print CSV.")});
    parser.addOption({QStringLiteral("xlsx"), QCoreApplication::translate("AuditCli", "Write an xlsx file."),
                      QCoreApplication::translate("AuditCli", "file")});
    int code = Success;
    if (!ctx.parse(parser, code))
        return code;
    AuditFilter filter;
    if (!ctx.intOption(parser, QStringLiteral("limit"), 1, 100'000'000, filter.limit))
        return UsageError;
    filter.entity = parser.value(QStringLiteral("entity"));
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.text = parser.value(QStringLiteral("search"));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return BadInput;
    const TextTable t = table(AuditTrail(db->connection()).entries(filter));
    return deliverTable(ctx, parser, t,
                        {db->connection(), QCoreApplication::translate("AuditCli", "Audit trail"),
                         QStringLiteral("audit-trail")});
}

int audit(Context &ctx) {
    QStringList args = ctx.arguments();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    Context subContext(QStringLiteral("audit ") + sub, args);
    if (sub == QLatin1String("verify"))
        return verify(subContext);
    if (sub == QLatin1String("list"))
        return list(subContext);
    ctx.err() << QCoreApplication::translate("AuditCli", "Usage: imbang-cli audit <verify|list> [options]")
              << Qt::endl;
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? Success : UsageError;
}

} // namespace

QList<Command> auditCommands() {
    return {{QStringLiteral("audit"),
             QCoreApplication::translate("AuditCli", "Verify or list the audit trail."), audit}};
}

} // namespace imbang::cli
