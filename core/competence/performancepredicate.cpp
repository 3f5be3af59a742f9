#include "performancepredicate.h"

#include <QCoreApplication>
#include <QStringList>

namespace imbang::performance {

QString toCode(PerformancePredicate p) {
    switch (p) {
    case PerformancePredicate::VeryGood:
        return QStringLiteral("SB");
    case PerformancePredicate::Good:
        return QStringLiteral("B");
    case PerformancePredicate::NeedsImprovement:
        return QStringLiteral("BP");
    case PerformancePredicate::Poor:
        return QStringLiteral("K");
    case PerformancePredicate::VeryPoor:
        return QStringLiteral("SK");
    }
    return {};
}

std::optional<PerformancePredicate> fromCode(const QString &code) {
    for (PerformancePredicate p : all())
        if (toCode(p) == code)
            return p;
    return std::nullopt;
}

QString displayName(PerformancePredicate p) {
    switch (p) {
    case PerformancePredicate::VeryGood:
        return QCoreApplication::translate("Performance", "Very good");
    case PerformancePredicate::Good:
        return QCoreApplication::translate("Performance", "Good");
    case PerformancePredicate::NeedsImprovement:
        return QCoreApplication::translate("Performance", "Needs improvement");
    case PerformancePredicate::Poor:
        return QCoreApplication::translate("Performance", "Poor");
    case PerformancePredicate::VeryPoor:
        return QCoreApplication::translate("Performance", "Very poor");
    }
    return {};
}

QList<PerformancePredicate> all() {
    return {PerformancePredicate::VeryGood, PerformancePredicate::Good, PerformancePredicate::NeedsImprovement,
            PerformancePredicate::Poor, PerformancePredicate::VeryPoor};
}

bool isGoodEnough(PerformancePredicate p) { return p == PerformancePredicate::VeryGood || p == PerformancePredicate::Good; }

std::optional<PerformancePredicate> parse(const QString &text) {
    QString t = text.simplified().toUpper();
    t.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    if (auto byCode = fromCode(t))
        return byCode;
    // Indonesian names as the official scale and the old one (PP 46/2011) write them.
    static const QList<std::pair<QString, PerformancePredicate>> names{
        {QStringLiteral("SANGAT BAIK"), PerformancePredicate::VeryGood},
        {QStringLiteral("BAIK"), PerformancePredicate::Good},
        {QStringLiteral("BUTUH PERBAIKAN"), PerformancePredicate::NeedsImprovement},
        {QStringLiteral("PERLU PERBAIKAN"), PerformancePredicate::NeedsImprovement},
        {QStringLiteral("CUKUP"), PerformancePredicate::NeedsImprovement},
        {QStringLiteral("KURANG"), PerformancePredicate::Poor},
        {QStringLiteral("SANGAT KURANG"), PerformancePredicate::VeryPoor},
        {QStringLiteral("BURUK"), PerformancePredicate::VeryPoor},
    };
    for (const auto &[name, p] : names)
        if (t == name)
            return p;
    return std::nullopt;
}

PerformancePredicate ScoreMapping::map(double score) const {
    const QList<PerformancePredicate> order = all();
    for (int i = 0; i < lowestScores.size() && i < order.size() - 1; ++i)
        if (score >= lowestScores.at(i))
            return order.at(i);
    return PerformancePredicate::VeryPoor;
}

QString ScoreMapping::toSettingText() const {
    QStringList parts;
    for (double s : lowestScores)
        parts << QString::number(s);
    return parts.join(QLatin1Char(';'));
}

std::optional<ScoreMapping> ScoreMapping::fromSettingText(const QString &text) {
    if (text.trimmed().isEmpty())
        return ScoreMapping();
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 4)
        return std::nullopt;
    ScoreMapping m;
    m.lowestScores.clear();
    for (const QString &part : parts) {
        bool ok = false;
        const double v = part.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || (!m.lowestScores.isEmpty() && v >= m.lowestScores.constLast()))
            return std::nullopt; // must fall strictly
        m.lowestScores << v;
    }
    return m;
}

Problems ScoreMapping::validate() const {
    Problems problems;
    const QList<PerformancePredicate> order = all();
    if (lowestScores.size() != 4) {
        problems << Problem{Problem::Severity::Error, QStringLiteral("score_mapping"),
                            QCoreApplication::translate("ScoreMapping", "The score mapping needs the lowest score of "
                                                                        "exactly four predicates.")};
        return problems;
    }
    for (int i = 0; i < 4; ++i) {
        const double score = lowestScores.at(i);
        const QString field = QStringLiteral("score_%1").arg(toCode(order.at(i)));
        if (!(score > 0 && score <= maximumScore)) {
            problems << Problem{Problem::Severity::Error, field,
                                QCoreApplication::translate("ScoreMapping", "The lowest score of %1 must lie above 0 "
                                                                            "and at most %2.")
                                    .arg(displayName(order.at(i)))
                                    .arg(maximumScore)};
        } else if (i > 0 && score >= lowestScores.at(i - 1)) {
            problems << Problem{Problem::Severity::Error, field,
                                QCoreApplication::translate("ScoreMapping",
                                                            "The lowest score of %1 (%2) must be below that of %3 "
                                                            "(%4): the scores rise from Kurang to Sangat Baik.")
                                    .arg(displayName(order.at(i)))
                                    .arg(score)
                                    .arg(displayName(order.at(i - 1)))
                                    .arg(lowestScores.at(i - 1))};
        }
    }
    return problems;
}

} // namespace imbang::performance
