#include "transferrules.h"

#include "domain/employeefacts.h"
#include "settings/settingkeys.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <cmath>

namespace imbang {
namespace {

// Needs are shown like the workload views: whole numbers plainly, fractions with two decimals.
QString amount(double value) {
    if (std::fabs(value - std::round(value)) < 1e-9)
        return indonesian::number(qint64(std::llround(value)));
    return indonesian::decimal(value, 2);
}

QString familyText(const QString &family) {
    return family.trimmed().isEmpty() ? QCoreApplication::translate("TransferRules", "not recorded")
                                      : family.trimmed();
}

RuleResult result(const char *rule, RuleSeverity severity, const QString &message) {
    return {QString::fromLatin1(rule), severity, message};
}

} // namespace

QString RuleResult::severityCode(RuleSeverity severity) {
    switch (severity) {
    case RuleSeverity::Passed:
        return QStringLiteral("passed");
    case RuleSeverity::Note:
        return QStringLiteral("note");
    case RuleSeverity::Warning:
        return QStringLiteral("warning");
    case RuleSeverity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString RuleResult::severityName(RuleSeverity severity) {
    switch (severity) {
    case RuleSeverity::Passed:
        return QCoreApplication::translate("TransferRules", "Passed");
    case RuleSeverity::Note:
        return QCoreApplication::translate("TransferRules", "Note");
    case RuleSeverity::Warning:
        return QCoreApplication::translate("TransferRules", "Warning");
    case RuleSeverity::Error:
        return QCoreApplication::translate("TransferRules", "Blocking");
    }
    return {};
}

QJsonObject RuleResult::toJson() const {
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("severity"), severityCode(severity)},
            {QStringLiteral("message"), message}};
}

RuleResult RuleResult::fromJson(const QJsonObject &object) {
    RuleResult r;
    r.rule = object.value(QStringLiteral("rule")).toString();
    r.message = object.value(QStringLiteral("message")).toString();
    const QString code = object.value(QStringLiteral("severity")).toString();
    for (RuleSeverity s :
         {RuleSeverity::Passed, RuleSeverity::Note, RuleSeverity::Warning, RuleSeverity::Error})
        if (severityCode(s) == code)
            r.severity = s;
    return r;
}

RuleSettings RuleSettings::fromDatabase(const QSqlDatabase &db) {
    const Settings settings(db);
    RuleSettings s;
    s.minimumYearsInPost = settings.get(settingkeys::minimumYearsInPost);
    s.rotationYears = settings.get(settingkeys::rotationYears);
    s.retirementMarginMonths = settings.get(settingkeys::retirementMarginMonths);
    s.originMinimumPercent = settings.get(settingkeys::originMinimumPercent);
    return s;
}

RuleResults TransferRules::check(const RuleFacts &facts, const RuleSettings &settings) {
    return {employeeActive(facts),       target(facts),
            openTransfer(facts),         pppkBetweenAgencies(facts),
            timeInPost(facts, settings), retirement(facts, settings),
            targetShortage(facts),       originMinimum(facts, settings),
            positionFamily(facts),       performance(facts),
            qualification(facts)};
}

RuleResult TransferRules::employeeActive(const RuleFacts &f) {
    if (!f.active)
        return result("employee_active", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 is no longer active: only active employees "
                                                  "can be transferred.")
                          .arg(f.employeeName));
    return result("employee_active", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules", "%1 is active.").arg(f.employeeName));
}

RuleResult TransferRules::target(const RuleFacts &f) {
    if (!f.targetExists)
        return result("target", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "The target unit or position does not exist: "
                                                  "choose them again."));
    if (!f.tmt.isValid())
        return result("target", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "The TMT is missing: enter the date from which the "
                                                  "transfer takes effect."));
    if (!f.targetUnitOpen)
        return result("target", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 was closed on %2: choose a unit that is still "
                                                  "open.")
                          .arg(f.toUnitName, indonesian::longDate(f.targetClosedOn)));
    if (f.fromUnitId == f.toUnitId && f.fromPositionId == f.toPositionId)
        return result("target", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 already works as %2 at %3: choose another unit "
                                                  "or position.")
                          .arg(f.employeeName, f.toPositionName, f.toUnitName));
    return result("target", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules", "Moves to %1 at %2 from %3.")
                      .arg(f.toPositionName, f.toUnitName, indonesian::longDate(f.tmt)));
}

