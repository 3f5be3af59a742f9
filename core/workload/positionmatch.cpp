#include "positionmatch.h"

#include "storage/sqlutil.h"

namespace imbang {

std::optional<PositionMatch> matchPosition(const QSqlDatabase &db, const QString &codeOrName) {
    const QString text = codeOrName.simplified();
    if (text.isEmpty())
        return std::nullopt;
    for (const QString &statement : {QStringLiteral("SELECT id, name FROM position WHERE code = ? COLLATE NOCASE"),
                                     QStringLiteral("SELECT id, name FROM position WHERE name = ? COLLATE NOCASE")}) {
        auto q = sql::run(db, statement, {text});
        if (q && q->next())
            return PositionMatch{q->value(0).toLongLong(), q->value(1).toString()};
    }
    return std::nullopt;
}

} // namespace imbang
