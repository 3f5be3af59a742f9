#include "decreetemplaterepository.h"

#include "access/session.h"
#include "audit/audittrail.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace imbang {

DecreeTemplate DecreeTemplateRepository::load() const {
    auto q = sql::run(m_db, QStringLiteral("SELECT content, emblem, emblem_format FROM decree_template WHERE id = 1"));
    if (!q || !q->next())
        return DecreeTemplate::defaultTemplate();
    DecreeTemplate t = DecreeTemplate::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    t.emblem = q->value(1).toByteArray();
    t.emblemFormat = q->value(2).toString();
    return t;
}

bool DecreeTemplateRepository::isCustomised() const {
    auto q = sql::run(m_db, QStringLiteral("SELECT 1 FROM decree_template WHERE id = 1"));
    return q && q->next();
}

Status DecreeTemplateRepository::save(const DecreeTemplate &tmpl) {
    if (Status allowed = access::require(m_db, Permission::ManageSettings); !allowed)
        return allowed;
    const Problems problems = tmpl.check();
    if (hasErrors(problems)) {
        QStringList messages;
        for (const Problem &p : problems)
            messages << p.message;
        return Status::failure(QCoreApplication::translate("DecreeTemplateRepository",
                                                           "The decree template was not saved: %1")
                                   .arg(messages.join(QLatin1Char(' '))));
    }
    const DecreeTemplate before = load();
    sql::Transaction transaction(m_db);
    const QString content = QString::fromUtf8(QJsonDocument(tmpl.toJson()).toJson(QJsonDocument::Compact));
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO decree_template(id, content, emblem, emblem_format, modified_at) "
                                     "VALUES(1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET content = excluded.content, "
                                     "emblem = excluded.emblem, emblem_format = excluded.emblem_format, "
                                     "modified_at = excluded.modified_at"),
                      {content, tmpl.emblem.isEmpty() ? QVariant() : QVariant(tmpl.emblem),
                       sql::text(tmpl.emblem.isEmpty() ? QString() : tmpl.emblemFormat),
                       sql::fromDateTime(Clock::now())},
                      QCoreApplication::translate("DecreeTemplateRepository", "saving the decree template"));
    if (!q)
        return Status::failure(q.error());
    AuditRecord record;
    record.action = QStringLiteral("decree_template.save");
    record.entity = QStringLiteral("decree_template");
    record.summary = QCoreApplication::translate("DecreeTemplateRepository", "Decree template changed");
    record.before = before.toJson();
    record.after = tmpl.toJson();
    if (Status s = AuditTrail(m_db).record(record); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("decree"));
    return {};
}

Status DecreeTemplateRepository::reset() {
    if (Status allowed = access::require(m_db, Permission::ManageSettings); !allowed)
        return allowed;
    const DecreeTemplate before = load();
    sql::Transaction transaction(m_db);
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM decree_template"));
    if (!q)
        return Status::failure(q.error());
    AuditRecord record;
    record.action = QStringLiteral("decree_template.reset");
    record.entity = QStringLiteral("decree_template");
    record.summary = QCoreApplication::translate("DecreeTemplateRepository",
                                                 "Decree template reset to the shipped default");
    record.before = before.toJson();
    record.after = DecreeTemplate::defaultTemplate().toJson();
    if (Status s = AuditTrail(m_db).record(record); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("decree"));
    return {};
}

} // namespace imbang
