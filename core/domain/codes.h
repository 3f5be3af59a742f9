#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The small closed vocabularies of the domain, with their storage codes (stable, never translated)
// and their display names (translated).
namespace imbang {

enum class Gender { Male, Female };
enum class EmploymentStatus { Pns, Cpns, Pppk };
enum class InactiveReason { Retired, Deceased, Resigned, TransferredOut };
enum class UnitKind { Opd, School, Puskesmas, Division, Uptd, Other };
enum class PositionKind { Jpt, Administrator, Pengawas, Pelaksana, Functional };
// Levels of functional positions (jenjang); None for structural positions.
enum class PositionLevel {
    None,
    AhliPertama, AhliMuda, AhliMadya, AhliUtama,
    Pemula, Terampil, Mahir, Penyelia
};

namespace codes {
QString toCode(Gender g);          // "L" / "P"
QString toCode(EmploymentStatus s); // "PNS" / "CPNS" / "PPPK"
QString toCode(InactiveReason r);  // "PENSIUN" ...
QString toCode(UnitKind k);        // "OPD", "SEKOLAH", "PUSKESMAS", "BIDANG", "UPTD", "LAINNYA"
QString toCode(PositionKind k);    // "JPT", "ADMINISTRATOR", ...
QString toCode(PositionLevel l);   // "", "AHLI_PERTAMA", ...

std::optional<Gender> genderFromCode(const QString &code);
std::optional<EmploymentStatus> statusFromCode(const QString &code);
std::optional<InactiveReason> inactiveReasonFromCode(const QString &code);
std::optional<UnitKind> unitKindFromCode(const QString &code);
std::optional<PositionKind> positionKindFromCode(const QString &code);
std::optional<PositionLevel> positionLevelFromCode(const QString &code);

QString displayName(Gender g);
QString displayName(EmploymentStatus s);
QString displayName(InactiveReason r);
QString displayName(UnitKind k);
QString displayName(PositionKind k);
QString displayName(PositionLevel l);

QList<UnitKind> allUnitKinds();
QList<PositionKind> allPositionKinds();
QList<PositionLevel> allPositionLevels();
QList<InactiveReason> allInactiveReasons();
} // namespace codes

} // namespace imbang