RuleResult TransferRules::timeInPost(const RuleFacts &f, const RuleSettings &s) {
    if (!f.positionTmt.isValid())
        return result("time_in_post", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "The start of %1's current post (TMT jabatan) is "
                                                  "not recorded, so the time in post cannot be "
                                                  "checked. Record it, or justify the transfer.")
                          .arg(f.employeeName));
    const YearsMonths inPost = YearsMonths::between(f.positionTmt, f.tmt);
    if (inPost.totalMonths() < s.minimumYearsInPost * 12)
        return result("time_in_post", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "On the TMT %1 will have been in the current post "
                                                  "for %2, less than the minimum of %n year(s). "
                                                  "Choose a later TMT or justify the exception.",
                                                  "", s.minimumYearsInPost)
                          .arg(f.employeeName, inPost.text()));
    if (inPost.totalMonths() > s.rotationYears * 12)
        return result("time_in_post", RuleSeverity::Note,
                      QCoreApplication::translate("TransferRules",
                                                  "On the TMT %1 will have been in the current post "
                                                  "for %2, more than %n year(s): due for rotation.",
                                                  "", s.rotationYears)
                          .arg(f.employeeName, inPost.text()));
    return result("time_in_post", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules",
                                              "On the TMT %1 will have been in the current post for "
                                              "%2 (at least %n year(s) required).",
                                              "", s.minimumYearsInPost)
                      .arg(f.employeeName, inPost.text()));
}

RuleResult TransferRules::retirement(const RuleFacts &f, const RuleSettings &s) {
    if (!f.retirementDate.isValid())
        return result("retirement", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "The retirement date of %1 is unknown because the "
                                                  "birth date is not recorded. Record it, or justify "
                                                  "the transfer.")
                          .arg(f.employeeName));
    if (f.tmt.isValid() && f.tmt >= f.retirementDate)
        return result(
            "retirement", RuleSeverity::Error,
            QCoreApplication::translate("TransferRules", "%1 retires on %2, on or before the TMT (%3): the "
                                                         "person cannot be transferred.")
                .arg(f.employeeName, indonesian::longDate(f.retirementDate), indonesian::longDate(f.tmt)));
    if (YearsMonths::between(f.tmt, f.retirementDate).totalMonths() < s.retirementMarginMonths)
        return result("retirement", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 retires on %2, less than %n month(s) after the "
                                                  "TMT. Justify why the move is still worthwhile.",
                                                  "", s.retirementMarginMonths)
                          .arg(f.employeeName, indonesian::longDate(f.retirementDate)));
    return result("retirement", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules",
                                              "%1 retires on %2, at least %n month(s) after the TMT.", "",
                                              s.retirementMarginMonths)
                      .arg(f.employeeName, indonesian::longDate(f.retirementDate)));
}

RuleResult TransferRules::openTransfer(const RuleFacts &f) {
    if (!f.otherOpenTransfers.isEmpty())
        return result("open_transfer", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 already has an open transfer (%2). Finish, "
                                                  "reject or cancel it first.")
                          .arg(f.employeeName, f.otherOpenTransfers.join(QStringLiteral(", "))));
    return result(
        "open_transfer", RuleSeverity::Passed,
        QCoreApplication::translate("TransferRules", "%1 has no other open transfer.").arg(f.employeeName));
}

