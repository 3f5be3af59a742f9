#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace imbang {

// The employee fields a spreadsheet column can be mapped to. Codes are stable (they are stored in
// remembered mappings); names are translated for the wizard's combo boxes.
enum class ImportField {
    Ignore,
    Nip,
    Name,
    TitleFront,
    TitleBack,
    BirthPlace,
    BirthDate,
    Gender,
    Status,
    Rank,
    RankTmt,
    Position,
    PositionTmt,
    UnitName,
    UnitCode,
    CpnsTmt,
    Education,
};

namespace importfield {
QList<ImportField> all(); // Ignore first
QString code(ImportField field); // "nip", "name", ...
std::optional<ImportField> fromCode(const QString &code);
QString displayName(ImportField field);
// The field a header text names, from the many spellings agencies and SIASN use
// ("N I P", "NIP Baru", "Nama Lengkap", "Pangkat/Gol.Ruang", "GOL_AKHIR_NAMA", ...). Ignore when unknown.
ImportField fromHeader(const QString &header);
// Lower-case letters and digits only: "Pangkat/Gol.Ruang" -> "pangkatgolruang".
QString normalizeHeader(const QString &header);
} // namespace importfield

} // namespace imbang
