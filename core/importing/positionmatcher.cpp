#include "positionmatcher.h"

#include "importing/namematching.h"

namespace imbang {

PositionMatcher::PositionMatcher(const QList<Position> &positions) {
    for (const Position &p : positions)
        add(p);
}

void PositionMatcher::add(const Position &p) {
    m_byExact.insert(p.name.simplified().toLower(), p.id);
    m_byNormalized.insert(namematching::normalize(p.name), p.id);
}

qint64 PositionMatcher::match(const QString &name) const {
    if (name.trimmed().isEmpty())
        return 0;
    if (auto it = m_byExact.constFind(name.simplified().toLower()); it != m_byExact.cend())
        return *it;
    return m_byNormalized.value(namematching::normalize(name), 0);
}

Position PositionMatcher::positionFromName(const QString &name) {
    Position p;
    p.name = name.simplified();
    const QString n = p.name.toLower();
    const auto has = [&n](const char *word) { return n.contains(QLatin1String(word)); };
    const struct {
        const char *word;
        PositionLevel level;
    } levels[] = {{"ahli pertama", PositionLevel::AhliPertama}, {"ahli muda", PositionLevel::AhliMuda},
                  {"ahli madya", PositionLevel::AhliMadya},     {"ahli utama", PositionLevel::AhliUtama},
                  {"pemula", PositionLevel::Pemula},            {"terampil", PositionLevel::Terampil},
                  {"mahir", PositionLevel::Mahir},              {"penyelia", PositionLevel::Penyelia}};
    for (const auto &l : levels)
        if (has(l.word)) {
            p.kind = PositionKind::Functional;
            p.level = l.level;
            break;
        }
    if (p.kind != PositionKind::Functional) {
        if (n.startsWith(QLatin1String("kepala dinas")) || n.startsWith(QLatin1String("kepala badan")) ||
            n.startsWith(QLatin1String("sekretaris daerah")) || n.startsWith(QLatin1String("inspektur")) ||
            n.startsWith(QLatin1String("staf ahli")) || n.startsWith(QLatin1String("asisten")))
            p.kind = PositionKind::Jpt;
        else if (n.startsWith(QLatin1String("kepala sub")) || n.startsWith(QLatin1String("kepala seksi")) ||
                 n.startsWith(QLatin1String("kasubbag")) || n.startsWith(QLatin1String("kasi ")) ||
                 n.startsWith(QLatin1String("kepala uptd")) || n.startsWith(QLatin1String("kepala puskesmas")) ||
                 n.startsWith(QLatin1String("kepala tata usaha")))
            p.kind = PositionKind::Pengawas;
        else if (n.startsWith(QLatin1String("kepala bidang")) || n.startsWith(QLatin1String("kepala bagian")) ||
                 n == QLatin1String("sekretaris") || n.startsWith(QLatin1String("sekretaris dinas")) ||
                 n.startsWith(QLatin1String("sekretaris badan")) || n.startsWith(QLatin1String("camat")))
            p.kind = PositionKind::Administrator;
        else
            p.kind = PositionKind::Pelaksana;
    }
    p.teacher = n.startsWith(QLatin1String("guru"));
    if (p.teacher)
        p.family = QStringLiteral("Pendidikan");
    else if (has("perawat") || has("bidan") || has("dokter") || has("apoteker") || has("sanitarian") ||
             has("nutrisionis") || has("kesehatan"))
        p.family = QStringLiteral("Kesehatan");
    return p;
}

} // namespace imbang