RuleResult TransferRules::targetShortage(const RuleFacts &f) {
    if (!f.targetNeedRecorded)
        return result("target_shortage", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 has no recorded need for %2, so this transfer "
                                                  "would add staff nobody planned for. Record the "
                                                  "need first, or justify the transfer.")
                          .arg(f.toUnitName, f.toPositionName));
    const int after = f.targetStaff + f.targetIncoming + 1;
    // Needs are counted in whole people, rounded up (domain.md, ABK).
    const double capacity = std::ceil(f.targetNeed - 1e-9);
    if (after > capacity)
        return result("target_shortage", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 needs %2 %3 and would have %4 with this "
                                                  "transfer: a surplus. Justify it, or choose a unit "
                                                  "with a shortage.")
                          .arg(f.toUnitName, amount(f.targetNeed), f.toPositionName, QString::number(after)));
    return result("target_shortage", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules",
                                              "%1 needs %2 %3 and would have %4 with this transfer: "
                                              "it fills a shortage.")
                      .arg(f.toUnitName, amount(f.targetNeed), f.toPositionName, QString::number(after)));
}

int TransferRules::originMinimumOf(const RuleFacts &f, const RuleSettings &s) {
    if (f.originExplicitMinimum)
        return *f.originExplicitMinimum;
    return int(std::ceil(f.originNeed * s.originMinimumPercent / 100.0 - 1e-9));
}

RuleResult TransferRules::originMinimum(const RuleFacts &f, const RuleSettings &s) {
    if (f.fromUnitId == 0 || f.fromPositionId == 0)
        return result(
            "origin_minimum", RuleSeverity::Passed,
            QCoreApplication::translate("TransferRules", "%1 has no current post, so no unit loses staff.")
                .arg(f.employeeName));
    const int remaining = std::max(0, f.originStaff - f.originOutgoing - 1);
    const int minimum = originMinimumOf(f, s);
    if (remaining < minimum)
        return result("origin_minimum", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 would keep %2 %3 after the transfer, below its "
                                                  "minimum of %4. Accept the shortage with a "
                                                  "justification, or choose someone else.")
                          .arg(f.fromUnitName, QString::number(remaining), f.fromPositionName,
                               QString::number(minimum)));
    return result(
        "origin_minimum", RuleSeverity::Passed,
        QCoreApplication::translate("TransferRules", "%1 would keep %2 %3 after the transfer (minimum %4).")
            .arg(f.fromUnitName, QString::number(remaining), f.fromPositionName, QString::number(minimum)));
}

RuleResult TransferRules::positionFamily(const RuleFacts &f) {
    if (f.fromPositionId == 0)
        return result("position_family", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 has no current position, so the competence "
                                                  "cannot be compared: write a competence note as the "
                                                  "justification.")
                          .arg(f.employeeName));
    if (f.fromPositionId == f.toPositionId)
        return result(
            "position_family", RuleSeverity::Passed,
            QCoreApplication::translate("TransferRules", "The position stays %1, so the competence matches.")
                .arg(f.toPositionName));
    const QString from = f.fromFamily.simplified(), to = f.toFamily.simplified();
    if (!from.isEmpty() && from.compare(to, Qt::CaseInsensitive) == 0)
        return result("position_family", RuleSeverity::Passed,
                      QCoreApplication::translate("TransferRules", "%1 and %2 are both in the %3 family.")
                          .arg(f.fromPositionName, f.toPositionName, from));
    return result("position_family", RuleSeverity::Warning,
                  QCoreApplication::translate("TransferRules",
                                              "%1 (family %2) and %3 (family %4) are different "
                                              "position families: write a competence note as the "
                                              "justification.")
                      .arg(f.fromPositionName, familyText(from), f.toPositionName, familyText(to)));
}

