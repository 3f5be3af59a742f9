#pragma once

#include "util/expected.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace imbang {

// One post an employee held: unit and position from a TMT on. Entries are appended, never edited:
// a mistake is fixed by a new entry with source KOREKSI.
struct PositionHistoryEntry {
    qint64 id = 0;
    QUuid uuid;
    qint64 employeeId = 0;
    qint64 unitId = 0;
    qint64 positionId = 0;
    QDate tmt;
    QString source;        // sourceInitial(), sourceTransfer(), sourceCorrection()
    qint64 transferId = 0; // the transfer that caused it, 0 for none
    QString note;
    QDateTime modifiedAt;
    QString originOffice;
    friend bool operator==(const PositionHistoryEntry &, const PositionHistoryEntry &) = default;
};

class PositionHistoryRepository {
public:
    explicit PositionHistoryRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Oldest first (by TMT, then by insertion).
    QList<PositionHistoryEntry> forEmployee(qint64 employeeId) const;
    bool hasEntries(qint64 employeeId) const;
    // Stamps uuid (when null) and modified_at.
    Expected<qint64> append(PositionHistoryEntry entry);

    static QString sourceInitial() { return QStringLiteral("AWAL"); }
    static QString sourceTransfer() { return QStringLiteral("MUTASI"); }
    static QString sourceCorrection() { return QStringLiteral("KOREKSI"); }
    static QString sourceChange() { return QStringLiteral("PERUBAHAN"); } // a new post outside a transfer

private:
    QSqlDatabase m_db;
};

} // namespace imbang
