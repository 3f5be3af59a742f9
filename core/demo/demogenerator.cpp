#include "demogenerator.h"

#include "demo/democatalogue.h"
#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "records/employeebatchwriter.h"
#include "competence/performancepredicate.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/officeinfo.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "workload/abkrepository.h"
#include "workload/schoolprofilerepository.h"
#include "workload/teacherneed.h"
#include "workload/workloadsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace imbang {
namespace {

// One position in one unit: how many the unit needs, and how many people the demo puts there.
struct Slot {
    qint64 unitId;
    int positionIndex;
    double need;
    double fill; // staff = need * fill, before scaling to the requested head count
    int staff = 0;
    bool computed = false; // need written by the ABK or teacher rules, not entered directly
};

// An ABK task template: the volume is what one person's worth of work (need 1.0) looks like.
struct AbkTemplate {
    const char *description;
    const char *output;
    AbkPeriod period;
    double minutes;
    double volume;
};

// Tasks for the administrative positions every agency has, so the ABK path has demo data.
QList<AbkTemplate> abkTemplates(const QString &position) {
    using P = AbkPeriod;
    if (position == QLatin1String("Pengadministrasi Perkantoran"))
        return {{"Menerima, mencatat dan mengagendakan surat masuk", "Surat", P::Day, 10, 12},
                {"Mengetik dan menggandakan naskah dinas", "Naskah", P::Day, 15, 4},
                {"Mengarsipkan surat keluar", "Berkas", P::Week, 30, 8},
                {"Menyusun laporan kegiatan bulanan", "Laporan", P::Month, 300, 2},
                {"Menginventarisasi barang persediaan", "Daftar inventaris", P::Year, 2400, 4}};
    if (position == QLatin1String("Bendahara"))
        return {{"Memeriksa kelengkapan dokumen SPJ", "Dokumen SPJ", P::Day, 20, 6},
                {"Mencatat transaksi dalam buku kas umum", "Buku kas", P::Day, 30, 2},
                {"Menyetorkan pajak", "Bukti setor", P::Week, 45, 6},
                {"Menyusun laporan pertanggungjawaban bendahara", "Laporan", P::Month, 600, 2}};
    if (position == QLatin1String("Pengelola Kepegawaian"))
        return {{"Memutakhirkan data pegawai", "Data pegawai", P::Day, 15, 8},
                {"Menyiapkan usul kenaikan pangkat", "Berkas usul", P::Month, 120, 10},
                {"Merekap kehadiran pegawai", "Rekap", P::Week, 60, 5},
                {"Menyiapkan usul pensiun", "Berkas usul", P::Year, 240, 20},
                {"Menyusun daftar urut kepangkatan", "Dokumen DUK", P::Year, 9600, 1}};
    if (position == QLatin1String("Arsiparis Terampil"))
        return {{"Memberkaskan arsip aktif", "Berkas", P::Day, 20, 9},
                {"Menata arsip inaktif", "Boks arsip", P::Week, 120, 3},
                {"Menyusun daftar arsip", "Daftar arsip", P::Month, 480, 2}};
    return {};
}

struct EducationSeed {
    QString education;
    QString titleFront;
    QString titleBack;
    int startRank;    // rank code at appointment
    int maxRank;      // highest rank code by regular promotion
    int pppkGolongan; // golongan when appointed as PPPK
};

// Everything the generator draws from one seeded random source, so a seed fixes the whole dataset.
class Random {
public:
    explicit Random(quint64 seed) : m_rng(seed) {}
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); } // inclusive
    double unit() { return m_rng.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    template <typename T>
    const T &pick(const QList<T> &items) { return items.at(between(0, int(items.size()) - 1)); }
    QUuid uuid() {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i)
            bytes[i] = char(m_rng.bounded(256u));
        bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes);
    }

private:
    QRandomGenerator m_rng;
};

// The performance predicates of the last two years: mostly Baik, some Sangat Baik, a few lower and a
// few not recorded, so the transfer check and the leaders' view have something to show. Its own random
// source, so the people drawn stay the same whatever is added here.
class DemoRatings {
public:
    DemoRatings(const QSqlDatabase &db, quint64 seed, int thisYear)
        : m_query(db), m_random(seed ^ 0x5b5b5b5bULL), m_thisYear(thisYear) {
        m_query.prepare(QStringLiteral("INSERT INTO performance_rating(uuid, employee_id, year, predicate, "
                                       "modified_at) VALUES(?, ?, ?, ?, ?)"));
    }

