#pragma once

#include <QString>
#include <QStringList>

// How unit and position names written by agencies are compared with the catalogue.
namespace imbang::namematching {

// Lower case, punctuation to spaces, single spaces, and the usual abbreviations spelled out:
// "SMAN 3 Bungo" -> "sma negeri 3 bungo", "Kab. Bungo" -> "kabupaten bungo", "Pkm" -> "puskesmas".
QString normalize(const QString &name);
// The normalised name without a trailing region ("... kabupaten bungo", "... kota jambi"), when the
// name ends with one of `regions` (normalised region names such as "kabupaten bungo").
QString withoutRegion(const QString &normalized, const QStringList &regions);
// 0..1: how alike two normalised names are (shared words, Dice coefficient).
double similarity(const QString &a, const QString &b);

} // namespace imbang::namematching
