#include "employeelist.h"

#include "access/personaldata.h"
#include "access/session.h"
#include "domain/employeefacts.h"
#include "domain/nip.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "competence/educationlevel.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>

namespace imbang {

TextTable employeeList(const QSqlDatabase &db, const EmployeeFilter &filter, const QDate &today) {
    TextTable table;
    table.keys = {QStringLiteral("nip"),         QStringLiteral("name"),          QStringLiteral("full_name"),
                  QStringLiteral("gender"),      QStringLiteral("birth_place"),   QStringLiteral("birth_date"),
                  QStringLiteral("status"),      QStringLiteral("rank"),          QStringLiteral("rank_tmt"),
                  QStringLiteral("position"),    QStringLiteral("unit_code"),     QStringLiteral("unit"),
                  QStringLiteral("position_tmt"), QStringLiteral("cpns_tmt"),     QStringLiteral("education"),
                  QStringLiteral("active"),      QStringLiteral("age"),           QStringLiteral("retirement_date"),
                  QStringLiteral("education_level"), QStringLiteral("ratings"),    QStringLiteral("competences")};
    table.headers = {QCoreApplication::translate("EmployeeList", "NIP"),
                     QCoreApplication::translate("EmployeeList", "Name"),
                     QCoreApplication::translate("EmployeeList", "Full name"),
                     QCoreApplication::translate("EmployeeList", "Gender"),
                     QCoreApplication::translate("EmployeeList", "Birth place"),
                     QCoreApplication::translate("EmployeeList", "Birth date"),
                     QCoreApplication::translate("EmployeeList", "Status"),
                     QCoreApplication::translate("EmployeeList", "Rank"),
                     QCoreApplication::translate("EmployeeList", "Rank TMT"),
                     QCoreApplication::translate("EmployeeList", "Position"),
                     QCoreApplication::translate("EmployeeList", "Unit code"),
                     QCoreApplication::translate("EmployeeList", "Unit"),
                     QCoreApplication::translate("EmployeeList", "Position TMT"),
                     QCoreApplication::translate("EmployeeList", "CPNS TMT"),
                     QCoreApplication::translate("EmployeeList", "Education"),
                     QCoreApplication::translate("EmployeeList", "Active"),
                     QCoreApplication::translate("EmployeeList", "Age"),
                     QCoreApplication::translate("EmployeeList", "Retirement date"),
                     QCoreApplication::translate("EmployeeList", "Education level"),
                     QCoreApplication::translate("EmployeeList", "Performance (SKP)"),
                     QCoreApplication::translate("EmployeeList", "Certifications and trainings")};

    QHash<qint64, Unit> units;
    for (Unit &u : UnitRepository(db).all())
        units.insert(u.id, std::move(u));
    QHash<qint64, Position> positions;
    for (Position &p : PositionRepository(db).all())
        positions.insert(p.id, std::move(p));
    const RetirementPolicy policy =
        RetirementPolicy::fromSettingText(Settings(db).get(settingkeys::retirementAges));

    // Roles without ViewPersonalData (Pimpinan) get the list without birth place and date; the NIP keeps
    // its service part but not the birth date it starts with.
    const bool personal = access::canSeePersonalData(db);
    const auto maskedNip = [personal](const QString &nip) { return personal ? nip : access::maskedNip(nip); };
    EmployeeRepository employees(db);
    const QList<qint64> ids = employees.findIds(filter);
    constexpr qsizetype page = 500;
    for (qsizetype start = 0; start < ids.size(); start += page) {
        // Performance predicates ("2025:B 2024:SB", newest first) and competences of this page only.
        QStringList idList;
        for (qint64 id : ids.mid(start, page))
            idList << QString::number(id);
        const QString in = idList.join(QLatin1Char(','));
        QHash<qint64, QStringList> ratings, competences;
        if (auto q = sql::run(db, QStringLiteral("SELECT employee_id, year, predicate FROM performance_rating "
                                                 "WHERE employee_id IN (%1) ORDER BY employee_id, year DESC").arg(in)))
            while (q->next())
                ratings[q->value(0).toLongLong()] << q->value(1).toString() + QLatin1Char(':') + q->value(2).toString();
        if (auto q = sql::run(db, QStringLiteral("SELECT employee_id, name, subject, year FROM competence "
                                                 "WHERE employee_id IN (%1) ORDER BY employee_id, kind DESC, year, id")
                                      .arg(in)))
            while (q->next()) {
                QStringList parts{q->value(1).toString()};
                if (!q->value(2).toString().isEmpty())
                    parts << q->value(2).toString();
                if (q->value(3).toInt() > 0)
                    parts << q->value(3).toString();
                competences[q->value(0).toLongLong()] << parts.join(QStringLiteral(", "));
            }
        for (const Employee &e : employees.byIds(ids.mid(start, page))) {
            const Unit unit = units.value(e.unitId);
            const Position position = positions.value(e.positionId);
            const EmployeeFacts facts = EmployeeFacts::compute(e, position, policy, today);
            const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
            table.rows << QStringList{maskedNip(e.nip), e.name, e.fullName(), codes::toCode(e.gender),
                                      personal ? e.birthPlace : QString(), personal ? iso(e.birthDate) : QString(),
                                      codes::toCode(e.status), e.rank.text(), iso(e.rankTmt),
                                      position.name, unit.code, unit.name, iso(e.positionTmt), iso(e.cpnsTmt),
                                      e.education, e.active ? QStringLiteral("1") : QStringLiteral("0"),
                                      personal ? QString::number(facts.age) : QString(), iso(facts.retirementDate),
                                      education::toCode(education::levelOf(e.education)),
                                      ratings.value(e.id).join(QLatin1Char(' ')),
                                      competences.value(e.id).join(QStringLiteral("; "))};
        }
    }
    return table;
}

} // namespace imbang