    Status write(qint64 employeeId, const QDate &cpnsTmt, const QDateTime &stamp) {
        for (int year = m_thisYear - 2; year < m_thisYear; ++year) {
            if ((cpnsTmt.isValid() && cpnsTmt.year() > year) || m_random.chance(0.03))
                continue;
            const double roll = m_random.unit();
            const PerformancePredicate p = roll < 0.2    ? PerformancePredicate::VeryGood
                                           : roll < 0.9  ? PerformancePredicate::Good
                                           : roll < 0.97 ? PerformancePredicate::NeedsImprovement
                                                         : PerformancePredicate::Poor;
            m_query.bindValue(0, m_random.uuid().toString(QUuid::WithoutBraces));
            m_query.bindValue(1, employeeId);
            m_query.bindValue(2, year);
            m_query.bindValue(3, performance::toCode(p));
            m_query.bindValue(4, sql::fromDateTime(stamp));
            if (!m_query.exec())
                return Status::failure(m_query.lastError().text());
        }
        return {};
    }

private:
    QSqlQuery m_query;
    Random m_random;
    int m_thisYear;
};

EducationSeed educationFor(const demo::PositionSeed &p, Random &random) {
    const QString &n = p.name;
    const auto s1 = [](const QString &edu, const QString &back) {
        return EducationSeed{edu, {}, back, 31, 42, 9};
    };
    if (p.teacher) {
        if (n.contains(QLatin1String("Kelas")))
            return s1(QStringLiteral("S-1 Pendidikan Guru Sekolah Dasar"), QStringLiteral("S.Pd."));
        const QString subject = n.section(QLatin1Char(' '), 3); // "Guru Ahli Muda Fisika" -> "Fisika"
        if (random.chance(0.15))
            return {QStringLiteral("S-2 Pendidikan %1").arg(subject), {}, QStringLiteral("S.Pd., M.Pd."), 32, 43, 10};
        return s1(QStringLiteral("S-1 Pendidikan %1").arg(subject), QStringLiteral("S.Pd."));
    }
    if (n.startsWith(QLatin1String("Dokter")))
        return {QStringLiteral("S-1 Kedokteran"), QStringLiteral("dr."), {}, 32, 43, 10};
    if (n.startsWith(QLatin1String("Apoteker")))
        return s1(QStringLiteral("S-1 Farmasi"), QStringLiteral("S.Farm., Apt."));
    if (n.startsWith(QLatin1String("Perawat")))
        return p.level == PositionLevel::Terampil
                   ? EducationSeed{QStringLiteral("D-III Keperawatan"), {}, QStringLiteral("A.Md.Kep."), 23, 34, 7}
                   : s1(QStringLiteral("S-1 Keperawatan"), QStringLiteral("S.Kep., Ners"));
    if (n.startsWith(QLatin1String("Bidan")))
        return {QStringLiteral("D-III Kebidanan"), {}, QStringLiteral("A.Md.Keb."), 23, 34, 7};
    if (p.kind == PositionKind::Jpt || p.kind == PositionKind::Administrator)
        return {QStringLiteral("S-2 Administrasi Publik"), {}, QStringLiteral("S.Sos., M.AP."), 32, 44, 10};
    if (p.kind == PositionKind::Pelaksana && random.chance(0.35))
        return {QStringLiteral("SMA"), {}, {}, 21, 33, 5};
    static const QList<std::pair<QString, QString>> degrees{
        {QStringLiteral("S-1 Manajemen"), QStringLiteral("S.E.")},
        {QStringLiteral("S-1 Akuntansi"), QStringLiteral("S.Ak.")},
        {QStringLiteral("S-1 Hukum"), QStringLiteral("S.H.")},
        {QStringLiteral("S-1 Ilmu Pemerintahan"), QStringLiteral("S.IP.")},
        {QStringLiteral("D-III Administrasi Perkantoran"), QStringLiteral("A.Md.")}};
    const auto &[edu, back] = random.pick(degrees);
    if (edu.startsWith(QLatin1String("D-III")))
        return {edu, {}, back, 23, 34, 7};
    return s1(edu, back);
}

// Age range by position: seniors hold the higher levels and structural posts.
std::pair<int, int> ageRange(const demo::PositionSeed &p) {
    switch (p.level) {
    case PositionLevel::AhliPertama: return {24, 47};
    case PositionLevel::AhliMuda: return {33, 56};
    case PositionLevel::AhliMadya: return {42, 59};
    default: break;
    }
    switch (p.kind) {
    case PositionKind::Jpt: return {46, 59};
    case PositionKind::Administrator: return {40, 57};
    case PositionKind::Pengawas: return {35, 57};
    default: return {23, 57};
    }
}

