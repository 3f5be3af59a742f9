#include "decreeissuer.h"

#include "access/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "decree/decreenumbering.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "transfers/transferrepository.h"
#include "transfers/transferworkflow.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace imbang {

Expected<StoredDecree> DecreeIssuer::finalise(const QSqlDatabase &db, DecreeData draft, const DecreeLayout &layout,
                                              const QString &comment) {
    if (Status allowed = access::require(db, Permission::FinaliseDecree); !allowed)
        return Expected<StoredDecree>::failure(allowed.error());
    using Result = Expected<StoredDecree>;
    if (draft.final)
        return Result::failure(
            QCoreApplication::translate("DecreeIssuer", "Decree %1 is already final.").arg(draft.number));
    if (draft.people.isEmpty())
        return Result::failure(QCoreApplication::translate("DecreeIssuer", "The decree names nobody."));
    if (!draft.date.isValid())
        return Result::failure(QCoreApplication::translate("DecreeIssuer", "The decree has no date of issue."));
    if (const Problems problems = draft.tmpl.check(); hasErrors(problems))
        return Result::failure(QCoreApplication::translate("DecreeIssuer",
                                                           "The decree template must be corrected in the "
                                                           "settings first: %1")
                                   .arg(problems.first().message));

    sql::Transaction transaction(db);
    const TransferRepository transfers(db);
    QList<Transfer> members;
    for (const DecreePerson &p : std::as_const(draft.people)) {
        const std::optional<Transfer> t = transfers.byId(p.transferId);
        if (!t || t->status != TransferStatus::Approved)
            return Result::failure(QCoreApplication::translate("DecreeIssuer",
                                                               "Transfer %1 is no longer approved; draft the "
                                                               "decree again.")
                                       .arg(p.transferNumber));
        auto taken = sql::run(db, QStringLiteral("SELECT d.number FROM decree_transfer dt JOIN decree d "
                                                 "ON d.id = dt.decree_id WHERE dt.transfer_id = ?"),
                              {t->id});
        if (taken && taken->next())
            return Result::failure(QCoreApplication::translate("DecreeIssuer",
                                                               "Transfer %1 is already in decree %2.")
                                       .arg(t->number, taken->value(0).toString()));
        members << *t;
    }

    const Expected<DecreeNumber> number = DecreeNumbering::take(db, draft.numberPattern, draft.date.year());
    if (!number)
        return Result::failure(number.error());
    draft.number = number->text;
    draft.final = true;
    // Freeze the image actually printed, so that a new built-in emblem never changes an old decree.
    draft.tmpl.emblem = draft.tmpl.effectiveEmblem();
    draft.tmpl.emblemFormat = draft.tmpl.effectiveEmblemFormat();

    const QString snapshot = QString::fromUtf8(
        QJsonDocument(DecreeRepository::snapshot(draft, layout)).toJson(QJsonDocument::Compact));
    auto insert = sql::run(db,
                           QStringLiteral("INSERT INTO decree(uuid, number, year, sequence, issued_on, batch_id, "
                                          "snapshot, created_at, actor) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {QUuid::createUuid().toString(QUuid::WithoutBraces), draft.number, number->year,
                            number->sequence, sql::fromDate(draft.date), sql::nullIfZero(draft.batchId), snapshot,
                            sql::fromDateTime(Clock::now()), actor::current()},
                           QCoreApplication::translate("DecreeIssuer", "saving the final decree"));
    if (!insert)
        return Result::failure(insert.error());
    const qint64 decreeId = insert->lastInsertId().toLongLong();

    StepInput step;
    step.comment = comment.trimmed().isEmpty()
                       ? QCoreApplication::translate("DecreeIssuer", "Decree %1 finalised").arg(draft.number)
                       : comment.trimmed();
    step.decreeNumber = draft.number;
    step.decreeDate = draft.date;
    QJsonArray transferNumbers;
    for (const Transfer &t : std::as_const(members)) {
        auto link = sql::run(db, QStringLiteral("INSERT INTO decree_transfer(decree_id, transfer_id) VALUES(?, ?)"),
                             {decreeId, t.id});
        if (!link)
            return Result::failure(link.error());
        if (Status s = TransferWorkflow::apply(db, t, TransferStatus::DecreeIssued, step); !s)
            return Result::failure(s.error());
        transferNumbers.append(t.number);
    }

    AuditRecord record;
    record.action = QStringLiteral("decree.finalise");
    record.entity = QStringLiteral("decree");
    record.summary = QCoreApplication::translate("DecreeIssuer", "Decree %1 finalised for %n transfer(s)", "",
                                                 int(members.size()))
                         .arg(draft.number);
    record.after = QJsonObject{{QStringLiteral("number"), draft.number},
                               {QStringLiteral("issued_on"), draft.date.toString(Qt::ISODate)},
                               {QStringLiteral("transfers"), transferNumbers}};
    if (Status s = AuditTrail(db).record(record); !s)
        return Result::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Result::failure(s.error());
    ChangeBus::notify(QStringLiteral("transfer"));
    ChangeBus::notify(QStringLiteral("decree"));
    std::optional<StoredDecree> stored = DecreeRepository(db).byId(decreeId);
    if (!stored)
        return Result::failure(
            QCoreApplication::translate("DecreeIssuer", "Decree %1 could not be read back.").arg(draft.number));
    return *stored;
}

} // namespace imbang
