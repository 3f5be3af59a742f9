#pragma once

#include "util/expected.h"
#include "util/problem.h"

#include <QSqlDatabase>
#include <QString>

namespace imbang {

// A decree number taken from the office's sequence.
struct DecreeNumber {
    int year = 0;
    int sequence = 0;
    QString text; // "800/17/BKD/2026"
};

// Decree numbers from the office pattern (setting decree/number_pattern, default "800/{nomor}/BKD/{tahun}"):
// {nomor} is the sequence of the year, {tahun} the year. The sequence lives in decree_sequence and only
// goes up, so a number is never given twice, not even when a finalisation that took one fails later in
// its transaction (the whole transaction, sequence included, is rolled back: the number was never used).
class DecreeNumbering {
public:
    static QString format(const QString &pattern, int sequence, int year);
    // What a draft prints: the sequence left blank for the number to be written in ("800/....../BKD/2026").
    static QString draftText(const QString &pattern, int year);
    // A pattern needs {nomor} exactly once; only {nomor} and {tahun} are known.
    static Problems check(const QString &pattern);

    // Inside the caller's transaction: the next sequence of `year`, marked as used. A number already on a
    // decree or typed on a transfer by hand is skipped.
    static Expected<DecreeNumber> take(const QSqlDatabase &db, const QString &pattern, int year);
    static int lastSequence(const QSqlDatabase &db, int year); // 0 when none was taken
};

} // namespace imbang