int promote(int rankCode, int steps, int maxRank) {
    auto rank = Rank::fromCode(rankCode);
    const QList<Rank> ladder = Rank::allPns();
    qsizetype at = ladder.indexOf(*rank);
    const qsizetype cap = ladder.indexOf(*Rank::fromCode(maxRank));
    at = std::min(at + steps, std::max(cap, at));
    return ladder.at(at).code();
}

// Sets the connection's page cache (KiB) for as long as it lives, then puts the previous size back.
class CacheSize {
public:
    CacheSize(QSqlDatabase db, int kib) : m_db(std::move(db)) {
        if (auto q = sql::run(m_db, QStringLiteral("PRAGMA cache_size")); q && q->next())
            m_previous = q->value(0).toInt();
        sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-kib));
    }
    ~CacheSize() { sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous)); }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -2000;
};

class Builder {
public:
    Builder(const QSqlDatabase &db, const DemoOptions &options, const DemoGenerator::Progress &progress)
        : m_db(db), m_options(options), m_progress(progress), m_random(options.seed),
          m_today(options.today.isValid() ? options.today : Clock::today()), m_settings(WorkloadSettings::load(db)) {}

    Expected<DemoSummary> run() {
        // One big transaction: with SQLite's default 2 MB page cache it spills to the WAL and reads the pages
        // back again and again. A larger cache for the run keeps it in memory (about twice as fast).
        const CacheSize cache(m_db, 256 * 1024);
        sql::Transaction transaction(m_db);
        if (!transaction.isActive())
            return Expected<DemoSummary>::failure(transaction.error());
        if (EmployeeRepository(m_db).counts().active + EmployeeRepository(m_db).counts().inactive > 0 ||
            UnitRepository(m_db).count() > 0)
            return Expected<DemoSummary>::failure(QCoreApplication::translate(
                "DemoGenerator", "The database already holds data; demo data goes only into an empty database."));
        if (Status s = createPositions(); !s)
            return Expected<DemoSummary>::failure(s.error());
        if (Status s = createUnitsAndSlots(); !s)
            return Expected<DemoSummary>::failure(s.error());
        distributeStaff();
        if (Status s = writeNeeds(); !s)
            return Expected<DemoSummary>::failure(s.error());
        if (Status s = writeEmployees(); !s)
            return Expected<DemoSummary>::failure(s.error());
        OfficeInfo office = OfficeInfo::load(m_db);
        if (office.name.isEmpty()) {
            office.name = QStringLiteral("BKD Provinsi Jambi (demo)");
            office.region = QStringLiteral("Provinsi Jambi");
            if (Status s = office.save(m_db); !s)
                return Expected<DemoSummary>::failure(s.error());
        }
        if (Status s = transaction.commit(); !s)
            return Expected<DemoSummary>::failure(s.error());
        return m_summary;
    }

private:
    Status createPositions() {
        PositionRepository repo(m_db);
        m_positions = demo::positions();
        for (const demo::PositionSeed &seed : m_positions) {
            Position p;
            p.uuid = m_random.uuid();
            p.name = seed.name;
            p.kind = seed.kind;
            p.level = seed.level;
            p.family = seed.family;
            p.teacher = seed.teacher;
            auto id = repo.insert(p);
            if (!id)
                return Status::failure(id.error());
            m_positionIds << *id;
            m_positionIndex.insert(seed.name, int(m_positionIds.size()) - 1);
        }
        m_summary.positions = int(m_positions.size());
        return {};
    }

    int position(const QString &name) const { return m_positionIndex.value(name, -1); }

    // The teacher position of a subject at a level picked with the usual seniority mix.
    int teacherPosition(const QString &subject) {
        const double r = m_random.unit();
        const char *level = r < 0.4 ? "Ahli Pertama" : r < 0.75 ? "Ahli Muda" : "Ahli Madya";
        return position(QStringLiteral("Guru %1 %2").arg(QLatin1String(level), subject));
    }

    Expected<qint64> addUnit(const QString &code, const QString &name, UnitKind kind, qint64 parent,
                             const demo::RegionSeed &region, double lat, double lon) {
        Unit u;
        u.uuid = m_random.uuid();
        u.code = code;
        u.name = name;
        u.kind = kind;
        u.parentId = parent;
        u.region = region.name;
        u.latitude = std::round(lat * 1e5) / 1e5;
        u.longitude = std::round(lon * 1e5) / 1e5;
        ++m_summary.units;
        return UnitRepository(m_db).insert(u);
    }

