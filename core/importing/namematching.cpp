#include "namematching.h"

#include <QHash>
#include <QSet>

namespace imbang::namematching {

QString normalize(const QString &name) {
    QString s;
    s.reserve(name.size());
    for (QChar c : name)
        s += c.isLetterOrNumber() || c == QLatin1Char('/') ? c.toLower() : QLatin1Char(' ');
    static const QHash<QString, QString> abbreviations{
        {QStringLiteral("sman"), QStringLiteral("sma negeri")},   {QStringLiteral("smpn"), QStringLiteral("smp negeri")},
        {QStringLiteral("sdn"), QStringLiteral("sd negeri")},     {QStringLiteral("smkn"), QStringLiteral("smk negeri")},
        {QStringLiteral("slbn"), QStringLiteral("slb negeri")},   {QStringLiteral("kab"), QStringLiteral("kabupaten")},
        {QStringLiteral("pkm"), QStringLiteral("puskesmas")},     {QStringLiteral("neg"), QStringLiteral("negeri")},
        {QStringLiteral("n"), QStringLiteral("negeri")},          {QStringLiteral("dinkes"), QStringLiteral("dinas kesehatan")},
        {QStringLiteral("disdik"), QStringLiteral("dinas pendidikan")}, {QStringLiteral("sekda"), QStringLiteral("sekretariat daerah")},
        {QStringLiteral("uptd"), QStringLiteral("uptd")},         {QStringLiteral("dan"), QStringLiteral("dan")},
        {QStringLiteral("&"), QStringLiteral("dan")},
    };
    QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        if (auto it = abbreviations.constFind(w); it != abbreviations.cend())
            w = *it;
    return words.join(QLatin1Char(' '));
}

QString withoutRegion(const QString &normalized, const QStringList &regions) {
    for (const QString &r : regions)
        if (!r.isEmpty() && normalized.size() > r.size() + 1 && normalized.endsWith(QLatin1Char(' ') + r))
            return normalized.left(normalized.size() - r.size() - 1);
    return normalized;
}

double similarity(const QString &a, const QString &b) {
    const QStringList wa = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wb = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    const QSet<QString> sb(wb.cbegin(), wb.cend());
    int common = 0;
    for (const QString &w : QSet<QString>(wa.cbegin(), wa.cend()))
        common += sb.contains(w) ? 1 : 0;
    return 2.0 * common / double(QSet<QString>(wa.cbegin(), wa.cend()).size() + sb.size());
}

} // namespace imbang::namematching
