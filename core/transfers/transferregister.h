#pragma once

#include "output/texttable.h"
#include "transfers/transfer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace imbang {

// Which transfers the register lists. The period is on the TMT; the unit matches the origin or the
// target (with its sub-units unless told otherwise).
struct TransferFilter {
    QList<TransferStatus> statuses; // empty: every status
    std::optional<TransferKind> kind;
    qint64 unitId = 0;
    bool includeSubunits = true;
    QDate from, to; // invalid: open
    QString search; // words in the employee's name or NIP, or the register number
    qint64 employeeId = 0;
    qint64 batchId = 0;
    qint64 transferId = 0; // one transfer
    friend bool operator==(const TransferFilter &, const TransferFilter &) = default;
};

// A transfer with the names a register shows.
struct TransferRow {
    Transfer transfer;
    QString employeeName;
    QString nip;
    QString fromUnit, fromPosition, toUnit, toPosition;
};

// Moves into and out of a unit in a period: completed ones, and those still on their way.
struct UnitFlow {
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    int in = 0, out = 0;
    int pendingIn = 0, pendingOut = 0;
    int net() const { return in - out; }
};

// One line of an employee's timeline: a post held (position history) or a step of a transfer.
struct TimelineEvent {
    QDateTime at; // the TMT at midnight for a post
    QString text; // translated
    qint64 transferId = 0;
};

// The transfer register, the in/out flows per unit and the employee timeline, as lists and as
// tables for the CLI and the xlsx export.
class TransferRegister {
public:
    explicit TransferRegister(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QList<TransferRow> rows(const TransferFilter &filter) const; // newest first
    static TextTable table(const QList<TransferRow> &rows);

    QList<UnitFlow> flows(const QDate &from, const QDate &to, qint64 unitId = 0) const; // by unit code
    static TextTable flowTable(const QList<UnitFlow> &flows);

    QList<TimelineEvent> timeline(qint64 employeeId) const; // oldest first

private:
    QSqlDatabase m_db;
};

} // namespace imbang
