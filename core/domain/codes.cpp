#include "codes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace imbang::codes {
namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value) {
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, const char *>, N> &table, const QString &code) {
    for (const auto &[e, c] : table)
        if (code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Gender, const char *>, 2> genderCodes{{
    {Gender::Male, "L"}, {Gender::Female, "P"}}};
constexpr std::array<std::pair<EmploymentStatus, const char *>, 3> statusCodes{{
    {EmploymentStatus::Pns, "PNS"}, {EmploymentStatus::Cpns, "CPNS"}, {EmploymentStatus::Pppk, "PPPK"}}};
constexpr std::array<std::pair<InactiveReason, const char *>, 4> reasonCodes{{
    {InactiveReason::Retired, "PENSIUN"}, {InactiveReason::Deceased, "MENINGGAL"},
    {InactiveReason::Resigned, "BERHENTI"}, {InactiveReason::TransferredOut, "PINDAH_KELUAR"}}};
constexpr std::array<std::pair<UnitKind, const char *>, 6> unitKindCodes{{
    {UnitKind::Opd, "OPD"}, {UnitKind::School, "SEKOLAH"}, {UnitKind::Puskesmas, "PUSKESMAS"},
    {UnitKind::Division, "BIDANG"}, {UnitKind::Uptd, "UPTD"}, {UnitKind::Other, "LAINNYA"}}};
constexpr std::array<std::pair<PositionKind, const char *>, 5> positionKindCodes{{
    {PositionKind::Jpt, "JPT"}, {PositionKind::Administrator, "ADMINISTRATOR"},
    {PositionKind::Pengawas, "PENGAWAS"}, {PositionKind::Pelaksana, "PELAKSANA"},
    {PositionKind::Functional, "FUNGSIONAL"}}};
constexpr std::array<std::pair<PositionLevel, const char *>, 9> levelCodes{{
    {PositionLevel::None, ""}, {PositionLevel::AhliPertama, "AHLI_PERTAMA"},
    {PositionLevel::AhliMuda, "AHLI_MUDA"}, {PositionLevel::AhliMadya, "AHLI_MADYA"},
    {PositionLevel::AhliUtama, "AHLI_UTAMA"}, {PositionLevel::Pemula, "PEMULA"},
    {PositionLevel::Terampil, "TERAMPIL"}, {PositionLevel::Mahir, "MAHIR"},
    {PositionLevel::Penyelia, "PENYELIA"}}};

} // namespace

QString toCode(Gender g) { return codeOf(genderCodes, g); }
QString toCode(EmploymentStatus s) { return codeOf(statusCodes, s); }
QString toCode(InactiveReason r) { return codeOf(reasonCodes, r); }
QString toCode(UnitKind k) { return codeOf(unitKindCodes, k); }
QString toCode(PositionKind k) { return codeOf(positionKindCodes, k); }
QString toCode(PositionLevel l) { return codeOf(levelCodes, l); }

std::optional<Gender> genderFromCode(const QString &code) { return fromCode(genderCodes, code); }
std::optional<EmploymentStatus> statusFromCode(const QString &code) { return fromCode(statusCodes, code); }
std::optional<InactiveReason> inactiveReasonFromCode(const QString &code) { return fromCode(reasonCodes, code); }
std::optional<UnitKind> unitKindFromCode(const QString &code) { return fromCode(unitKindCodes, code); }
std::optional<PositionKind> positionKindFromCode(const QString &code) { return fromCode(positionKindCodes, code); }
std::optional<PositionLevel> positionLevelFromCode(const QString &code) { return fromCode(levelCodes, code); }

QString displayName(Gender g) {
    return g == Gender::Male ? QCoreApplication::translate("Codes", "Male") : QCoreApplication::translate("Codes", "Female");
}

QString displayName(EmploymentStatus s) {
    switch (s) {
    case EmploymentStatus::Pns: return QCoreApplication::translate("Codes", "PNS");
    case EmploymentStatus::Cpns: return QCoreApplication::translate("Codes", "CPNS");
    case EmploymentStatus::Pppk: return QCoreApplication::translate("Codes", "PPPK");
    }
    return {};
}

QString displayName(InactiveReason r) {
    switch (r) {
    case InactiveReason::Retired: return QCoreApplication::translate("Codes", "Retired");
    case InactiveReason::Deceased: return QCoreApplication::translate("Codes", "Deceased");
    case InactiveReason::Resigned: return QCoreApplication::translate("Codes", "Resigned");
    case InactiveReason::TransferredOut: return QCoreApplication::translate("Codes", "Transferred out of the government");
    }
    return {};
}

QString displayName(UnitKind k) {
    switch (k) {
    case UnitKind::Opd: return QCoreApplication::translate("Codes", "Agency (OPD)");
    case UnitKind::School: return QCoreApplication::translate("Codes", "School");
    case UnitKind::Puskesmas: return QCoreApplication::translate("Codes", "Health centre (puskesmas)");
    case UnitKind::Division: return QCoreApplication::translate("Codes", "Division (bidang)");
    case UnitKind::Uptd: return QCoreApplication::translate("Codes", "Technical unit (UPTD)");
    case UnitKind::Other: return QCoreApplication::translate("Codes", "Other");
    }
    return {};
}

QString displayName(PositionKind k) {
    switch (k) {
    case PositionKind::Jpt: return QCoreApplication::translate("Codes", "Senior executive (JPT)");
    case PositionKind::Administrator: return QCoreApplication::translate("Codes", "Administrator");
    case PositionKind::Pengawas: return QCoreApplication::translate("Codes", "Supervisor (pengawas)");
    case PositionKind::Pelaksana: return QCoreApplication::translate("Codes", "Executor (pelaksana)");
    case PositionKind::Functional: return QCoreApplication::translate("Codes", "Functional");
    }
    return {};
}

QString displayName(PositionLevel l) {
    switch (l) {
    case PositionLevel::None: return {};
    case PositionLevel::AhliPertama: return QCoreApplication::translate("Codes", "Ahli Pertama");
    case PositionLevel::AhliMuda: return QCoreApplication::translate("Codes", "Ahli Muda");
    case PositionLevel::AhliMadya: return QCoreApplication::translate("Codes", "Ahli Madya");
    case PositionLevel::AhliUtama: return QCoreApplication::translate("Codes", "Ahli Utama");
    case PositionLevel::Pemula: return QCoreApplication::translate("Codes", "Pemula");
    case PositionLevel::Terampil: return QCoreApplication::translate("Codes", "Terampil");
    case PositionLevel::Mahir: return QCoreApplication::translate("Codes", "Mahir");
    case PositionLevel::Penyelia: return QCoreApplication::translate("Codes", "Penyelia");
    }
    return {};
}

QList<UnitKind> allUnitKinds() {
    QList<UnitKind> kinds;
    for (const auto &[k, code] : unitKindCodes)
        kinds << k;
    return kinds;
}

QList<PositionKind> allPositionKinds() {
    QList<PositionKind> kinds;
    for (const auto &[k, code] : positionKindCodes)
        kinds << k;
    return kinds;
}

QList<PositionLevel> allPositionLevels() {
    QList<PositionLevel> levels;
    for (const auto &[l, code] : levelCodes)
        levels << l;
    return levels;
}

QList<InactiveReason> allInactiveReasons() {
    QList<InactiveReason> reasons;
    for (const auto &[r, code] : reasonCodes)
        reasons << r;
    return reasons;
}

} // namespace imbang::codes
