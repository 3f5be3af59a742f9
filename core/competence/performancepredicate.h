#pragma once

#include "util/problem.h"

#include <QList>
#include <QString>

#include <optional>

namespace imbang {

// The yearly performance predicate (predikat kinerja, SKP / e-Kinerja; PermenPANRB 6/2022), best first.
enum class PerformancePredicate { VeryGood, Good, NeedsImprovement, Poor, VeryPoor };

namespace performance {

QString toCode(PerformancePredicate p);      // "SB", "B", "BP", "K", "SK": stored, never translated
std::optional<PerformancePredicate> fromCode(const QString &code);
QString displayName(PerformancePredicate p); // "Sangat Baik", ...
QList<PerformancePredicate> all();
// At least "Baik": what a transfer needs for each of the last two years.
bool isGoodEnough(PerformancePredicate p);
// What agencies write: the codes, the names in any case ("sangat baik", "BAIK"), "Butuh
// Perbaikan"/"Cukup" (the old scale's middle grade), "Buruk" (the old lowest grade).
std::optional<PerformancePredicate> parse(const QString &text);

// Older years hold a numeric SKP score (PP 46/2011): the lowest score of each of the first four
// predicates, highest first; anything lower is the last one. Stored as a setting "91;76;61;51".
struct ScoreMapping {
    QList<double> lowestScores{91, 76, 61, 51};
    PerformancePredicate map(double score) const;
    QString toSettingText() const;
    static std::optional<ScoreMapping> fromSettingText(const QString &text); // empty text: defaults
    // Four scores between 0 and maximumScore, rising from Kurang to Sangat Baik, so that every score
    // maps to exactly one predicate; one problem per wrong score (field "score_<code>").
    Problems validate() const;
    static constexpr double maximumScore = 120; // SKP achievement may exceed 100 (PP 46/2011)
};

} // namespace performance
} // namespace imbang