    void addSlot(qint64 unit, int positionIndex, double need, double fill, bool computed = false) {
        if (positionIndex >= 0 && need > 0)
            m_slots.push_back({unit, positionIndex, need, fill, 0, computed});
    }

    // A post whose need comes from ABK tasks: the demo writes tasks whose workload is `need` people's
    // worth, give or take 30 %, and the slot takes the need the tasks actually give.
    void addAbkSlot(qint64 unit, const QString &positionName, double need, double fill) {
        const QList<AbkTemplate> templates = abkTemplates(positionName);
        const int index = position(positionName);
        if (templates.isEmpty() || index < 0) {
            addSlot(unit, index, need, fill);
            return;
        }
        const double scale = need * (0.7 + 0.6 * m_random.unit());
        QList<AbkTask> tasks;
        for (const AbkTemplate &t : templates) {
            AbkTask task;
            task.unitId = unit;
            task.positionId = m_positionIds.at(index);
            task.year = m_today.year();
            task.description = QString::fromUtf8(t.description);
            task.output = QString::fromUtf8(t.output);
            task.period = t.period;
            task.standardMinutes = t.minutes;
            task.volume = std::max(1.0, std::round(t.volume * scale * 10) / 10);
            tasks << task;
        }
        addSlot(unit, index, abk::requiredStaff(tasks, m_settings.wkeHours), fill, true);
        m_abkPosts.push_back(std::move(tasks));
    }

    // Need of a non-head agency post scaled to the demo's size, in hundredths as ABK gives them.
    double scaled(double baseNeed) const { return std::max(0.5, std::round(baseNeed * m_agencyFactor * 100) / 100); }

    Status createUnitsAndSlots() {
        const QList<demo::RegionSeed> regions = demo::regions();
        const QStringList agencies = demo::agencyNames();
        const int n = std::max(m_options.employees, 50);
        const int schoolsPerRegion = std::max(6, int(std::lround(n * 0.5 / 11.0 / 15.0)));
        const int clinicsPerRegion = std::max(2, int(std::lround(n * 0.12 / 11.0 / 20.0)));
        const int divisionsPerAgency = n >= 20000 ? 3 : n >= 2000 ? 2 : 1;
        // Agencies and their divisions share about 38% of the people. Heads are one each; the other
        // posts grow or shrink with the size of the demo so that needs add up to about n.
        const int agencyCount = int(regions.size() * agencies.size());
        const double budget = 0.38 * n / agencyCount;
        const double heads = 3 + divisionsPerAgency;
        const double baseStaff = 12 + 4.0 * divisionsPerAgency;
        m_agencyFactor = std::max(0.1, (budget - heads) / baseStaff);
        static const QStringList divisionNames{QStringLiteral("Bidang Perencanaan dan Program"),
                                               QStringLiteral("Bidang Pelayanan"),
                                               QStringLiteral("Bidang Pembinaan dan Pengendalian")};
        m_summary.regions = int(regions.size());

        for (const demo::RegionSeed &region : regions) {
            QList<qint64> agencyIds;
            for (int a = 0; a < agencies.size(); ++a) {
                const QString code = QStringLiteral("%1.%2").arg(region.code).arg(a + 1, 2, 10, QLatin1Char('0'));
                auto id = addUnit(code, agencies.at(a) + QLatin1Char(' ') + region.name, UnitKind::Opd, 0, region,
                                  region.latitude, region.longitude);
                if (!id)
                    return Status::failure(id.error());
                agencyIds << *id;
                addAgencySlots(*id, a);
                if (a == 7 || a == 8)
                    continue; // education and health agencies get schools and puskesmas instead
                for (int d = 0; d < divisionsPerAgency; ++d) {
                    auto div = addUnit(QStringLiteral("%1.B%2").arg(code).arg(d + 1),
                                       divisionNames.at(d) + QStringLiteral(" - ") + agencies.at(a) +
                                           QLatin1Char(' ') + region.name,
                                       UnitKind::Division, *id, region, region.latitude, region.longitude);
                    if (!div)
                        return Status::failure(div.error());
                    addDivisionSlots(*div);
                }
            }
            if (Status s = createSchools(region, agencyIds.at(7), schoolsPerRegion); !s)
                return s;
            if (Status s = createClinics(region, agencyIds.at(8), clinicsPerRegion); !s)
                return s;
        }
        return {};
    }

