#include "employeevalidator.h"

#include "domain/nip.h"

#include <QCoreApplication>

namespace imbang::employeevalidation {
namespace {

Problem error(const char *field, const QString &message) {
    return {Problem::Severity::Error, QString::fromLatin1(field), message};
}

QString date(const QDate &d) { return d.toString(QStringLiteral("dd-MM-yyyy")); }

} // namespace

Problems validate(const Employee &e, const QDate &today) {
    Problems problems;
    const NipCheck nipCheck = nip::check(e.nip, e.status, today);
    problems << nipCheck.problems;
    if (nipCheck.facts)
        problems << nip::checkAgainstRecord(*nipCheck.facts, e.birthDate, e.gender);

    if (e.name.trimmed().isEmpty())
        problems << error("name", QCoreApplication::translate("EmployeeValidation", "Enter the name."));

    if (!e.birthDate.isValid())
        problems << error("birth_date", QCoreApplication::translate("EmployeeValidation", "Enter the birth date."));
    else if (e.birthDate > today.addYears(-18) || e.birthDate < today.addYears(-80))
        problems << error("birth_date",
                          QCoreApplication::translate("EmployeeValidation",
                                                      "The birth date %1 gives an age outside 18-80 years.")
                              .arg(date(e.birthDate)));

    if (!e.rank.isValid())
        problems << error("rank", QCoreApplication::translate("EmployeeValidation", "Choose the rank (golongan)."));
    else if (!e.rank.fitsStatus(e.status))
        problems << error("rank", e.status == EmploymentStatus::Pppk
                                      ? QCoreApplication::translate("EmployeeValidation",
                                                                    "A PPPK employee has a golongan from I to XVII, "
                                                                    "not %1.").arg(e.rank.text())
                                      : QCoreApplication::translate("EmployeeValidation",
                                                                    "A PNS or CPNS has a rank from I/a to IV/e, not "
                                                                    "PPPK golongan %1.").arg(e.rank.text()));

    const auto notFuture = [&](const QDate &d, const char *field, const char *label) {
        if (d.isValid() && d > today)
            problems << error(field, QCoreApplication::translate("EmployeeValidation", "%1 %2 lies in the future.")
                                         .arg(QCoreApplication::translate("EmployeeValidation", label), date(d)));
    };
    notFuture(e.cpnsTmt, "cpns_tmt", QT_TRANSLATE_NOOP("EmployeeValidation", "TMT CPNS"));
    notFuture(e.rankTmt, "rank_tmt", QT_TRANSLATE_NOOP("EmployeeValidation", "TMT golongan"));

    if (!e.cpnsTmt.isValid())
        problems << error("cpns_tmt", QCoreApplication::translate("EmployeeValidation", "Enter the TMT CPNS."));
    if (e.rankTmt.isValid() && e.cpnsTmt.isValid() && e.rankTmt < e.cpnsTmt)
        problems << error("rank_tmt", QCoreApplication::translate(
                                          "EmployeeValidation", "TMT golongan %1 is before TMT CPNS %2.")
                                          .arg(date(e.rankTmt), date(e.cpnsTmt)));
    if (e.positionTmt.isValid() && e.cpnsTmt.isValid() && e.positionTmt < e.cpnsTmt)
        problems << error("position_tmt", QCoreApplication::translate(
                                              "EmployeeValidation", "TMT jabatan %1 is before TMT CPNS %2.")
                                              .arg(date(e.positionTmt), date(e.cpnsTmt)));
    if (e.birthDate.isValid() && e.cpnsTmt.isValid() && e.cpnsTmt < e.birthDate.addYears(18))
        problems << error("cpns_tmt", QCoreApplication::translate(
                                          "EmployeeValidation", "TMT CPNS %1 is before the 18th birthday.")
                                          .arg(date(e.cpnsTmt)));
    if (e.positionTmt.isValid() && e.positionTmt > today.addYears(1))
        problems << error("position_tmt", QCoreApplication::translate(
                                              "EmployeeValidation", "TMT jabatan %1 is more than a year ahead.")
                                              .arg(date(e.positionTmt)));

    if (e.unitId <= 0)
        problems << error("unit", QCoreApplication::translate("EmployeeValidation", "Choose the unit."));
    if (e.positionId <= 0)
        problems << error("position", QCoreApplication::translate("EmployeeValidation", "Choose the position."));
    if (!e.active) {
        if (!e.inactiveReason)
            problems << error("inactive_reason",
                              QCoreApplication::translate("EmployeeValidation", "Choose why the employee is inactive."));
        if (!e.inactiveDate.isValid())
            problems << error("inactive_date", QCoreApplication::translate(
                                                   "EmployeeValidation", "Enter the date the employee became inactive."));
    }
    return problems;
}

} // namespace imbang::employeevalidation
