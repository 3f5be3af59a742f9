#include "rank.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace imbang {
namespace {

// Pangkat names per group (I-IV) and ruang (a-e); empty where the ruang does not exist.
const std::array<std::array<const char *, 5>, 4> pangkatNames{{
    {"Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I", nullptr},
    {"Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I", nullptr},
    {"Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I", nullptr},
    {"Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama"},
}};

int romanValue(const QString &roman) {
    for (int v = 1; v <= 17; ++v)
        if (romanNumeral(v).compare(roman, Qt::CaseInsensitive) == 0)
            return v;
    return 0;
}

// "Tk. I", "Tk I", "Tkt. I" -> "Tingkat I"; collapses spaces; lower case.
QString normalizePangkat(QString s) {
    s = s.simplified().toLower();
    static const QRegularExpression tingkat(QStringLiteral("\\btk?t?\\.?\\s*i\\b"));
    s.replace(tingkat, QStringLiteral("tingkat i"));
    return s;
}

std::optional<Rank> fromPangkatName(const QString &text) {
    const QString wanted = normalizePangkat(text);
    for (int g = 0; g < 4; ++g)
        for (int r = 0; r < 5; ++r)
            if (pangkatNames[g][r] && normalizePangkat(QString::fromLatin1(pangkatNames[g][r])) == wanted)
                return Rank::pns(g + 1, QChar(u'a' + r));
    return std::nullopt;
}

} // namespace

QString romanNumeral(int value) {
    static const std::array<const char *, 18> numerals{"",   "I",   "II",  "III",  "IV",  "V",
                                                       "VI", "VII", "VIII", "IX", "X",   "XI",
                                                       "XII", "XIII", "XIV", "XV", "XVI", "XVII"};
    if (value < 1 || value > 17)
        return {};
    return QString::fromLatin1(numerals[std::size_t(value)]);
}

std::optional<Rank> Rank::fromCode(int code) {
    if (code > 100)
        return pppk(code - 100);
    return pns(code / 10, QChar(u'a' + (code % 10) - 1));
}

std::optional<Rank> Rank::pns(int group, QChar ruang) {
    const int r = ruang.toLower().unicode() - u'a';
    if (group < 1 || group > 4 || r < 0 || r > 4)
        return std::nullopt;
    if (!pangkatNames[std::size_t(group - 1)][std::size_t(r)])
        return std::nullopt;
    return Rank(group * 10 + r + 1);
}

std::optional<Rank> Rank::pppk(int golongan) {
    if (golongan < 1 || golongan > 17)
        return std::nullopt;
    return Rank(100 + golongan);
}

std::optional<Rank> Rank::parse(const QString &input, EmploymentStatus status) {
    const QString text = input.simplified();
    if (text.isEmpty())
        return std::nullopt;

    // A group and ruang anywhere in the text: "III/b", "III b", "III-b", "3b", "(III/b)", ", III/b".
    static const QRegularExpression groupRuang(
        QStringLiteral("(?:^|[\\s(,;])(IV|III|II|I|[1-4])\\s*[/\\-.]?\\s*([a-e])(?:$|[\\s),;])"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = groupRuang.match(text);
    if (m.hasMatch()) {
        const QString g = m.captured(1);
        const int group = g.at(0).isDigit() ? g.toInt() : romanValue(g);
        if (auto rank = pns(group, m.captured(2).at(0)))
            return rank;
    }

    if (auto rank = fromPangkatName(text))
        return rank;
    // "Penata Muda Tk. I, III/b" whose trailing part failed above: try the name before a comma/bracket.
    const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[,(]")));
    if (cut > 0)
        if (auto rank = fromPangkatName(text.left(cut)))
            return rank;

    // PPPK golongan: "IX", "9", "Golongan IX", "Gol. 9".
    static const QRegularExpression pppkForm(
        QStringLiteral("^(?:gol(?:ongan)?\\.?\\s*)?([IVX]+|\\d{1,2})$"), QRegularExpression::CaseInsensitiveOption);
    const auto p = pppkForm.match(text);
    if (p.hasMatch() && status == EmploymentStatus::Pppk) {
        const QString g = p.captured(1);
        const int value = g.at(0).isDigit() ? g.toInt() : romanValue(g);
        return pppk(value);
    }
    return std::nullopt;
}

QString Rank::text() const {
    if (!isValid())
        return {};
    if (isPppk())
        return romanNumeral(m_code - 100);
    return romanNumeral(m_code / 10) + QLatin1Char('/') + QChar(u'a' + m_code % 10 - 1);
}

QString Rank::pangkatName() const {
    if (!isValid() || isPppk())
        return {};
    return QString::fromLatin1(pangkatNames[std::size_t(m_code / 10 - 1)][std::size_t(m_code % 10 - 1)]);
}

QString Rank::fullText() const {
    if (!isValid())
        return {};
    if (isPppk())
        return QCoreApplication::translate("Rank", "Golongan %1").arg(text());
    return QStringLiteral("%1 (%2)").arg(pangkatName(), text());
}

bool Rank::fitsStatus(EmploymentStatus status) const {
    return isValid() && isPppk() == (status == EmploymentStatus::Pppk);
}

QList<Rank> Rank::allPns() {
    QList<Rank> ranks;
    for (int g = 1; g <= 4; ++g)
        for (char r = 'a'; r <= 'e'; ++r)
            if (auto rank = pns(g, QLatin1Char(r)))
                ranks << *rank;
    return ranks;
}

QList<Rank> Rank::allPppk() {
    QList<Rank> ranks;
    for (int g = 1; g <= 17; ++g)
        ranks << *pppk(g);
    return ranks;
}

} // namespace imbang
