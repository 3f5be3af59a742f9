#pragma once

// Small hand-checkable offices for the planner tests (header-only). Units carry coordinates; 0.1 degree of
// latitude is 11.12 km. "Today" is 2026-11-29; people in post since 2020 may move, since 2026 may not.

#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/officeinfo.h"
#include "goodratings.h"
#include "testsupport.h"

#include <QTest>

namespace imbang::test {

struct PlannerScenario {
    TempDatabase temp;
    QSqlDatabase db;
    int nextNip = 1;

    PlannerScenario()
        : db(temp.db->connection()) {
        qputenv("IMBANG_TODAY", "2026-11-29");
        OfficeInfo office;
        office.name = QStringLiteral("BKD Provinsi Jambi");
        office.region = QStringLiteral("Provinsi Jambi");
        check(office.save(db));
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

    qint64 unit(const QString &code, const QString &name, qint64 parent, const QString &region, double lat,
                double lon, UnitKind kind = UnitKind::School) {
        Unit u;
        u.code = code;
        u.name = name;
        u.kind = kind;
        u.parentId = parent;
        u.region = region;
        u.latitude = lat;
        u.longitude = lon;
        return check(UnitRepository(db).insert(u));
    }

    qint64 position(const QString &name, const QString &family, bool teacher,
                    PositionKind kind = PositionKind::Pelaksana) {
        Position p;
        p.name = name;
        p.kind = kind;
        p.level = kind == PositionKind::Functional ? PositionLevel::AhliPertama : PositionLevel::None;
        p.family = family;
        p.teacher = teacher;
        return check(PositionRepository(db).insert(p));
    }

    void need(qint64 unitId, qint64 positionId, double value) {
        check(StaffingNeedRepository(db).set({unitId, positionId, value, StaffingNeedRepository::sourceDirect(), {}}));
    }

    // A PNS born 1985 (retires 2043 or later), in post since `inPost`.
    qint64 employee(const QString &name, qint64 unitId, qint64 positionId, const QDate &inPost,
                    EmploymentStatus status = EmploymentStatus::Pns, const QDate &birth = QDate(1985, 3, 12)) {
        Employee e;
        e.name = name;
        e.nip = status == EmploymentStatus::Pppk
                    ? QStringLiteral("%1202221%2").arg(birth.toString(QStringLiteral("yyyyMMdd"))).arg(nextNip++, 4, 10, QLatin1Char('0'))
                    : QStringLiteral("%12010012%2").arg(birth.toString(QStringLiteral("yyyyMMdd"))).arg(nextNip++, 3, 10, QLatin1Char('0'));
        e.status = status;
        e.gender = Gender::Female;
        e.birthDate = birth;
        e.cpnsTmt = QDate(2010, 1, 1);
        e.unitId = unitId;
        e.positionId = positionId;
        e.positionTmt = inPost;
        const qint64 id = check(EmployeeRepository(db).insert(e));
        rateGood(db, id); // the performance rule passes unless a test changes a rating
        return id;
    }

    // `count` people in post since 2019-01-01 + i months (the first is the longest in post).
    QList<qint64> staff(const QString &prefix, qint64 unitId, qint64 positionId, int count) {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids << employee(QStringLiteral("%1 %2").arg(prefix).arg(i + 1), unitId, positionId,
                            QDate(2019, 1, 1).addMonths(i));
        return ids;
    }
};

} // namespace imbang::test
