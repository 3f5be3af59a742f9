#include "employeedetailpanel.h"

#include "domain/employeefacts.h"
#include "domain/nip.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "util/clock.h"
#include "util/indonesianformat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace imbang::ui {

EmployeeDetailPanel::EmployeeDetailPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_title(new QLabel(this)), m_body(new QLabel(this)) {
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setAccessibleName(tr("Employee record"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addStretch();
    showEmployee(std::nullopt);
}

std::optional<qint64> EmployeeDetailPanel::shownEmployeeId() const {
    return m_employee ? std::optional(m_employee->id) : std::nullopt;
}

void EmployeeDetailPanel::showEmployee(const std::optional<Employee> &employee) {
    m_employee = employee;
    m_rows.clear();
    if (!employee) {
        m_title->clear();
        m_body->setText(tr("Select an employee in the list to see the record."));
        return;
    }
    const Employee &e = *employee;
    const Position position = PositionRepository(m_db).byId(e.positionId).value_or(Position());
    const std::optional<Unit> unit = UnitRepository(m_db).byId(e.unitId);
    const RetirementPolicy policy = RetirementPolicy::fromSettingText(Settings(m_db).get(settingkeys::retirementAges));
    const EmployeeFacts facts = EmployeeFacts::compute(e, position, policy, Clock::today());
    using indonesian::longDate;

    QString post = facts.timeInPost.text();
    if (facts.dueForRotation)
        post = tr("%1 — more than 5 years: due for rotation").arg(post);
    else if (facts.tooRecentToMove)
        post = tr("%1 — under 2 years: not yet movable").arg(post);

    m_rows = {
        {tr("NIP"), nip::grouped(e.nip, e.status)},
        {tr("Gender"), codes::displayName(e.gender)},
        {tr("Place, date of birth"), QStringLiteral("%1, %2").arg(e.birthPlace, longDate(e.birthDate))},
        {tr("Status"), codes::displayName(e.status)},
        {tr("Rank"), e.rank.isValid() ? tr("%1, TMT %2").arg(e.rank.fullText(), longDate(e.rankTmt)) : tr("not recorded")},
        {tr("Position"), position.name.isEmpty() ? tr("not recorded") : position.name},
        {tr("Unit"), unit ? tr("%1 (%2)").arg(unit->name, unit->code) : tr("not recorded")},
        {tr("Position TMT"), longDate(e.positionTmt)},
        {tr("CPNS TMT"), longDate(e.cpnsTmt)},
        {tr("Education"), e.education},
        {tr("Age"), tr("%n year(s)", "", facts.age)},
        {tr("Years of service"), facts.service.text()},
        {tr("Time in post"), post},
        {tr("Retirement"), facts.retirementDate.isValid()
                               ? tr("%1 (retirement age %2)").arg(longDate(facts.retirementDate)).arg(facts.retirementAge)
                               : tr("unknown: birth date missing")},
        {tr("Record"), e.active ? tr("Active")
                                : tr("Inactive since %1: %2")
                                      .arg(longDate(e.inactiveDate),
                                           e.inactiveReason ? codes::displayName(*e.inactiveReason) : QString())},
    };
    const bool flagged = facts.dueForRotation || facts.tooRecentToMove;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto &[label, value] : std::as_const(m_rows)) {
        const bool warn = flagged && label == tr("Time in post");
        html += QStringLiteral("<tr><td valign='top' style='color:#555;'>%1</td><td valign='top'%3>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped(),
                         warn ? QStringLiteral(" style='color:#b35806;font-weight:bold;'") : QString());
    }
    m_title->setText(e.fullName());
    m_body->setText(html + QStringLiteral("</table>"));
}

QString EmployeeDetailPanel::text() const {
    if (!m_employee)
        return m_body->text();
    QStringList lines{m_title->text()};
    for (const auto &[label, value] : m_rows)
        lines << label + QStringLiteral(": ") + value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace imbang::ui
