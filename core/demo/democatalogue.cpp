#include "democatalogue.h"

namespace imbang::demo {
namespace {
QStringList list(std::initializer_list<const char *> items) {
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
} // namespace

QList<RegionSeed> regions() {
    // Codes and centres as in ../shared/samples/units.csv.
    return {
        {QStringLiteral("01"), QStringLiteral("Kota Jambi"), QStringLiteral("Kota Jambi"), QStringLiteral("Jambi"), -1.61, 103.61, 1},
        {QStringLiteral("02"), QStringLiteral("Kabupaten Batanghari"), QStringLiteral("Batanghari"), QStringLiteral("Muara Bulian"), -1.70, 103.26, 2},
        {QStringLiteral("03"), QStringLiteral("Kabupaten Muaro Jambi"), QStringLiteral("Muaro Jambi"), QStringLiteral("Sengeti"), -1.53, 103.56, 3},
        {QStringLiteral("04"), QStringLiteral("Kabupaten Tanjung Jabung Barat"), QStringLiteral("Tanjung Jabung Barat"), QStringLiteral("Kuala Tungkal"), -0.82, 103.46, 4},
        {QStringLiteral("05"), QStringLiteral("Kabupaten Tanjung Jabung Timur"), QStringLiteral("Tanjung Jabung Timur"), QStringLiteral("Muara Sabak"), -1.12, 103.84, 5},
        {QStringLiteral("06"), QStringLiteral("Kabupaten Tebo"), QStringLiteral("Tebo"), QStringLiteral("Muara Tebo"), -1.49, 102.44, 6},
        {QStringLiteral("07"), QStringLiteral("Kabupaten Bungo"), QStringLiteral("Bungo"), QStringLiteral("Muara Bungo"), -1.48, 102.12, 7},
        {QStringLiteral("08"), QStringLiteral("Kabupaten Sarolangun"), QStringLiteral("Sarolangun"), QStringLiteral("Sarolangun"), -2.30, 102.70, 8},
        {QStringLiteral("09"), QStringLiteral("Kabupaten Merangin"), QStringLiteral("Merangin"), QStringLiteral("Bangko"), -2.08, 102.28, 9},
        {QStringLiteral("10"), QStringLiteral("Kabupaten Kerinci"), QStringLiteral("Kerinci"), QStringLiteral("Siulak"), -1.97, 101.45, 10},
        {QStringLiteral("11"), QStringLiteral("Kota Sungai Penuh"), QStringLiteral("Kota Sungai Penuh"), QStringLiteral("Sungai Penuh"), -2.06, 101.39, 11},
    };
}

QStringList agencyNames() {
    return list({"Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat",
                 "Badan Perencanaan Pembangunan Daerah", "Badan Kepegawaian Daerah",
                 "Badan Pengelola Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Dinas Pendidikan",
                 "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial",
                 "Dinas Perhubungan", "Dinas Tanaman Pangan dan Hortikultura", "Dinas Perkebunan",
                 "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil",
                 "Dinas Komunikasi dan Informatika", "Dinas Pariwisata", "Dinas Tenaga Kerja dan Transmigrasi",
                 "Dinas Perindustrian dan Perdagangan", "Satuan Polisi Pamong Praja",
                 "Badan Penanggulangan Bencana Daerah", "Rumah Sakit Umum Daerah"});
}

QList<PositionSeed> positions() {
    using K = PositionKind;
    using L = PositionLevel;
    const QString edu = QStringLiteral("Pendidikan"), health = QStringLiteral("Kesehatan"),
                  admin = QStringLiteral("Administrasi"), finance = QStringLiteral("Keuangan"),
                  it = QStringLiteral("Teknologi Informasi"), plan = QStringLiteral("Perencanaan"),
                  hr = QStringLiteral("Kepegawaian"), audit = QStringLiteral("Pengawasan");
    QList<PositionSeed> p{
        {QStringLiteral("Kepala Dinas"), K::Jpt, L::None, admin, false},
        {QStringLiteral("Sekretaris"), K::Administrator, L::None, admin, false},
        {QStringLiteral("Kepala Bidang"), K::Administrator, L::None, admin, false},
        {QStringLiteral("Kepala Sub Bagian Umum dan Kepegawaian"), K::Pengawas, L::None, admin, false},
        {QStringLiteral("Pengadministrasi Perkantoran"), K::Pelaksana, L::None, admin, false},
        {QStringLiteral("Bendahara"), K::Pelaksana, L::None, finance, false},
        {QStringLiteral("Pengelola Kepegawaian"), K::Pelaksana, L::None, hr, false},
        {QStringLiteral("Penata Kelola Sistem dan Teknologi Informasi"), K::Pelaksana, L::None, it, false},
        {QStringLiteral("Arsiparis Terampil"), K::Functional, L::Terampil, admin, false},
        {QStringLiteral("Analis Sumber Daya Manusia Aparatur Ahli Pertama"), K::Functional, L::AhliPertama, hr, false},
        {QStringLiteral("Analis Sumber Daya Manusia Aparatur Ahli Muda"), K::Functional, L::AhliMuda, hr, false},
        {QStringLiteral("Auditor Ahli Pertama"), K::Functional, L::AhliPertama, audit, false},
        {QStringLiteral("Perencana Ahli Muda"), K::Functional, L::AhliMuda, plan, false},
        {QStringLiteral("Perawat Terampil"), K::Functional, L::Terampil, health, false},
        {QStringLiteral("Perawat Ahli Pertama"), K::Functional, L::AhliPertama, health, false},
        {QStringLiteral("Bidan Terampil"), K::Functional, L::Terampil, health, false},
        {QStringLiteral("Dokter Ahli Pertama"), K::Functional, L::AhliPertama, health, false},
        {QStringLiteral("Dokter Ahli Madya"), K::Functional, L::AhliMadya, health, false},
        {QStringLiteral("Apoteker Ahli Pertama"), K::Functional, L::AhliPertama, health, false},
    };
    for (const char *level : {"Ahli Pertama", "Ahli Muda", "Ahli Madya"}) {
        const QString l = QString::fromLatin1(level);
        const PositionLevel pl = l == QLatin1String("Ahli Pertama") ? L::AhliPertama
                                 : l == QLatin1String("Ahli Muda")  ? L::AhliMuda
                                                                    : L::AhliMadya;
        p << PositionSeed{QStringLiteral("Guru %1 Kelas").arg(l), K::Functional, pl, edu, true};
        for (const char *subject : {"Matematika", "Bahasa Indonesia", "Bahasa Inggris", "Fisika", "Biologi",
                                    "Kimia", "Ekonomi", "Sejarah", "Geografi", "Sosiologi",
                                    "Pendidikan Agama Islam", "Pendidikan Jasmani", "Bimbingan dan Konseling"})
            p << PositionSeed{QStringLiteral("Guru %1 %2").arg(l, QString::fromLatin1(subject)), K::Functional, pl,
                              edu, true};
    }
    return p;
}

QStringList maleNames() {
    return list({"Ahmad", "Budi", "Hendra", "Rizki", "Agus", "Joko", "Fajar", "Andi", "Bambang", "Dedi",
                 "Eko", "Firman", "Gunawan", "Hari", "Irfan", "Taufik", "Syahrul", "Yusuf", "Zainal", "Rahmat",
                 "Sutrisno", "Heri", "Arif", "Dian", "Wahyu", "Ilham", "Muhammad", "Fauzi", "Rudi", "Iwan"});
}

QStringList femaleNames() {
    return list({"Siti", "Dewi", "Rina", "Fitri", "Rosmawati", "Nurhayati", "Sri", "Yuliana", "Lestari",
                 "Ratna", "Wulan", "Indah", "Maya", "Novi", "Putri", "Ayu", "Rahmawati", "Susanti", "Eka",
                 "Mega", "Desi", "Anisa", "Nurul", "Linda", "Yanti", "Herlina", "Fatimah", "Aisyah", "Ika", "Tuti"});
}

QStringList familyNames() {
    return list({"Pratama", "Kurniawan", "Saputra", "Wijaya", "Hidayat", "Siregar", "Nasution", "Harahap",
                 "Lubis", "Santoso", "Setiawan", "Susanto", "Hakim", "Syahputra", "Rangkuti", "Putri",
                 "Sari", "Anggraini", "Purnamasari", "Handayani", "Marpaung", "Simanjuntak", "Tanjung",
                 "Rahman", "Ramadhan", "Firdaus", "Maulana", "Gultom", "Chaniago", "Koto"});
}

QStringList otherBirthPlaces() {
    return list({"Medan", "Padang", "Pekanbaru", "Palembang", "Bengkulu", "Jakarta", "Bukittinggi", "Bandung"});
}

} // namespace imbang::demo
