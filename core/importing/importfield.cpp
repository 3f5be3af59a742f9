#include "importfield.h"

#include <QCoreApplication>
#include <QHash>

namespace imbang::importfield {
namespace {

struct FieldInfo {
    ImportField field;
    const char *code;
};

constexpr FieldInfo fields[] = {
    {ImportField::Ignore, "ignore"},       {ImportField::Nip, "nip"},
    {ImportField::Name, "name"},           {ImportField::TitleFront, "title_front"},
    {ImportField::TitleBack, "title_back"}, {ImportField::BirthPlace, "birth_place"},
    {ImportField::BirthDate, "birth_date"}, {ImportField::Gender, "gender"},
    {ImportField::Status, "status"},       {ImportField::Rank, "rank"},
    {ImportField::RankTmt, "rank_tmt"},    {ImportField::Position, "position"},
    {ImportField::PositionTmt, "position_tmt"}, {ImportField::UnitName, "unit_name"},
    {ImportField::UnitCode, "unit_code"},  {ImportField::CpnsTmt, "cpns_tmt"},
    {ImportField::Education, "education"},
};

// Normalised header spellings seen in agency sheets and the SIASN export.
const QHash<QString, ImportField> &aliases() {
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        const auto add = [&t](ImportField f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t.insert(QString::fromLatin1(n), f);
        };
        add(ImportField::Nip, {"nip", "nipbaru", "nip18", "nip18digit", "niplengkap", "nomorindukpegawai", "nippppk",
                               "nipnipppk", "nipnippppk", "nipni", "nipnipbaru", "nippegawai"});
        add(ImportField::Name, {"nama", "namalengkap", "namapegawai", "namaasn", "namapns", "namatanpagelar", "nama_"});
        add(ImportField::TitleFront, {"gelardepan", "gelardpn", "glrdepan"});
        add(ImportField::TitleBack, {"gelarbelakang", "gelarblkg", "gelarblk", "glrbelakang", "gelarbel"});
        add(ImportField::BirthPlace, {"tempatlahir", "tempatlahirnama", "tmptlahir", "tptlahir", "tmplahir"});
        add(ImportField::BirthDate, {"tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgllahirddmmyyyy"});
        add(ImportField::Gender, {"lp", "jeniskelamin", "jk", "kelamin", "jeniskel", "sex", "gender", "lakilakiperempuan"});
        add(ImportField::Status, {"status", "statuspegawai", "jenispegawai", "statuskepegawaian", "statuscpnspns",
                                  "statusasn", "jenisasn"});
        add(ImportField::Rank, {"golruang", "gol", "golongan", "golonganruang", "pangkatgolruang", "pangkatgol",
                                "pangkatgolongan", "pangkat", "golakhir", "golakhirnama", "golruangakhir",
                                "pangkatgolonganruang", "golrg", "pangkatgolrg"});
        add(ImportField::RankTmt, {"tmtgol", "tmtgolongan", "tmtpangkat", "tmtgolruang", "tmtpangkatgol"});
        add(ImportField::Position, {"jabatan", "namajabatan", "jabatannama", "jabatanterakhir", "jabatansekarang"});
        add(ImportField::PositionTmt, {"tmtjabatan", "tmtjab"});
        add(ImportField::UnitName, {"unitkerja", "unor", "unornama", "namaunor", "namaunitkerja", "unitorganisasi",
                                    "unitkerjanama", "namaunit", "satuankerja", "sekolah", "tempattugas", "instansi"});
        add(ImportField::UnitCode, {"kodeunit", "kodeunitkerja", "kodeunor", "kodesatker"});
        add(ImportField::CpnsTmt, {"tmtcpns"});
        add(ImportField::Education, {"pendidikan", "pendidikanterakhir", "pendidikannama", "pendidikanakhir",
                                     "pendidikanterakhirjurusan"});
        return t;
    }();
    return table;
}

} // namespace

QList<ImportField> all() {
    QList<ImportField> list;
    for (const FieldInfo &f : fields)
        list << f.field;
    return list;
}

QString code(ImportField field) {
    for (const FieldInfo &f : fields)
        if (f.field == field)
            return QString::fromLatin1(f.code);
    return QStringLiteral("ignore");
}

