#pragma once

#include <QString>

namespace imbang {

// The level of a diploma, ordered so that a comparison says whether one meets another. D-IV counts
// as S-1 (both are "sarjana terapan"/"sarjana" level for appointments).
enum class EducationLevel { Unknown = 0, SD, SMP, SMA, D1, D2, D3, S1, S2, S3 };

namespace education {

// The level written at the start of an education text as agencies write it: "S-1 Manajemen",
// "S1 Pendidikan Matematika", "D-III Keperawatan", "D4 Kebidanan", "SMA/SMK", "SLTA", "Strata 2 ...".
EducationLevel levelOf(const QString &education);
// What follows the level: "S-1 Pendidikan Matematika" -> "Pendidikan Matematika".
QString majorOf(const QString &education);
QString toCode(EducationLevel level); // "", "SD", "SMP", "SMA", "D1", "D2", "D3", "S1", "S2", "S3"
EducationLevel fromCode(const QString &code);
QString displayName(EducationLevel level); // "S-1", "D-III", "SMA/sederajat"

} // namespace education
} // namespace imbang
