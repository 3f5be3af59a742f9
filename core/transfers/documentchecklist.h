#pragma once

#include "transfers/transfer.h"
#include "util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace imbang {

// A paper the transfer needs, and by which status it must have arrived.
struct DocumentRequirement {
    QString code;  // stable, e.g. "SKP_2_TAHUN"
    QString title; // translated
    TransferStatus neededBy = TransferStatus::Verified;
    friend bool operator==(const DocumentRequirement &, const DocumentRequirement &) = default;
};

// The documents each kind of transfer needs (domain.md, "Transfer rules"; Peraturan BKN 5/2019):
//   every kind: ABK of the target position, last rank/position decree, performance (SKP) of the last
//     2 years, statement of no disciplinary or court proceedings; the application letter when the
//     person asked for the move;
//   between agencies, additionally: the receiving side's proposal naming the position and the
//     origin's approval;
//   between governments (kabupaten/kota, provinces, central): all of the above, the application letter,
//     statements of no study leave or service bond, the inspectorate's clearance, SK CPNS/PNS, the
//     diploma, and BKN's pertek (needed before the decree is issued, the others before verification).
// Ticking a document records when it arrived and where the file is kept; both are audited.
class DocumentChecklist {
public:
    static QList<DocumentRequirement> required(TransferKind kind, TransferReason reason);
    static QList<DocumentRequirement> required(const Transfer &transfer);
    static QString title(const QString &code); // translated; the code itself when unknown

    // Required documents not yet ticked that must be there to reach `status`.
    static QList<DocumentRequirement> missing(const Transfer &transfer, const QList<DocumentTick> &ticks,
                                              TransferStatus status);

    // Ticks a document: it must be on the transfer's list and have a file reference. The received date
    // defaults to today.
    static Status tick(const QSqlDatabase &db, qint64 transferId, DocumentTick tick);
    static Status untick(const QSqlDatabase &db, qint64 transferId, const QString &code);
};

} // namespace imbang
