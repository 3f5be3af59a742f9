#pragma once

#include <QString>

// Numbers spelled out in Indonesian, for documents: decree clauses are numbered KESATU, KEDUA, ...
// and counts are written "5 (lima)". Fixed Indonesian by design, like indonesianformat.h: this is the
// language of the documents, not a translation of the user interface.
namespace imbang::indonesian {

// 21 -> "dua puluh satu", 111 -> "seratus sebelas", 1000 -> "seribu"; 0 -> "nol". Negative numbers get
// "minus". Works up to the trillions.
QString spelledNumber(qint64 value);

// The ordinal with "ke-": 1 -> "kesatu", 2 -> "kedua", 12 -> "kedua belas", 21 -> "kedua puluh satu",
// 100 -> "keseratus". Empty for values below 1.
QString ordinal(qint64 value);

// The label of a decree clause (diktum): ordinal(n) in capitals, "KESATU", "KEDUA PULUH SATU".
QString clauseLabel(int number);

} // namespace imbang::indonesian
