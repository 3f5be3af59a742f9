#include "transfercodes.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace imbang::transfercodes {
namespace {

constexpr std::array<std::pair<TransferStatus, const char *>, 8> statusCodes{
    {{TransferStatus::Draft, "DRAFT"},
     {TransferStatus::Proposed, "DIUSULKAN"},
     {TransferStatus::Verified, "DIVERIFIKASI"},
     {TransferStatus::Approved, "DISETUJUI"},
     {TransferStatus::DecreeIssued, "SK_TERBIT"},
     {TransferStatus::Completed, "SELESAI"},
     {TransferStatus::Rejected, "DITOLAK"},
     {TransferStatus::Cancelled, "DIBATALKAN"}}};
constexpr std::array<std::pair<TransferKind, const char *>, 5> kindCodes{
    {{TransferKind::WithinAgency, "DALAM_INSTANSI"},
     {TransferKind::BetweenAgencies, "ANTAR_INSTANSI"},
     {TransferKind::BetweenRegencies, "ANTAR_KABKOTA"},
     {TransferKind::BetweenProvinces, "ANTAR_PROVINSI"},
     {TransferKind::CentralRegional, "PUSAT_DAERAH"}}};
constexpr std::array<std::pair<TransferReason, const char *>, 5> reasonCodes{
    {{TransferReason::OrganisationalNeed, "KEBUTUHAN_ORGANISASI"},
     {TransferReason::OwnRequest, "PERMINTAAN_SENDIRI"},
     {TransferReason::CareerDevelopment, "PENGEMBANGAN_KARIER"},
     {TransferReason::Discipline, "DISIPLIN"},
     {TransferReason::Other, "LAINNYA"}}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value) {
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

QString squeeze(const QString &text) {
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

// English names are compared too, so scripts work whatever the interface language.
template <typename Enum, std::size_t N>
std::optional<Enum> fromText(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text,
                             const QStringList &englishNames) {
    const QString wanted = squeeze(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (std::size_t i = 0; i < N; ++i) {
        const Enum e = table[i].first;
        if (wanted == squeeze(QString::fromLatin1(table[i].second)) || wanted == squeeze(displayName(e)) ||
            wanted == squeeze(englishNames.value(qsizetype(i))))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toCode(TransferStatus s) {
    return codeOf(statusCodes, s);
}
QString toCode(TransferKind k) {
    return codeOf(kindCodes, k);
}
QString toCode(TransferReason r) {
    return codeOf(reasonCodes, r);
}

std::optional<TransferStatus> statusFromText(const QString &text) {
    return fromText(statusCodes, text,
                    {QStringLiteral("Draft"), QStringLiteral("Proposed"), QStringLiteral("Verified"),
                     QStringLiteral("Approved"), QStringLiteral("Decree issued"), QStringLiteral("Completed"),
                     QStringLiteral("Rejected"), QStringLiteral("Cancelled")});
}

std::optional<TransferKind> kindFromText(const QString &text) {
    return fromText(kindCodes, text,
                    {QStringLiteral("Within one agency"), QStringLiteral("Between agencies"),
                     QStringLiteral("Between kabupaten/kota"), QStringLiteral("Between provinces"),
                     QStringLiteral("Central and regional")});
}

std::optional<TransferReason> reasonFromText(const QString &text) {
    return fromText(reasonCodes, text,
                    {QStringLiteral("Organisational need"), QStringLiteral("Own request"),
                     QStringLiteral("Career development"), QStringLiteral("Discipline"),
                     QStringLiteral("Other")});
}

QString displayName(TransferStatus s) {
    switch (s) {
    case TransferStatus::Draft:
        return QCoreApplication::translate("TransferCodes", "Draft");
    case TransferStatus::Proposed:
        return QCoreApplication::translate("TransferCodes", "Proposed");
    case TransferStatus::Verified:
        return QCoreApplication::translate("TransferCodes", "Verified");
    case TransferStatus::Approved:
        return QCoreApplication::translate("TransferCodes", "Approved");
    case TransferStatus::DecreeIssued:
        return QCoreApplication::translate("TransferCodes", "Decree issued");
    case TransferStatus::Completed:
        return QCoreApplication::translate("TransferCodes", "Completed");
    case TransferStatus::Rejected:
        return QCoreApplication::translate("TransferCodes", "Rejected");
    case TransferStatus::Cancelled:
        return QCoreApplication::translate("TransferCodes", "Cancelled");
    }
    return {};
}

QString displayName(TransferKind k) {
    switch (k) {
    case TransferKind::WithinAgency:
        return QCoreApplication::translate("TransferCodes", "Within one agency");
    case TransferKind::BetweenAgencies:
        return QCoreApplication::translate("TransferCodes", "Between agencies");
    case TransferKind::BetweenRegencies:
        return QCoreApplication::translate("TransferCodes", "Between kabupaten/kota");
    case TransferKind::BetweenProvinces:
        return QCoreApplication::translate("TransferCodes", "Between provinces");
    case TransferKind::CentralRegional:
        return QCoreApplication::translate("TransferCodes", "Central and regional");
    }
    return {};
}

QString displayName(TransferReason r) {
    switch (r) {
    case TransferReason::OrganisationalNeed:
        return QCoreApplication::translate("TransferCodes", "Organisational need");
    case TransferReason::OwnRequest:
        return QCoreApplication::translate("TransferCodes", "Own request");
    case TransferReason::CareerDevelopment:
        return QCoreApplication::translate("TransferCodes", "Career development");
    case TransferReason::Discipline:
        return QCoreApplication::translate("TransferCodes", "Discipline");
    case TransferReason::Other:
        return QCoreApplication::translate("TransferCodes", "Other");
    }
    return {};
}

QList<TransferStatus> allStatuses() {
    QList<TransferStatus> all;
    for (const auto &[s, code] : statusCodes)
        all << s;
    return all;
}

QList<TransferKind> allKinds() {
    QList<TransferKind> all;
    for (const auto &[k, code] : kindCodes)
        all << k;
    return all;
}

QList<TransferReason> allReasons() {
    QList<TransferReason> all;
    for (const auto &[r, code] : reasonCodes)
        all << r;
    return all;
}

bool isOpen(TransferStatus s) {
    return s != TransferStatus::Completed && s != TransferStatus::Rejected && s != TransferStatus::Cancelled;
}

QString signer(TransferKind k) {
    switch (k) {
    case TransferKind::WithinAgency:
    case TransferKind::BetweenAgencies:
        return QCoreApplication::translate("TransferCodes",
                                           "The regional head as PPK (gubernur, bupati or wali kota)");
    case TransferKind::BetweenRegencies:
        return QCoreApplication::translate("TransferCodes",
                                           "The gubernur, after BKN's technical approval (pertek)");
    case TransferKind::BetweenProvinces:
        return QCoreApplication::translate(
            "TransferCodes", "The Minister of Home Affairs, after BKN's technical approval (pertek)");
    case TransferKind::CentralRegional:
        return QCoreApplication::translate("TransferCodes", "The head of BKN");
    }
    return {};
}

bool needsPertek(TransferKind k) {
    return k == TransferKind::BetweenRegencies || k == TransferKind::BetweenProvinces ||
           k == TransferKind::CentralRegional;
}

} // namespace imbang::transfercodes