// "Performance at least Baik for the last two years" (Peraturan BKN 5/2019). A missing year is a
// warning, never a pass: the officer asks the agency for the SKP or justifies going on without it.
RuleResult TransferRules::performance(const RuleFacts &f) {
    QStringList missing, poor, good;
    for (const auto &[year, predicate] : f.lastRatings) {
        if (!predicate)
            missing << QString::number(year);
        else if (!performance::isGoodEnough(*predicate))
            poor << QCoreApplication::translate("TransferRules", "%1: %2").arg(year).arg(performance::displayName(*predicate));
        else
            good << QCoreApplication::translate("TransferRules", "%1: %2").arg(year).arg(performance::displayName(*predicate));
    }
    if (!poor.isEmpty())
        return result("performance", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1's performance was below Baik (%2); a transfer needs at least "
                                                  "Baik for the last two years. Justify it (e.g. a transfer for "
                                                  "discipline) or choose someone else.")
                          .arg(f.employeeName, poor.join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        return result("performance", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "No performance rating of %1 is recorded for %2. Record the SKP "
                                                  "predicate (Pegawai > Kinerja dan kompetensi) or justify going on "
                                                  "without it.")
                          .arg(f.employeeName, missing.join(QStringLiteral(", "))));
    return result("performance", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules", "%1's performance was at least Baik (%2).")
                      .arg(f.employeeName, good.join(QStringLiteral(", "))));
}

RuleResult TransferRules::qualification(const RuleFacts &f) {
    if (!f.qualificationGaps.isEmpty())
        return result("qualification", RuleSeverity::Warning,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 does not meet what %2 expects: %3 Write a justification "
                                                  "(e.g. the certification is under way) or choose someone else.")
                          .arg(f.employeeName, f.toPositionName, f.qualificationGaps.join(QLatin1Char(' '))));
    return result("qualification", RuleSeverity::Passed,
                  QCoreApplication::translate("TransferRules", "%1 meets what %2 expects.")
                      .arg(f.employeeName, f.toPositionName));
}

RuleResult TransferRules::pppkBetweenAgencies(const RuleFacts &f) {
    if (f.status != EmploymentStatus::Pppk)
        return result(
            "pppk_agency", RuleSeverity::Passed,
            QCoreApplication::translate("TransferRules", "%1 is %2, not PPPK: the PPPK limit does not apply.")
                .arg(f.employeeName, codes::displayName(f.status)));
    if (f.kind != TransferKind::WithinAgency)
        return result("pppk_agency", RuleSeverity::Error,
                      QCoreApplication::translate("TransferRules",
                                                  "%1 is a PPPK employee and can only move within the "
                                                  "agency that appointed them, but this transfer is "
                                                  "\"%2\".")
                          .arg(f.employeeName, transfercodes::displayName(f.kind)));
    return result(
        "pppk_agency", RuleSeverity::Passed,
        QCoreApplication::translate("TransferRules", "%1 is a PPPK employee and stays within the agency.")
            .arg(f.employeeName));
}

bool TransferRules::hasErrors(const RuleResults &results) {
    for (const RuleResult &r : results)
        if (r.severity == RuleSeverity::Error)
            return true;
    return false;
}

QStringList TransferRules::unjustifiedWarnings(const RuleResults &results,
                                               const QList<RuleOverride> &overrides) {
    QStringList missing;
    for (const RuleResult &r : results) {
        if (r.severity != RuleSeverity::Warning)
            continue;
        const bool justified = std::any_of(overrides.cbegin(), overrides.cend(), [&](const RuleOverride &o) {
            return o.rule == r.rule && !o.justification.trimmed().isEmpty();
        });
        if (!justified)
            missing << r.rule;
    }
    return missing;
}

QJsonArray TransferRules::toJson(const RuleResults &results, const QList<RuleOverride> &overrides) {
    QJsonArray array;
    for (const RuleResult &r : results) {
        QJsonObject o = r.toJson();
        for (const RuleOverride &ov : overrides)
            if (ov.rule == r.rule && r.severity == RuleSeverity::Warning)
                o.insert(QStringLiteral("justification"), ov.justification);
        array.append(o);
    }
    return array;
}

RuleResults TransferRules::fromJson(const QJsonArray &array) {
    RuleResults results;
    for (const QJsonValue &v : array)
        results << RuleResult::fromJson(v.toObject());
    return results;
}

} // namespace imbang
