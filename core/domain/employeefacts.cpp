#include "employeefacts.h"

#include <QCoreApplication>

namespace imbang {

YearsMonths YearsMonths::between(const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return {months / 12, months % 12};
}

QString YearsMonths::text() const {
    return QCoreApplication::translate("YearsMonths", "%1 years %2 months").arg(years).arg(months);
}

EmployeeFacts EmployeeFacts::compute(const Employee &employee, const Position &position,
                                     const RetirementPolicy &policy, const QDate &today) {
    EmployeeFacts facts;
    facts.age = YearsMonths::between(employee.birthDate, today).years;
    facts.service = YearsMonths::between(employee.cpnsTmt, today);
    facts.timeInPost = YearsMonths::between(employee.positionTmt, today);
    facts.retirementAge = policy.ageFor(position);
    facts.retirementDate = policy.retirementDate(employee.birthDate, facts.retirementAge);
    if (employee.positionTmt.isValid()) {
        facts.dueForRotation = facts.timeInPost.totalMonths() > 5 * 12;
        facts.tooRecentToMove = facts.timeInPost.totalMonths() < 2 * 12;
    }
    return facts;
}

} // namespace imbang
