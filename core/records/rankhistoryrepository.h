#pragma once

#include "domain/rank.h"
#include "util/expected.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace imbang {

// One rank (golongan) an employee held from a TMT on. Appended, never edited, like the position history.
struct RankHistoryEntry {
    qint64 id = 0;
    QUuid uuid;
    qint64 employeeId = 0;
    Rank rank;
    QDate tmt;
    QString source; // sourceInitial(), sourcePromotion(), sourceCorrection()
    QString note;
    QDateTime modifiedAt;
    QString originOffice;
    friend bool operator==(const RankHistoryEntry &, const RankHistoryEntry &) = default;
};

class RankHistoryRepository {
public:
    explicit RankHistoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<RankHistoryEntry> forEmployee(qint64 employeeId) const; // oldest first
    bool hasEntries(qint64 employeeId) const;
    Expected<qint64> append(RankHistoryEntry entry); // stamps uuid (when null) and modified_at

    static QString sourceInitial() { return QStringLiteral("AWAL"); }
    static QString sourcePromotion() { return QStringLiteral("KENAIKAN"); }
    static QString sourceCorrection() { return QStringLiteral("KOREKSI"); }

private:
    QSqlDatabase m_db;
};

} // namespace imbang
