#pragma once

#include <QList>
#include <QString>
#include <optional>

// The vocabularies of transfers (mutasi), with storage codes (stable, Indonesian, never translated)
// and display names (translated).
namespace imbang {

// Draft -> Diusulkan -> Diverifikasi -> Disetujui -> SK terbit -> Selesai, or Ditolak / Dibatalkan.
enum class TransferStatus {
    Draft,
    Proposed,
    Verified,
    Approved,
    DecreeIssued,
    Completed,
    Rejected,
    Cancelled
};

// Decides who signs the decree and whether BKN's technical approval (pertek) is needed.
enum class TransferKind {
    WithinAgency,     // dalam satu instansi (OPD)
    BetweenAgencies,  // antar OPD of one regional government
    BetweenRegencies, // between governments of one province (kabupaten/kota, and the province itself)
    BetweenProvinces, // between governments of different provinces
    CentralRegional   // between a central agency and a regional government
};

enum class TransferReason { OrganisationalNeed, OwnRequest, CareerDevelopment, Discipline, Other };

namespace transfercodes {

QString toCode(TransferStatus s); // "DRAFT", "DIUSULKAN", "DIVERIFIKASI", "DISETUJUI", "SK_TERBIT", ...
QString toCode(TransferKind k);   // "DALAM_INSTANSI", "ANTAR_INSTANSI", "ANTAR_KABKOTA", ...
QString toCode(TransferReason r); // "KEBUTUHAN_ORGANISASI", "PERMINTAAN_SENDIRI", ...

// Accept the code, or the display name in English or the current language, ignoring case, spaces
// and underscores ("sk terbit", "SK_TERBIT", "Decree issued").
std::optional<TransferStatus> statusFromText(const QString &text);
std::optional<TransferKind> kindFromText(const QString &text);
std::optional<TransferReason> reasonFromText(const QString &text);

QString displayName(TransferStatus s);
QString displayName(TransferKind k);
QString displayName(TransferReason r);

QList<TransferStatus> allStatuses();
QList<TransferKind> allKinds();
QList<TransferReason> allReasons();

// Open: not yet finished, rejected or cancelled. A person has at most one open transfer.
bool isOpen(TransferStatus s);
// Who signs the decree of this kind, and whether BKN's pertek is needed first.
QString signer(TransferKind k);
bool needsPertek(TransferKind k);

} // namespace transfercodes
} // namespace imbang
