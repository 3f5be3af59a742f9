#include "employeeprofile.h"

#include "access/personaldata.h"
#include "competence/competenceprofile.h"
#include "domain/employeefacts.h"
#include "domain/nip.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>

namespace imbang {

QList<ProfileLine> employeeProfile(const QSqlDatabase &db, const Employee &e, const QDate &today) {
    const Position position = PositionRepository(db).byId(e.positionId).value_or(Position());
    const std::optional<Unit> unit = UnitRepository(db).byId(e.unitId);
    const RetirementPolicy policy = RetirementPolicy::fromSettingText(Settings(db).get(settingkeys::retirementAges));
    const EmployeeFacts facts = EmployeeFacts::compute(e, position, policy, today);
    using indonesian::longDate;
    const QString notRecorded = QCoreApplication::translate("EmployeeProfile", "not recorded");

    QString post = facts.timeInPost.text();
    if (facts.dueForRotation)
        post = QCoreApplication::translate("EmployeeProfile", "%1 — more than 5 years: due for rotation").arg(post);
    else if (facts.tooRecentToMove)
        post = QCoreApplication::translate("EmployeeProfile", "%1 — under 2 years: not yet movable").arg(post);

    const bool personal = access::canSeePersonalData(db);
    const QString nipText = personal ? nip::grouped(e.nip, e.status) : access::maskedNip(nip::grouped(e.nip, e.status));
    QList<ProfileLine> lines{
        {QCoreApplication::translate("EmployeeProfile", "NIP"), nipText},
        {QCoreApplication::translate("EmployeeProfile", "Gender"), codes::displayName(e.gender)},
        {QCoreApplication::translate("EmployeeProfile", "Place, date of birth"),
         personal ? QStringLiteral("%1, %2").arg(e.birthPlace, longDate(e.birthDate)) : access::hiddenForRole()},
        {QCoreApplication::translate("EmployeeProfile", "Status"), codes::displayName(e.status)},
        {QCoreApplication::translate("EmployeeProfile", "Rank"),
         e.rank.isValid() ? QCoreApplication::translate("EmployeeProfile", "%1, TMT %2").arg(e.rank.fullText(), longDate(e.rankTmt))
                          : notRecorded},
        {QCoreApplication::translate("EmployeeProfile", "Position"), position.name.isEmpty() ? notRecorded : position.name},
        {QCoreApplication::translate("EmployeeProfile", "Unit"), unit ? QStringLiteral("%1 (%2)").arg(unit->name, unit->code) : notRecorded},
        {QCoreApplication::translate("EmployeeProfile", "Position TMT"), longDate(e.positionTmt)},
        {QCoreApplication::translate("EmployeeProfile", "CPNS TMT"), longDate(e.cpnsTmt)},
        {QCoreApplication::translate("EmployeeProfile", "Education"), e.education},
        {QCoreApplication::translate("EmployeeProfile", "Age"), QCoreApplication::translate("EmployeeProfile", "%n year(s)", "", facts.age)},
        {QCoreApplication::translate("EmployeeProfile", "Years of service"), facts.service.text()},
        {QCoreApplication::translate("EmployeeProfile", "Time in post"), post, facts.dueForRotation || facts.tooRecentToMove},
        {QCoreApplication::translate("EmployeeProfile", "Retirement"),
         facts.retirementDate.isValid()
             ? QCoreApplication::translate("EmployeeProfile", "%1 (retirement age %2)").arg(longDate(facts.retirementDate)).arg(facts.retirementAge)
             : QCoreApplication::translate("EmployeeProfile", "unknown: birth date missing")},
        {QCoreApplication::translate("EmployeeProfile", "Record"),
         e.active ? QCoreApplication::translate("EmployeeProfile", "Active")
                  : QCoreApplication::translate("EmployeeProfile", "Inactive since %1: %2")
                        .arg(longDate(e.inactiveDate), e.inactiveReason ? codes::displayName(*e.inactiveReason) : QString())},
    };
    return lines + competenceProfile(db, e, today);
}

} // namespace imbang
