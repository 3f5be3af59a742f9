#pragma once

// Small, readable office data for the exchange package tests, written through the real repositories.
// Header-only so that each test executable takes what it needs.

#include "domain/employee.h"
#include "domain/position.h"
#include "domain/unit.h"
#include "exchange/packageexporter.h"
#include "exchange/packageimporter.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/officeinfo.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace imbang::test {

struct Office {
    TempDatabase temp;
    QSqlDatabase db() const { return temp.db->connection(); }
    explicit Office(const QString &name) {
        OfficeInfo info;
        info.name = name;
        info.region = QStringLiteral("Provinsi Jambi");
        if (Status s = info.save(db()); !s)
            qFatal("%s", qPrintable(s.error()));
    }
    QString file(const QString &name) const { return temp.dir.filePath(name); }
};

inline qint64 addUnit(const QSqlDatabase &db, const QString &code, const QString &name, qint64 parent = 0,
                      UnitKind kind = UnitKind::Opd) {
    Unit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parentId = parent;
    u.region = QStringLiteral("Kota Jambi");
    auto id = UnitRepository(db).insert(u);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

inline qint64 addPosition(const QSqlDatabase &db, const QString &name, PositionKind kind = PositionKind::Pelaksana) {
    Position p;
    p.name = name;
    p.kind = kind;
    auto id = PositionRepository(db).insert(p);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

inline qint64 addEmployee(const QSqlDatabase &db, const QString &nip, const QString &name, qint64 unit,
                          qint64 position) {
    Employee e;
    e.nip = nip;
    e.name = name;
    e.gender = nip.at(14) == QLatin1Char('2') ? Gender::Female : Gender::Male;
    e.birthDate = QDate::fromString(nip.left(8), QStringLiteral("yyyyMMdd"));
    e.birthPlace = QStringLiteral("Jambi");
    e.status = EmploymentStatus::Pns;
    e.rank = *Rank::fromCode(32);
    e.rankTmt = QDate(2019, 4, 1);
    e.unitId = unit;
    e.positionId = position;
    e.positionTmt = QDate(2020, 1, 2);
    e.education = QStringLiteral("S1 Pendidikan");
    auto id = EmployeeRepository(db).insert(e);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

// Two agencies with a school each, two positions, four employees and two staffing needs.
struct SampleIds {
    qint64 dinasPendidikan, smp1, dinasKesehatan, puskesmas;
    qint64 guru, perawat;
    qint64 budi, siti, andi, rina;
};

inline SampleIds fillSample(const QSqlDatabase &db) {
    SampleIds s{};
    s.dinasPendidikan = addUnit(db, QStringLiteral("01"), QStringLiteral("Dinas Pendidikan"));
    s.smp1 = addUnit(db, QStringLiteral("01.01"), QStringLiteral("SMP Negeri 1 Jambi"), s.dinasPendidikan,
                     UnitKind::School);
    s.dinasKesehatan = addUnit(db, QStringLiteral("02"), QStringLiteral("Dinas Kesehatan"));
    s.puskesmas = addUnit(db, QStringLiteral("02.01"), QStringLiteral("Puskesmas Talang Banjar"), s.dinasKesehatan,
                          UnitKind::Puskesmas);
    s.guru = addPosition(db, QStringLiteral("Guru Ahli Pertama"), PositionKind::Functional);
    s.perawat = addPosition(db, QStringLiteral("Perawat Terampil"), PositionKind::Functional);
    s.budi = addEmployee(db, QStringLiteral("197910262003091001"), QStringLiteral("Budi Santoso"), s.smp1, s.guru);
    s.siti = addEmployee(db, QStringLiteral("198503152010012002"), QStringLiteral("Siti Aminah"), s.smp1, s.guru);
    s.andi = addEmployee(db, QStringLiteral("199001012015031001"), QStringLiteral("Andi Wijaya"), s.puskesmas,
                         s.perawat);
    s.rina = addEmployee(db, QStringLiteral("199204202019032003"), QStringLiteral("Rina Marlina"), s.puskesmas,
                         s.perawat);
    StaffingNeedRepository needs(db);
    needs.set({s.smp1, s.guru, 3, StaffingNeedRepository::sourceDirect(), QStringLiteral("formasi 2026")});
    needs.set({s.puskesmas, s.perawat, 4.5, QStringLiteral("ABK"), QString()});
    return s;
}

// The exchanged content of a database, independent of local ids: per table, UUID -> the row's
// values with references written as UUIDs (origin_office left out: the receiver fills in the sender).
// Equal maps mean equal content.
inline QMap<QString, QString> content(const QSqlDatabase &db) {
    const QStringList queries{
        QStringLiteral("SELECT 'unit', u.uuid, u.code, u.name, u.kind, p.uuid, u.region, u.latitude, u.longitude, "
                       "u.closed_on, u.modified_at FROM unit u LEFT JOIN unit p ON p.id = u.parent_id"),
        QStringLiteral("SELECT 'position', uuid, code, name, kind, level, family, teacher, bup_override, modified_at "
                       "FROM position"),
        QStringLiteral("SELECT 'employee', e.uuid, e.nip, e.name, e.title_front, e.title_back, e.gender, "
                       "e.birth_place, e.birth_date, e.status, e.rank_code, e.rank_tmt, p.uuid, u.uuid, "
                       "e.position_tmt, e.cpns_tmt, e.education, e.active, e.inactive_reason, e.inactive_date, "
                       "e.search_text, e.modified_at FROM employee e LEFT JOIN position p ON p.id = e.position_id "
                       "LEFT JOIN unit u ON u.id = e.unit_id"),
        QStringLiteral("SELECT 'staffing_need', n.uuid, u.uuid, p.uuid, n.need, n.source, n.note, n.modified_at "
                       "FROM staffing_need n JOIN unit u ON u.id = n.unit_id JOIN position p ON p.id = n.position_id"),
        QStringLiteral("SELECT 'rank_history', r.uuid, e.uuid, r.rank_code, r.tmt, r.source, r.note, r.modified_at "
                       "FROM rank_history r JOIN employee e ON e.id = r.employee_id"),
        QStringLiteral("SELECT 'performance_rating', r.uuid, e.uuid, r.year, r.predicate, r.score, r.document, "
                       "r.modified_at FROM performance_rating r JOIN employee e ON e.id = r.employee_id"),
        QStringLiteral("SELECT 'competence', c.uuid, e.uuid, c.kind, c.name, c.subject, c.year, c.reference, "
                       "c.modified_at FROM competence c JOIN employee e ON e.id = c.employee_id"),
        QStringLiteral("SELECT 'transfer', t.uuid, t.number, e.uuid, fu.uuid, fp.uuid, t.from_position_tmt, tu.uuid, "
                       "tp.uuid, t.tmt, t.kind, t.reason, t.notes, t.status, t.decree_number, t.decree_date, "
                       "t.executed_at, r.uuid, t.created_at, t.modified_at FROM transfer t "
                       "JOIN employee e ON e.id = t.employee_id LEFT JOIN unit fu ON fu.id = t.from_unit_id "
                       "LEFT JOIN position fp ON fp.id = t.from_position_id JOIN unit tu ON tu.id = t.to_unit_id "
                       "JOIN position tp ON tp.id = t.to_position_id LEFT JOIN transfer r ON r.id = t.reverses_id"),
        QStringLiteral("SELECT 'transfer_step', s.uuid, t.uuid, s.from_status, s.to_status, s.actor, s.at, s.comment, "
                       "s.checks, s.modified_at FROM transfer_step s JOIN transfer t ON t.id = s.transfer_id"),
    };
    QMap<QString, QString> rows;
    for (const QString &statement : queries) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("content query failed");
        while (q.next()) {
            QStringList values;
            for (int i = 2; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            rows.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(), values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

inline int count(const QSqlDatabase &db, const QString &statement) {
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        qFatal("count failed: %s", qPrintable(statement));
    return q.value(0).toInt();
}

// Without a target office the package is for anyone and, as the officer must choose explicitly in
// the program, unencrypted.
inline exchange::ExportSummary exportPackage(const QSqlDatabase &db, const QString &path,
                                             exchange::ExportOptions options = {}) {
    if (options.targetOffice.isEmpty())
        options.unencrypted = true;
    exchange::PackageExporter exporter(db);
    auto summary = exporter.exportTo(path, options);
    if (!summary)
        qFatal("export failed: %s", qPrintable(summary.error()));
    return summary.value();
}

inline exchange::ImportResult importPackage(const QSqlDatabase &db, const QString &path,
                                            const exchange::Resolutions &resolutions = {}) {
    exchange::PackageImporter importer;
    if (Status s = importer.open(path, db); !s)
        qFatal("open failed: %s", qPrintable(s.error()));
    auto result = importer.apply(db, resolutions, true);
    if (!result)
        qFatal("import failed: %s", qPrintable(result.error()));
    return result.value();
}

inline const exchange::EntityCounts &countsOf(const QList<exchange::EntityCounts> &all, const QString &entity) {
    for (const exchange::EntityCounts &c : all)
        if (c.entity == entity)
            return c;
    qFatal("no counts for %s", qPrintable(entity));
}

// Moves every record's modified_at into the past, as if it had been made long ago.
inline void ageRecords(const QSqlDatabase &db) {
    for (const char *table : {"unit", "position", "employee", "staffing_need", "rank_history", "performance_rating",
                              "competence", "transfer", "transfer_step"}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("UPDATE %1 SET modified_at = '2020-01-01T00:00:00.000Z'").arg(QLatin1String(table)));
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("UPDATE exchange_sent_package SET snapshot_at = '2021-01-01T00:00:00.000Z'"));
    q.exec(QStringLiteral("UPDATE exchange_base SET received_at = '2020-06-01T00:00:00.000Z' WHERE received_at IS NOT NULL"));
    q.exec(QStringLiteral("UPDATE exchange_tombstone SET recorded_at = '2020-06-01T00:00:00.000Z'"));
}

} // namespace imbang::test
