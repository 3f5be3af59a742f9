#pragma once

#include "exchange/entityexchange.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <optional>

namespace imbang::exchange {

// The names of an entity, as string literals (the titles marked with QT_TRANSLATE_NOOP("Exchange", ...)).
struct EntityNames {
    const char *entity;  // audit entity, ChangeBus topic, tombstone entity
    const char *table;
    const char *alias;   // of the table in Traits::select()
    const char *title;   // e.g. "Rank history"
    const char *reading; // e.g. "reading rank history", names the step in a database error
};

// A field of the entity and its title (QT_TRANSLATE_NOOP("Exchange", ...)).
struct FieldTitle {
    const char *field;
    const char *title;
};

// One row of an export, while the entity decides whether it travels.
struct ExportRow {
    const ExportRun &run;
    const QSqlQuery &query;
    bool changed;                  // changed since run.since; always true for an export of everything
    const QSet<qint64> &required;  // ids of this entity that records read before point to
    QHash<QString, QSet<qint64>> &takes; // entity -> ids of records this row takes along

    void take(const QString &entity, qint64 id) {
        if (id)
            takes[entity].insert(id);
    }
};

// The column values to store for a package record, or none when it has to be left out (the reason
// is then in run.warnings).
using StoredValues = std::optional<QVariantList>;

// The read / compare / write steps that every entity shares, around what only the entity knows: its
// Traits (a struct of static members, see rankhistoryexchange.cpp for a small one):
//   using Record                      the record struct of packagerecords.h
//   names, fieldTitles                EntityNames and an array of FieldTitle
//   section(payload)                  the payload's vector of Record
//   select()                          SELECT of the rows: first column the id, %1 before FROM for the
//                                     "changed since" column
//   read(query)                       Record from a row
//   fields(record, context)           the content, for content hashes, comparison and the audit
//   naturalKey(record, context)       matches records made separately in two offices; empty: none
//   label(record, context)            for people, e.g. "Rank III/b from 2020-04-01 of Budi (NIP …)"
//   travels(ExportRow &)              whether a row belongs to the export, taking along what it needs
//   invalidField(record)              the first field that cannot be stored as it is, or empty
//   invalidMessage(record, field)     the translated message for it
//   columns                           the stored columns, in the order of values(): "a, b, c"
//   values(run, record, localId, context) -> Expected<StoredValues>
// and optionally:
//   saving(record, context)           what a database error says it was doing (default "saving <label>")
//   displayValue(field, value, context) -> std::optional<QString>  (default: the label of a reference)
//   namesReferences = true            local records' labels name references (units, positions)
//   insertOnlyColumns, insertOnlyValues(record)     columns set when a record is inserted, not updated
//   afterWrite(run, record, id, context)            after a record was stored
//   collect(run), finishWrites(run)   replace the generic export (no travels() then) / add a last
//                                     step to the import
template <class Traits>
class RecordExchange final : public EntityExchange {
public:
    QString entity() const override { return QLatin1String(Traits::names.entity); }
    QString table() const override { return QLatin1String(Traits::names.table); }
    QString title() const override { return QCoreApplication::translate("Exchange", Traits::names.title); }

    QString fieldTitle(QLatin1String field) const override {
        for (const FieldTitle &t : Traits::fieldTitles)
            if (field == QLatin1String(t.field))
                return QCoreApplication::translate("Exchange", t.title);
        return field;
    }

    QString displayValue(QLatin1String field, const QString &value, const MergeContext &context) const override {
        if constexpr (requires { Traits::displayValue(field, value, context); })
            if (std::optional<QString> shown = Traits::displayValue(field, value, context))
                return *shown;
        return EntityExchange::displayValue(field, value, context);
    }

    Status collect(ExportRun &run) const override {
        if constexpr (requires { Traits::collect(run); })
            return Traits::collect(run);
        else
            return collectRows(run);
    }

    Expected<QList<RecordView>> localRecords(const QSqlDatabase &db, MergeContext &context) const override {
        auto q = sql::run(db, Traits::select().arg(QString()), {}, reading());
        if (!q)
            return Expected<QList<RecordView>>::failure(q.error());
        QList<RecordView> views;
        MergeContext identity; // local records refer to local UUIDs
        identity.labels = context.labels;
        while (q->next()) {
            RecordView view = viewOf(Traits::read(*q), identity);
            view.localId = q->value(0).toLongLong();
            if constexpr (requires { Traits::namesReferences; })
                context.labels.insert(view.uuid, view.label);
            views << std::move(view);
        }
        return views;
    }

    qsizetype incomingCount(const PackagePayload &payload) const override {
        return qsizetype(Traits::section(payload).size());
    }

    QString incomingUuid(const PackagePayload &payload, qsizetype index) const override {
        return recordtext::to(record(payload, index).uuid);
    }

    std::pair<QString, QString> incomingIdentity(const PackagePayload &payload, qsizetype index,
                                                 const MergeContext &context) const override {
        const auto &r = record(payload, index);
        return {recordtext::to(r.uuid), Traits::naturalKey(r, context)};
    }

    RecordView incoming(const PackagePayload &payload, qsizetype index, const MergeContext &context) const override {
        return viewOf(record(payload, index), context);
    }

    QString validate(const PackagePayload &payload, qsizetype index) const override {
        const auto &r = record(payload, index);
        const QString field = Traits::invalidField(r);
        return field.isEmpty() ? QString() : Traits::invalidMessage(r, field);
    }

