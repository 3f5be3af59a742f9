#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace imbang {

// One line of the list of decrees: a final decree (stored, with its number) or a draft that can be
// made now (the approved transfers of a proposal that are in no decree yet, or one such transfer
// proposed alone).
struct DecreeEntry {
    bool final = false;
    qint64 decreeId = 0;   // final decree
    qint64 batchId = 0;    // the proposal (a draft of a proposal, or the final decree's)
    qint64 transferId = 0; // a draft of one transfer proposed alone
    QString number;        // empty on a draft
    QDate date;            // date of issue; invalid on a draft
    QString subject;       // after TENTANG
    int people = 0;
    QString covers;        // the proposal's title, or the register numbers of the transfers
};

// The final decrees (newest first) and the drafts waiting to be finalised (by proposal), for the
// Keputusan page and its tests.
class DecreeRegister {
public:
    static QList<DecreeEntry> list(const QSqlDatabase &db);
    static QList<DecreeEntry> drafts(const QSqlDatabase &db);
    static QList<DecreeEntry> finals(const QSqlDatabase &db);
};

} // namespace imbang
