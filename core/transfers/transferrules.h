#pragma once

#include "competence/performancepredicate.h"
#include "domain/codes.h"
#include "transfers/transfer.h"
#include "transfers/transfercodes.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace imbang {

// Passed: the rule holds. Note: worth knowing, nothing to do (e.g. due for rotation).
// Warning: may be overridden with a written justification. Error: blocks the transfer.
enum class RuleSeverity { Passed, Note, Warning, Error };

// The outcome of one rule for one transfer, with a plain message for the officer.
struct RuleResult {
    QString rule; // stable code, e.g. "time_in_post"; overrides are stored by it
    RuleSeverity severity = RuleSeverity::Passed;
    QString message; // translated

    QJsonObject toJson() const;
    static RuleResult fromJson(const QJsonObject &object);
    static QString severityCode(RuleSeverity severity); // "passed", "note", "warning", "error"
    static QString severityName(RuleSeverity severity); // translated
    friend bool operator==(const RuleResult &, const RuleResult &) = default;
};
using RuleResults = QList<RuleResult>;

// Everything the rules look at, gathered beforehand (RuleFactsLoader) so each rule is a pure
// function that tests can feed directly.
struct RuleFacts {
    QDate tmt; // when the transfer takes effect; time in post and retirement are measured to it
    QString employeeName;
    EmploymentStatus status = EmploymentStatus::Pns;
    bool active = true;
    QDate positionTmt;    // start of the current post
    QDate retirementDate; // invalid when the birth date is unknown
    qint64 fromUnitId = 0, fromPositionId = 0, toUnitId = 0, toPositionId = 0;
    QString fromUnitName, fromPositionName, toUnitName, toPositionName;
    QString fromFamily, toFamily; // position families (rumpun)
    bool targetUnitOpen = true;
    QDate targetClosedOn;
    bool targetExists = true;
    TransferKind kind = TransferKind::WithinAgency;
    QStringList otherOpenTransfers; // register numbers of the person's other open transfers
    // Target unit and position: recorded need, people in post, and others already on their way in.
    bool targetNeedRecorded = false;
    double targetNeed = 0;
    int targetStaff = 0;
    int targetIncoming = 0;
    // Origin unit and position: need, people in post (including this person), others already leaving,
    // and an explicit minimum (staffing_minimum) when one is set.
    double originNeed = 0;
    int originStaff = 0;
    int originOutgoing = 0;
    std::optional<int> originExplicitMinimum;
    // Performance predicates of the two years before the TMT's year, the later year first
    // (nullopt: not recorded), and what the target position expects that the person lacks.
    QList<std::pair<int, std::optional<PerformancePredicate>>> lastRatings;
    QStringList qualificationGaps;
};

// The thresholds of the rules, from the office settings.
struct RuleSettings {
    int minimumYearsInPost = 2;
    int rotationYears = 5;
    int retirementMarginMonths = 12;
    int originMinimumPercent = 100;
    static RuleSettings fromDatabase(const QSqlDatabase &db);
};

// The transfer rules (PP 11/2017 Pasal 190-193, Peraturan BKN 5/2019 and office practice), each a
// small function of the facts. Every rule reports, also when it passes, so a transfer always shows
// which rules were checked.
class TransferRules {
public:
    static RuleResults check(const RuleFacts &facts, const RuleSettings &settings = {});

    static RuleResult employeeActive(const RuleFacts &facts);
    static RuleResult
    target(const RuleFacts &facts); // target exists, is open, differs from the current post, TMT set
    static RuleResult timeInPost(const RuleFacts &facts, const RuleSettings &settings);
    static RuleResult retirement(const RuleFacts &facts, const RuleSettings &settings);
    static RuleResult openTransfer(const RuleFacts &facts);
    static RuleResult targetShortage(const RuleFacts &facts);
    static RuleResult originMinimum(const RuleFacts &facts, const RuleSettings &settings);
    static RuleResult positionFamily(const RuleFacts &facts);
    static RuleResult pppkBetweenAgencies(const RuleFacts &facts);
    static RuleResult performance(const RuleFacts &facts);
    static RuleResult qualification(const RuleFacts &facts);

    // The lowest head count the origin may keep: the explicit minimum, else the need times the
    // percentage setting, rounded up.
    static int originMinimumOf(const RuleFacts &facts, const RuleSettings &settings);

    static bool hasErrors(const RuleResults &results);
    // Codes of the warnings that have no justification in `overrides`.
    static QStringList unjustifiedWarnings(const RuleResults &results, const QList<RuleOverride> &overrides);
    // Rule results with the justification of each overridden warning, for the step record and the audit.
    static QJsonArray toJson(const RuleResults &results, const QList<RuleOverride> &overrides = {});
    static RuleResults fromJson(const QJsonArray &array);
};

} // namespace imbang