    // A point around the region's seat; remoteness 0 at the seat, 1 at the edge.
    std::tuple<double, double, double> placeAround(const demo::RegionSeed &region) {
        const double remoteness = std::sqrt(m_random.unit());
        const double angle = m_random.unit() * 2 * std::numbers::pi;
        const double radius = 0.05 + 0.4 * remoteness;
        return {region.latitude + radius * std::sin(angle), region.longitude + radius * std::cos(angle), remoteness};
    }

    // Near the seat schools are crowded with staff; remote ones get far fewer than they need.
    static double fillFor(double remoteness) { return 1.45 - 0.95 * remoteness; }

    Status createSchools(const demo::RegionSeed &region, qint64 agency, int count) {
        const int sd = std::max(3, count * 70 / 100), smp = std::max(2, count * 20 / 100),
                  sma = std::max(1, count - sd - smp);
        const auto width = [](int total) { return total > 99 ? 3 : 2; };
        for (int i = 1; i <= sd + smp + sma; ++i) {
            QString code, name;
            int level = 0; // 0 SD, 1 SMP, 2 SMA
            if (i <= sd) {
                code = QStringLiteral("%1.08.SD%2").arg(region.code).arg(i, 3, 10, QLatin1Char('0'));
                name = QStringLiteral("SD Negeri %1/%2 %3").arg(7 * i).arg(romanNumeral(region.romanSuffix), region.shortName);
            } else if (i <= sd + smp) {
                const int k = i - sd;
                code = QStringLiteral("%1.08.SMP%2").arg(region.code).arg(k, width(smp), 10, QLatin1Char('0'));
                name = QStringLiteral("SMP Negeri %1 %2").arg(k).arg(region.shortName);
                level = 1;
            } else {
                const int k = i - sd - smp;
                code = QStringLiteral("%1.08.SMA%2").arg(region.code).arg(k, width(sma), 10, QLatin1Char('0'));
                name = QStringLiteral("SMA Negeri %1 %2").arg(k).arg(region.shortName);
                level = 2;
            }
            const auto [lat, lon, remoteness] = placeAround(region);
            auto id = addUnit(code, name, UnitKind::School, agency, region, lat, lon);
            if (!id)
                return Status::failure(id.error());
            addSchoolSlots(*id, level, remoteness);
        }
        return {};
    }

    // Schools get a teaching profile (class groups, remote flag, weekly hours per subject) and their teacher
    // need from the same rules the teacher-need dialog uses.
    void addSchoolSlots(qint64 school, int level, double remoteness) {
        const double fill = fillFor(remoteness);
        SchoolProfile profile;
        profile.unitId = school;
        profile.remote = remoteness > 0.85;
        // Bigger schools in town: more class groups (rombel); small remote SD have fewer than six.
        profile.rombel = level == 0 ? (profile.remote ? 3 + m_random.between(0, 3)
                                                      : 6 + m_random.between(0, 4) + int(std::lround((1 - remoteness) * 3)))
                                    : 6 + m_random.between(0, 6) + int(std::lround((1 - remoteness) * 6));
        QList<std::pair<QString, double>> subjects;
        if (level == 0) {
            profile.classPositionId = m_positionIds.at(teacherPosition(QStringLiteral("Kelas")));
            subjects = {{QStringLiteral("Pendidikan Agama Islam"), 4}, {QStringLiteral("Pendidikan Jasmani"), 4}};
        } else if (level == 1) {
            subjects = {{QStringLiteral("Matematika"), 5},     {QStringLiteral("Bahasa Indonesia"), 6},
                        {QStringLiteral("Bahasa Inggris"), 4}, {QStringLiteral("Biologi"), 5},
                        {QStringLiteral("Pendidikan Agama Islam"), 3}, {QStringLiteral("Pendidikan Jasmani"), 3},
                        {QStringLiteral("Sejarah"), 4}};
        } else {
            subjects = {{QStringLiteral("Matematika"), 4}, {QStringLiteral("Bahasa Indonesia"), 4},
                        {QStringLiteral("Bahasa Inggris"), 3}, {QStringLiteral("Fisika"), 3},
                        {QStringLiteral("Kimia"), 3},      {QStringLiteral("Biologi"), 3},
                        {QStringLiteral("Ekonomi"), 3},    {QStringLiteral("Sejarah"), 3},
                        {QStringLiteral("Geografi"), 3},   {QStringLiteral("Sosiologi"), 3},
                        {QStringLiteral("Pendidikan Agama Islam"), 3}, {QStringLiteral("Pendidikan Jasmani"), 3}};
        }
        if (level > 0) // counselling: one counsellor per 150 pupils, about six class groups, as 4 hours each
            subjects << std::pair{QStringLiteral("Bimbingan dan Konseling"), 4.0};
        for (const auto &[subject, hours] : subjects)
            profile.subjects << SchoolSubject{subject, hours, m_positionIds.at(teacherPosition(subject))};
        for (const TeacherNeedLine &line : teacherneed::compute(profile, m_settings.teacherRules))
            addSlot(school, int(m_positionIds.indexOf(line.positionId)), line.need, fill, true);
        m_schoolProfiles.push_back(std::move(profile));
        addSlot(school, position(QStringLiteral("Pengadministrasi Perkantoran")), 1, fill);
    }

