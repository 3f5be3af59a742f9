#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace imbang {

struct PositionMatch {
    qint64 id = 0;
    QString name;
};

// A position named the way ABK sheets and officers name it: by its code when one matches exactly
// (ignoring case), else by its full name (ignoring case and extra spaces).
std::optional<PositionMatch> matchPosition(const QSqlDatabase &db, const QString &codeOrName);

} // namespace imbang
