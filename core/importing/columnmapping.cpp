#include "columnmapping.h"

#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace imbang {

int ColumnMapping::columnOf(ImportField field) const {
    return int(fields.indexOf(field));
}

QString ColumnMapping::signature() const {
    QStringList parts;
    for (const QString &h : headers)
        parts << importfield::normalizeHeader(h);
    while (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QList<ImportField> HeaderDetector::autoFields(const QStringList &headers) {
    QList<ImportField> result;
    for (const QString &h : headers) {
        ImportField f = importfield::fromHeader(h);
        if (f != ImportField::Ignore && result.contains(f))
            f = ImportField::Ignore;
        result << f;
    }
    return result;
}

ColumnMapping HeaderDetector::detect(const Sheet &sheet) {
    ColumnMapping best;
    int bestScore = 1;
    const int limit = std::min<int>(int(sheet.rows.size()), 30);
    for (int i = 0; i < limit; ++i) {
        const SourceRow &row = sheet.rows.at(i);
        QStringList headers;
        for (const Cell &c : row.cells)
            headers << (c.kind == Cell::Kind::Text ? c.text.simplified() : QString());
        const QList<ImportField> fields = autoFields(headers);
        int score = 0;
        for (ImportField f : fields)
            score += f != ImportField::Ignore ? 1 : 0;
        const bool key = fields.contains(ImportField::Nip) || fields.contains(ImportField::Name);
        if (key && score > bestScore) {
            bestScore = score;
            best.headerRowIndex = i;
            best.headers = headers;
            best.fields = fields;
        }
    }
    if (best.headerRowIndex >= 0) {
        // Data rows may be wider than the header (unnamed columns): give them a place.
        const int columns = sheet.columnCount();
        while (best.headers.size() < columns) {
            best.headers << QString();
            best.fields << ImportField::Ignore;
        }
    }
    return best;
}

std::optional<QList<ImportField>> MappingStore::find(const QString &signature, int columnCount) const {
    auto q = sql::run(m_db, QStringLiteral("SELECT mapping FROM import_mapping WHERE signature = ?"), {signature});
    if (!q || !q->next())
        return std::nullopt;
    const QJsonArray array = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
    QList<ImportField> fields;
    for (const QJsonValue &v : array)
        fields << importfield::fromCode(v.toString()).value_or(ImportField::Ignore);
    while (fields.size() < columnCount)
        fields << ImportField::Ignore;
    fields.resize(columnCount);
    return fields;
}

bool MappingStore::apply(ColumnMapping &mapping) const {
    if (mapping.headerRowIndex < 0)
        return false;
    const auto fields = find(mapping.signature(), int(mapping.fields.size()));
    if (!fields)
        return false;
    mapping.fields = *fields;
    return true;
}

Status MappingStore::remember(const ColumnMapping &mapping) {
    QJsonArray array;
    for (ImportField f : mapping.fields)
        array.append(importfield::code(f));
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO import_mapping(signature, mapping, used_at) VALUES(?, ?, ?) "
                                     "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, "
                                     "used_at = excluded.used_at"),
                      {mapping.signature(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)),
                       sql::fromDateTime(Clock::now())});
    return q ? Status() : Status::failure(q.error());
}

} // namespace imbang