std::optional<ImportField> fromCode(const QString &c) {
    for (const FieldInfo &f : fields)
        if (c == QLatin1String(f.code))
            return f.field;
    return std::nullopt;
}

QString displayName(ImportField field) {
    switch (field) {
    case ImportField::Ignore: return QCoreApplication::translate("ImportField", "(ignore)");
    case ImportField::Nip: return QCoreApplication::translate("ImportField", "NIP");
    case ImportField::Name: return QCoreApplication::translate("ImportField", "Name");
    case ImportField::TitleFront: return QCoreApplication::translate("ImportField", "Title before name");
    case ImportField::TitleBack: return QCoreApplication::translate("ImportField", "Title after name");
    case ImportField::BirthPlace: return QCoreApplication::translate("ImportField", "Place of birth");
    case ImportField::BirthDate: return QCoreApplication::translate("ImportField", "Date of birth");
    case ImportField::Gender: return QCoreApplication::translate("ImportField", "Gender");
    case ImportField::Status: return QCoreApplication::translate("ImportField", "Employment status");
    case ImportField::Rank: return QCoreApplication::translate("ImportField", "Rank (golongan)");
    case ImportField::RankTmt: return QCoreApplication::translate("ImportField", "Rank TMT");
    case ImportField::Position: return QCoreApplication::translate("ImportField", "Position");
    case ImportField::PositionTmt: return QCoreApplication::translate("ImportField", "Position TMT");
    case ImportField::UnitName: return QCoreApplication::translate("ImportField", "Unit name");
    case ImportField::UnitCode: return QCoreApplication::translate("ImportField", "Unit code");
    case ImportField::CpnsTmt: return QCoreApplication::translate("ImportField", "CPNS TMT");
    case ImportField::Education: return QCoreApplication::translate("ImportField", "Education");
    }
    return {};
}

QString normalizeHeader(const QString &header) {
    QString out;
    out.reserve(header.size());
    for (QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

ImportField fromHeader(const QString &header) {
    const QString key = normalizeHeader(header);
    if (key.isEmpty())
        return ImportField::Ignore;
    if (auto it = aliases().constFind(key); it != aliases().cend())
        return *it;
    // Looser rules for spellings not in the table, most specific first.
    if (key.startsWith(QLatin1String("tmt"))) {
        if (key.contains(QLatin1String("jab")))
            return ImportField::PositionTmt;
        if (key.contains(QLatin1String("gol")) || key.contains(QLatin1String("pangkat")))
            return ImportField::RankTmt;
        if (key.contains(QLatin1String("cpns")))
            return ImportField::CpnsTmt;
        return ImportField::Ignore;
    }
    if (key.startsWith(QLatin1String("nip")) && !key.contains(QLatin1String("lama")))
        return ImportField::Nip;
    if (key.startsWith(QLatin1String("nama")) && !key.contains(QLatin1String("jab")) && !key.contains(QLatin1String("unit")) &&
        !key.contains(QLatin1String("unor")) && !key.contains(QLatin1String("pend")) && !key.contains(QLatin1String("gol")))
        return ImportField::Name;
    if (key.contains(QLatin1String("lahir")))
        return key.contains(QLatin1String("tempat")) || key.contains(QLatin1String("tmp")) ? ImportField::BirthPlace
                                                                                           : ImportField::BirthDate;
    if (key.startsWith(QLatin1String("gelar")))
        return key.contains(QLatin1String("dep")) ? ImportField::TitleFront : ImportField::TitleBack;
    if ((key.startsWith(QLatin1String("pangkat")) || key.startsWith(QLatin1String("gol"))) &&
        !key.contains(QLatin1String("awal")))
        return ImportField::Rank;
    if (key.startsWith(QLatin1String("unitkerja")) || key.startsWith(QLatin1String("unor")))
        return key.contains(QLatin1String("kode")) || key.endsWith(QLatin1String("id")) ? ImportField::Ignore
                                                                                         : ImportField::UnitName;
    if (key.startsWith(QLatin1String("jabatan")) && !key.contains(QLatin1String("jenis")))
        return ImportField::Position;
    if (key.startsWith(QLatin1String("pendidikan")))
        return ImportField::Education;
    return ImportField::Ignore;
}

} // namespace imbang::importfield