    Status createClinics(const demo::RegionSeed &region, qint64 agency, int count) {
        for (int i = 1; i <= count; ++i) {
            const auto [lat, lon, remoteness] = placeAround(region);
            auto id = addUnit(QStringLiteral("%1.09.PKM%2").arg(region.code).arg(i, 2, 10, QLatin1Char('0')),
                              QStringLiteral("Puskesmas %1 %2").arg(region.shortName).arg(i), UnitKind::Puskesmas,
                              agency, region, lat, lon);
            if (!id)
                return Status::failure(id.error());
            const double fill = fillFor(remoteness);
            addSlot(*id, position(QStringLiteral("Dokter Ahli Pertama")), 2, fill);
            addSlot(*id, position(QStringLiteral("Perawat Terampil")), 6, fill);
            addSlot(*id, position(QStringLiteral("Perawat Ahli Pertama")), 3, fill);
            addSlot(*id, position(QStringLiteral("Bidan Terampil")), 5, fill);
            addSlot(*id, position(QStringLiteral("Apoteker Ahli Pertama")), 1, fill);
            addSlot(*id, position(QStringLiteral("Pengadministrasi Perkantoran")), 2, fill);
        }
        return {};
    }

    void addAgencySlots(qint64 agency, int agencyIndex) {
        const double fill = 0.85 + 0.3 * m_random.unit();
        addSlot(agency, position(QStringLiteral("Kepala Dinas")), 1, 1.0);
        addSlot(agency, position(QStringLiteral("Sekretaris")), 1, 1.0);
        addSlot(agency, position(QStringLiteral("Kepala Sub Bagian Umum dan Kepegawaian")), 1, 1.0);
        addAbkSlot(agency, QStringLiteral("Pengadministrasi Perkantoran"), scaled(5), fill);
        addAbkSlot(agency, QStringLiteral("Bendahara"), scaled(2), fill);
        addAbkSlot(agency, QStringLiteral("Pengelola Kepegawaian"), scaled(2), fill);
        addAbkSlot(agency, QStringLiteral("Arsiparis Terampil"), scaled(1), fill);
        addSlot(agency, position(QStringLiteral("Penata Kelola Sistem dan Teknologi Informasi")), scaled(1), fill);
        addSlot(agency, position(QStringLiteral("Perencana Ahli Muda")), scaled(1), fill);
        if (agencyIndex == 2)
            addSlot(agency, position(QStringLiteral("Auditor Ahli Pertama")), scaled(8), fill);
        if (agencyIndex == 4) {
            addSlot(agency, position(QStringLiteral("Analis Sumber Daya Manusia Aparatur Ahli Pertama")), scaled(6), fill);
            addSlot(agency, position(QStringLiteral("Analis Sumber Daya Manusia Aparatur Ahli Muda")), scaled(4), fill);
        }
        if (agencyIndex == 22) { // the regional hospital
            addSlot(agency, position(QStringLiteral("Dokter Ahli Madya")), scaled(8), fill);
            addSlot(agency, position(QStringLiteral("Perawat Ahli Pertama")), scaled(20), fill);
            addSlot(agency, position(QStringLiteral("Bidan Terampil")), scaled(8), fill);
        }
    }

    void addDivisionSlots(qint64 division) {
        const double fill = 0.8 + 0.4 * m_random.unit();
        addSlot(division, position(QStringLiteral("Kepala Bidang")), 1, 1.0);
        addSlot(division, position(QStringLiteral("Pengadministrasi Perkantoran")), scaled(3), fill);
        addSlot(division, position(QStringLiteral("Analis Sumber Daya Manusia Aparatur Ahli Pertama")), scaled(1), fill);
    }

