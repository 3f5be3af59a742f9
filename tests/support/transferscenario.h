#pragma once

// A small office for the transfer tests (header-only, so tests/CMakeLists.txt needs no change):
//   Kabupaten Bungo: Dinas Pendidikan with SD Negeri 1 (crowded: 4 class teachers for a need of 2) and
//   SD Negeri 2 (short: 2 for a need of 4), and the BKD; Kabupaten Tebo: Dinas Pendidikan with SD Negeri 3;
//   Kota Pekanbaru (Provinsi Riau), a central ministry, and a closed school. Office: Provinsi Jambi.
// "Today" is 2026-01-15 unless a test says otherwise.

#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "storage/officeinfo.h"
#include "goodratings.h"
#include "testsupport.h"

#include <QTest>

namespace imbang::test {

struct TransferScenario {
    TempDatabase temp;
    QSqlDatabase db;
    qint64 disdikBungo = 0, sd1 = 0, sd2 = 0, bkdBungo = 0, disdikTebo = 0, sd3 = 0, pekanbaru = 0, pusat = 0,
           closedSchool = 0;
    qint64 guruKelas = 0, guruMatematika = 0, admin = 0;
    QList<qint64> sd1Teachers; // 4 class teachers at SD Negeri 1
    QList<qint64> sd2Teachers; // 2 class teachers at SD Negeri 2
    qint64 pppkTeacher = 0;    // PPPK class teacher at SD Negeri 1 (not in sd1Teachers)
    qint64 bkdClerk = 0;       // administrator at the BKD

    static QDate today() { return QDate(2026, 1, 15); }

    TransferScenario()
        : db(temp.db->connection()) {
        qputenv("IMBANG_TODAY", "2026-01-15");
        OfficeInfo office;
        office.name = QStringLiteral("BKD Provinsi Jambi");
        office.region = QStringLiteral("Provinsi Jambi");
        check(office.save(db));
        Settings(db).set(settingkeys::regionProvinces, QStringLiteral("Kota Pekanbaru=Provinsi Riau"));

        disdikBungo = unit("07.08", "Dinas Pendidikan Kabupaten Bungo", UnitKind::Opd, 0, "Kabupaten Bungo");
        sd1 = unit("07.08.SD001", "SD Negeri 1 Bungo", UnitKind::School, disdikBungo, "Kabupaten Bungo");
        sd2 = unit("07.08.SD002", "SD Negeri 2 Bungo", UnitKind::School, disdikBungo, "Kabupaten Bungo");
        bkdBungo =
            unit("07.05", "Badan Kepegawaian Daerah Kabupaten Bungo", UnitKind::Opd, 0, "Kabupaten Bungo");
        disdikTebo = unit("06.08", "Dinas Pendidikan Kabupaten Tebo", UnitKind::Opd, 0, "Kabupaten Tebo");
        sd3 = unit("06.08.SD001", "SD Negeri 3 Tebo", UnitKind::School, disdikTebo, "Kabupaten Tebo");
        pekanbaru = unit("R.08", "Dinas Pendidikan Kota Pekanbaru", UnitKind::Opd, 0, "Kota Pekanbaru");
        pusat = unit("P.01", "Kementerian Pendidikan", UnitKind::Opd, 0, "Pusat");
        closedSchool = unit("07.08.SD009", "SD Negeri 9 Bungo", UnitKind::School, disdikBungo,
                            "Kabupaten Bungo", QDate(2025, 7, 1));

        guruKelas = position("Guru Ahli Pertama Kelas", PositionKind::Functional, PositionLevel::AhliPertama,
                             "Pendidikan", true);
        guruMatematika = position("Guru Ahli Pertama Matematika", PositionKind::Functional,
                                  PositionLevel::AhliPertama, "Pendidikan", true);
        admin = position("Pengadministrasi Perkantoran", PositionKind::Pelaksana, PositionLevel::None,
                         "Administrasi", false);

        need(sd1, guruKelas, 2);
        need(sd2, guruKelas, 4);
        need(sd3, guruKelas, 3);
        need(pekanbaru, guruKelas, 5);
        need(pusat, guruKelas, 5);
        need(bkdBungo, admin, 3);

        // In post since 2021 (4.5 years), born 1985: no rule fires for them when moved to SD 2.
        const char *names1[] = {"Siti Aminah", "Budi Santoso", "Rina Marlina", "Agus Salim"};
        for (int i = 0; i < 4; ++i)
            sd1Teachers << employee(names1[i], QStringLiteral("19850312201001200%1").arg(i + 1),
                                    EmploymentStatus::Pns, sd1, guruKelas, QDate(1985, 3, 12),
                                    QDate(2021, 7, 1));
        const char *names2[] = {"Dewi Lestari", "Hendra Gunawan"};
        for (int i = 0; i < 2; ++i)
            sd2Teachers << employee(names2[i], QStringLiteral("19870101201101100%1").arg(i + 1),
                                    EmploymentStatus::Pns, sd2, guruKelas, QDate(1987, 1, 1),
                                    QDate(2020, 1, 1));
        pppkTeacher = employee("Yusuf Ramadhan", QStringLiteral("199005052022212001"), EmploymentStatus::Pppk,
                               sd1, guruKelas, QDate(1990, 5, 5), QDate(2022, 3, 1));
        bkdClerk = employee("Lina Marlina", QStringLiteral("198801012012012001"), EmploymentStatus::Pns,
                            bkdBungo, admin, QDate(1988, 1, 1), QDate(2019, 1, 1));
    }

    static void check(const Status &s) {
        if (!s)
            qFatal("scenario: %s", qPrintable(s.error()));
    }
    template <typename T> static T check(const Expected<T> &e) {
        if (!e)
            qFatal("scenario: %s", qPrintable(e.error()));
        return *e;
    }

    qint64 unit(const char *code, const char *name, UnitKind kind, qint64 parent, const char *region,
                const QDate &closedOn = {}) {
        Unit u;
        u.code = QString::fromUtf8(code);
        u.name = QString::fromUtf8(name);
        u.kind = kind;
        u.parentId = parent;
        u.region = QString::fromUtf8(region);
        u.closedOn = closedOn;
        return check(UnitRepository(db).insert(u));
    }

    qint64 position(const char *name, PositionKind kind, PositionLevel level, const char *family,
                    bool teacher) {
        Position p;
        p.name = QString::fromUtf8(name);
        p.kind = kind;
        p.level = level;
        p.family = QString::fromUtf8(family);
        p.teacher = teacher;
        return check(PositionRepository(db).insert(p));
    }

    void need(qint64 unitId, qint64 positionId, double value) {
        check(StaffingNeedRepository(db).set(
            {unitId, positionId, value, StaffingNeedRepository::sourceDirect(), {}}));
    }

    qint64 employee(const char *name, const QString &nip, EmploymentStatus status, qint64 unitId,
                    qint64 positionId, const QDate &birth, const QDate &positionTmt) {
        Employee e;
        e.name = QString::fromUtf8(name);
        e.nip = nip;
        e.status = status;
        e.gender = Gender::Female;
        e.birthDate = birth;
        e.cpnsTmt = QDate(2010, 1, 1);
        e.unitId = unitId;
        e.positionId = positionId;
        e.positionTmt = positionTmt;
        const qint64 id = check(EmployeeRepository(db).insert(e));
        rateGood(db, id); // the performance rule passes unless a test changes a rating
        return id;
    }

    Employee get(qint64 employeeId) const { return *EmployeeRepository(db).byId(employeeId); }
};

} // namespace imbang::test
