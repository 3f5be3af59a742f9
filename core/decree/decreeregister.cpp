#include "decreeregister.h"

#include "decree/decreerepository.h"
#include "decree/decreetemplaterepository.h"
#include "storage/sqlutil.h"
#include "transfers/transfercodes.h"
#include "transfers/transferrepository.h"

#include <QHash>

namespace imbang {

QList<DecreeEntry> DecreeRegister::list(const QSqlDatabase &db) {
    return drafts(db) + finals(db);
}

QList<DecreeEntry> DecreeRegister::drafts(const QSqlDatabase &db) {
    // Approved transfers in no decree: one draft per proposal, one per transfer proposed alone.
    auto q = sql::run(db, QStringLiteral("SELECT t.id, t.number, COALESCE(t.batch_id, 0), COALESCE(b.title, '') "
                                         "FROM transfer t LEFT JOIN transfer_batch b ON b.id = t.batch_id "
                                         "WHERE t.status = ? AND NOT EXISTS (SELECT 1 FROM decree_transfer dt "
                                         "WHERE dt.transfer_id = t.id) ORDER BY t.id"),
                      {transfercodes::toCode(TransferStatus::Approved)});
    const QString subject = DecreeTemplateRepository(db).load().subject.trimmed().toUpper();
    QList<DecreeEntry> list;
    QHash<qint64, qsizetype> byBatch;
    while (q && q->next()) {
        const qint64 batch = q->value(2).toLongLong();
        if (batch != 0 && byBatch.contains(batch)) {
            DecreeEntry &entry = list[byBatch.value(batch)];
            ++entry.people;
            continue;
        }
        DecreeEntry entry;
        entry.batchId = batch;
        entry.transferId = batch == 0 ? q->value(0).toLongLong() : 0;
        entry.subject = subject;
        entry.people = 1;
        entry.covers = batch != 0 && !q->value(3).toString().isEmpty() ? q->value(3).toString() : q->value(1).toString();
        if (batch != 0)
            byBatch.insert(batch, list.size());
        list << entry;
    }
    return list;
}

QList<DecreeEntry> DecreeRegister::finals(const QSqlDatabase &db) {
    QList<DecreeEntry> list;
    for (const StoredDecree &d : DecreeRepository(db).all()) {
        DecreeEntry entry;
        entry.final = true;
        entry.decreeId = d.id;
        entry.batchId = d.batchId;
        entry.number = d.number;
        entry.date = d.issuedOn;
        entry.subject = d.data.tmpl.subject.trimmed().toUpper();
        entry.people = int(d.data.people.size());
        QStringList numbers;
        for (const DecreePerson &p : d.data.people)
            numbers << p.transferNumber;
        const QString batchTitle = d.batchId ? TransferRepository(db).batchTitle(d.batchId) : QString();
        entry.covers = !batchTitle.isEmpty() ? batchTitle
                       : numbers.size() > 3  ? numbers.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                             : numbers.join(QStringLiteral(", "));
        list << entry;
    }
    return list;
}

} // namespace imbang