    // Turns need x fill into head counts that add up to exactly the requested number of employees.
    void distributeStaff() {
        double weighted = 0;
        for (const Slot &s : m_slots)
            weighted += s.need * s.fill;
        const double scale = weighted > 0 ? m_options.employees / weighted : 0;
        int total = 0;
        for (Slot &s : m_slots) {
            const double exact = s.need * s.fill * scale;
            s.staff = int(std::floor(exact + m_random.unit()));
            if (s.fill >= 1.0 && s.need == 1 && s.staff == 0)
                s.staff = 1; // heads of agencies and divisions are always filled
            total += s.staff;
        }
        while (total != m_options.employees && !m_slots.empty()) {
            Slot &s = m_slots[std::size_t(m_random.between(0, int(m_slots.size()) - 1))];
            if (total < m_options.employees) {
                ++s.staff;
                ++total;
            } else if (s.staff > 0) {
                --s.staff;
                --total;
            }
        }
    }

    Status writeNeeds() {
        StaffingNeedRepository repo(m_db);
        AbkRepository abk(m_db);
        for (const QList<AbkTask> &tasks : m_abkPosts) {
            const AbkTask &first = tasks.first();
            if (Status st = abk.replaceTasks(first.unitId, first.positionId, first.year, tasks, m_settings.wkeHours); !st)
                return st;
        }
        SchoolProfileRepository schools(m_db);
        for (const SchoolProfile &profile : m_schoolProfiles)
            if (Status st = schools.save(profile, m_settings.teacherRules); !st)
                return st;
        for (const Slot &s : m_slots) {
            if (s.computed) { // written above from the tasks and the school profiles
                ++m_summary.needs;
                continue;
            }
            if (Status st = repo.set({s.unitId, m_positionIds.at(s.positionIndex), s.need,
                                      StaffingNeedRepository::sourceDirect(), {}});
                !st)
                return st;
            ++m_summary.needs;
        }
        return {};
    }

    QString nipFor(const QDate &birth, const QString &middle, Gender gender) {
        const QString head = birth.toString(QStringLiteral("yyyyMMdd")) + middle +
                             (gender == Gender::Male ? QLatin1Char('1') : QLatin1Char('2'));
        const int sequence = ++m_nipPrefixes[head];
        return head + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    }

    Employee makeEmployee(const Slot &slot) {
        const demo::PositionSeed &seed = m_positions.at(slot.positionIndex);
        Employee e;
        e.uuid = m_random.uuid();
        e.gender = m_random.chance(seed.teacher || seed.family == QLatin1String("Kesehatan") ? 0.65 : 0.45)
                       ? Gender::Female
                       : Gender::Male;
        const QString first = m_random.pick(e.gender == Gender::Male ? m_maleNames : m_femaleNames);
        e.name = first + QLatin1Char(' ') + m_random.pick(m_familyNames);
        const EducationSeed education = educationFor(seed, m_random);
        e.education = education.education;
        e.titleFront = education.titleFront;
        e.titleBack = education.titleBack;

        const auto [minAge, maxAge] = ageRange(seed);
        const int age = m_random.between(minAge, maxAge);
        e.birthDate = m_today.addYears(-age).addDays(-m_random.between(0, 364));
        e.birthPlace = m_random.chance(0.7) ? m_regionSeats.at(m_random.between(0, int(m_regionSeats.size()) - 1))
                                            : m_random.pick(m_otherPlaces);

        const double statusRoll = m_random.unit();
        const bool structural = seed.kind != PositionKind::Functional && seed.kind != PositionKind::Pelaksana;
        e.status = structural ? EmploymentStatus::Pns
                   : statusRoll < (seed.teacher ? 0.2 : 0.08) ? EmploymentStatus::Pppk
                   : statusRoll > 0.97                         ? EmploymentStatus::Cpns
                                                               : EmploymentStatus::Pns;
        const QDate adult = e.birthDate.addYears(19);
        if (e.status == EmploymentStatus::Pppk) {
            const int year = std::max(adult.year() + 1, m_random.between(2021, m_today.year() - 1));
            e.cpnsTmt = QDate(year, m_random.chance(0.5) ? 3 : 7, 1);
            e.rank = *Rank::pppk(education.pppkGolongan);
            e.rankTmt = e.cpnsTmt;
            e.nip = nipFor(e.birthDate,
                           QString::number(year) + QStringLiteral("%1").arg(m_random.between(21, 25)), e.gender);
        } else {
            QDate tmt;
            if (e.status == EmploymentStatus::Cpns) {
                tmt = m_today.addMonths(-m_random.between(1, 11));
            } else {
                const int startAge = std::min(age - 1, m_random.between(22, 32));
                tmt = e.birthDate.addYears(startAge).addDays(m_random.between(0, 364));
                const QDate latest = m_today.addYears(-1);
                if (tmt > latest)
                    tmt = latest;
            }
            if (tmt < adult)
                tmt = adult;
            e.cpnsTmt = QDate(tmt.year(), tmt.month(), 1);
            const int serviceYears = yearsOfService(e.cpnsTmt);
            const int steps = e.status == EmploymentStatus::Cpns ? 0 : serviceYears / 4;
            e.rank = *Rank::fromCode(promote(education.startRank, steps, education.maxRank));
            // Promotions take effect on 1 April or 1 October.
            const QDate rankDate = e.cpnsTmt.addYears(steps * 4);
            e.rankTmt = steps == 0 ? e.cpnsTmt : QDate(rankDate.year(), rankDate.month() <= 4 ? 4 : 10, 1);
            if (e.rankTmt > m_today || e.rankTmt < e.cpnsTmt)
                e.rankTmt = e.cpnsTmt;
            e.nip = nipFor(e.birthDate, e.cpnsTmt.toString(QStringLiteral("yyyyMM")), e.gender);
        }
        e.positionId = m_positionIds.at(slot.positionIndex);
        e.unitId = slot.unitId;
        // Time in post from a few months to twelve years, never before appointment.
        const QDate earliest = std::max(e.cpnsTmt, m_today.addYears(-12));
        const qint64 span = std::max<qint64>(30, earliest.daysTo(m_today) - 30);
        const QDate post = earliest.addDays(m_random.between(0, int(span)));
        e.positionTmt = QDate(post.year(), post.month(), 1);
        if (m_random.chance(0.005)) {
            e.active = false;
            e.inactiveReason = InactiveReason::Retired;
            e.inactiveDate = m_today.addDays(-m_random.between(1, 300));
        }
        return e;
    }