    Expected<bool> write(ApplyRun &run, const PackagePayload &payload, qsizetype index, qint64 localId,
                         const MergeContext &context) const override {
        const auto &r = record(payload, index);
        auto stored = Traits::values(run, r, localId, context);
        if (!stored)
            return Expected<bool>::failure(stored.error());
        if (!stored.value())
            return false;
        QVariantList values = std::move(*stored.value());
        const auto what = [&] { return saving(r, context); };
        qint64 id = localId;
        if (localId) {
            if (Status s = run.exec(updateStatement(), values << localId, what); !s)
                return Expected<bool>::failure(s.error());
        } else {
            if constexpr (requires { Traits::insertOnlyValues(r); })
                values << Traits::insertOnlyValues(r);
            const QString uuid = recordtext::to(r.uuid);
            if (Status s = run.exec(insertStatement(), values << uuid, what); !s)
                return Expected<bool>::failure(s.error());
            id = run.lastInsertId(insertStatement());
            run.ids[entity()].insert(uuid, id);
        }
        if constexpr (requires { Traits::afterWrite(run, r, id, context); })
            Traits::afterWrite(run, r, id, context);
        return true;
    }

    Status finishWrites(ApplyRun &run) const override {
        if constexpr (requires { Traits::finishWrites(run); })
            return Traits::finishWrites(run);
        else
            return {};
    }

private:
    using Record = typename Traits::Record;

    static const Record &record(const PackagePayload &payload, qsizetype index) {
        return Traits::section(payload).at(std::size_t(index));
    }

    static QString reading() { return QCoreApplication::translate("Exchange", Traits::names.reading); }

    static QString saving(const Record &r, const MergeContext &context) {
        if constexpr (requires { Traits::saving(r, context); })
            return Traits::saving(r, context);
        else
            return QCoreApplication::translate("Exchange", "saving %1").arg(Traits::label(r, context));
    }

    static RecordView viewOf(const Record &r, const MergeContext &context) {
        RecordView view;
        view.uuid = recordtext::to(r.uuid);
        view.naturalKey = Traits::naturalKey(r, context);
        view.label = Traits::label(r, context);
        view.fields = Traits::fields(r, context);
        view.modifiedAt = recordtext::to(r.modifiedAt);
        view.originOffice = recordtext::to(r.originOffice);
        return view;
    }

    static QStringList columnList(const char *columns) {
        return QString::fromLatin1(columns).split(QLatin1String(", "));
    }

    // Built once: ApplyRun keeps a prepared statement per statement text (by its address).
    static const QString &updateStatement() {
        static const QString statement =
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(QLatin1String(Traits::names.table), columnList(Traits::columns).join(QLatin1String(" = ?, ")));
        return statement;
    }

    static const QString &insertStatement() {
        static const QString statement = [] {
            QStringList columns = columnList(Traits::columns);
            if constexpr (requires { Traits::insertOnlyColumns; })
                columns << columnList(Traits::insertOnlyColumns);
            columns << QStringLiteral("uuid");
            QStringList marks(columns.size(), QStringLiteral("?"));
            return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                .arg(QLatin1String(Traits::names.table), columns.join(QLatin1String(", ")),
                     marks.join(QLatin1String(", ")));
        }();
        return statement;
    }

    Status collectRows(ExportRun &run) const {
        const bool since = !run.since.isEmpty();
        const QString alias = QLatin1String(Traits::names.alias);
        auto q = sql::run(run.db,
                          Traits::select().arg(since ? QStringLiteral(", ") + run.changedExpression(alias) : QString()) +
                              QStringLiteral(" ORDER BY %1.id").arg(alias),
                          since ? QVariantList{run.since, run.since} : QVariantList{}, reading());
        if (!q)
            return Status::failure(q.error());
        auto &records = Traits::section(run.payload);
        // Reserved up front: growing a vector of 100,000 records moves every string several times.
        if (auto count = sql::run(run.db, QStringLiteral("SELECT count(*) FROM %1").arg(table()));
            count && count->next())
            records.reserve(records.size() + std::size_t(count->value(0).toLongLong()));
        const int changedColumn = q->record().count() - 1; // only read with `since`
        const QSet<qint64> required = run.required.value(entity());
        // Gathered apart and added at the end: a reference into run.required would not survive an
        // insertion of another entity.
        QHash<QString, QSet<qint64>> takes;
        const std::string ownOffice = run.ownOfficeId.toStdString();
        const MergeContext identity;
        int seen = 0;
        while (q->next()) {
            if (++seen % 4096 == 0 && run.cancelled && run.cancelled())
                return {};
            ExportRow row{run, *q, !since || q->value(changedColumn).toBool(), required, takes};
            if (!Traits::travels(row))
                continue;
            Record r = Traits::read(*q);
            if (r.originOffice.empty())
                r.originOffice = ownOffice;
            if (run.wantHashes)
                run.sentHashes.append({recordtext::to(r.uuid), contentHash(entity(), Traits::fields(r, identity))});
            records.push_back(std::move(r));
        }
        for (auto it = takes.cbegin(); it != takes.cend(); ++it)
            run.required[it.key()].unite(it.value());
        return {};
    }
};

// The UUID here of the record a reference points to; empty for no reference.
inline QString referenceUuid(const std::string &uuid, const MergeContext &context) {
    return uuid.empty() ? QString() : context.local(recordtext::to(uuid));
}

} // namespace imbang::exchange