    int yearsOfService(const QDate &since) const {
        int years = m_today.year() - since.year();
        if (QDate(m_today.year(), since.month(), since.day()) > m_today)
            --years;
        return std::max(0, years);
    }

    Status writeEmployees() {
        m_maleNames = demo::maleNames();
        m_femaleNames = demo::femaleNames();
        m_familyNames = demo::familyNames();
        m_otherPlaces = demo::otherBirthPlaces();
        for (const demo::RegionSeed &r : demo::regions())
            m_regionSeats << r.seat;
        EmployeeBatchWriter writer(m_db);
        DemoRatings ratings(m_db, m_options.seed, m_today.year());
        const QDateTime stamp = Clock::now();
        int done = 0;
        for (const Slot &slot : m_slots) {
            for (int i = 0; i < slot.staff; ++i) {
                Employee e = makeEmployee(slot);
                e.modifiedAt = stamp;
                auto id = writer.insert(e);
                if (!id)
                    return Status::failure(id.error());
                if (Status s = ratings.write(*id, e.cpnsTmt, stamp); !s)
                    return s;
                ++done;
                if (m_progress && done % 1000 == 0)
                    m_progress(done, m_options.employees);
            }
        }
        m_summary.employees = done;
        return {};
    }

    QSqlDatabase m_db;
    DemoOptions m_options;
    double m_agencyFactor = 1.0;
    DemoGenerator::Progress m_progress;
    Random m_random;
    QDate m_today;
    DemoSummary m_summary;
    QList<demo::PositionSeed> m_positions;
    QList<qint64> m_positionIds;
    QHash<QString, int> m_positionIndex;
    std::vector<Slot> m_slots;
    WorkloadSettings m_settings;
    std::vector<QList<AbkTask>> m_abkPosts;
    std::vector<SchoolProfile> m_schoolProfiles;
    QHash<QString, int> m_nipPrefixes;
    QStringList m_maleNames, m_femaleNames, m_familyNames, m_otherPlaces, m_regionSeats;
};

} // namespace

Expected<DemoSummary> DemoGenerator::generate(const QSqlDatabase &db, const DemoOptions &options,
                                              const Progress &progress) {
    if (options.employees < 0 || options.employees > 2'000'000)
        return Expected<DemoSummary>::failure(QCoreApplication::translate(
            "DemoGenerator", "The number of employees must be between 0 and 2,000,000."));
    return Builder(db, options, progress).run();
}

} // namespace imbang
