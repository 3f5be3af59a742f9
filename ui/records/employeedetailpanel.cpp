#include "employeedetailpanel.h"

#include "records/employeeprofile.h"
#include "util/clock.h"
#include "util/indonesianformat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace imbang::ui {

EmployeeDetailPanel::EmployeeDetailPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_title(new QLabel(this)), m_body(new QLabel(this)),
      m_timeline(new QLabel(this)) {
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
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setAccessibleName(tr("History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_timeline);
    layout->addStretch();
    showEmployee(std::nullopt);
}

std::optional<qint64> EmployeeDetailPanel::shownEmployeeId() const {
    return m_employee ? std::optional(m_employee->id) : std::nullopt;
}

QString EmployeeDetailPanel::profileHtml(const QList<ProfileLine> &lines) {
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const ProfileLine &line : lines)
        html += QStringLiteral("<tr><td valign='top' style='color:#555;'>%1</td><td valign='top'%3>%2</td></tr>")
                    .arg(line.label.toHtmlEscaped(), line.value.toHtmlEscaped(),
                         line.flagged ? QStringLiteral(" style='color:#b35806;font-weight:bold;'") : QString());
    return html + QStringLiteral("</table>");
}

QString EmployeeDetailPanel::timelineHtml(const QList<TimelineEvent> &events) {
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("History").toHtmlEscaped());
    if (events.isEmpty())
        return html + QStringLiteral("<p style='color:#555;'>%1</p>")
                          .arg(tr("No history recorded yet. It grows as ranks and posts change.").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const TimelineEvent &event : events)
        html += QStringLiteral("<tr><td valign='top' style='color:#555;white-space:nowrap;'>%1</td>"
                               "<td valign='top'>%2</td></tr>")
                    .arg(indonesian::shortDate(event.at.date()).toHtmlEscaped(), event.text.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void EmployeeDetailPanel::showEmployee(const std::optional<Employee> &employee) {
    m_employee = employee;
    m_lines.clear();
    m_events.clear();
    m_timeline->clear();
    if (!employee) {
        m_title->clear();
        m_body->setText(tr("Select an employee in the list to see the record."));
        return;
    }
    m_lines = employeeProfile(m_db, *employee, Clock::today());
    m_title->setText(employee->fullName());
    m_body->setText(profileHtml(m_lines));
    m_events = TransferRegister(m_db).timeline(employee->id);
    m_timeline->setText(timelineHtml(m_events));
}

QString EmployeeDetailPanel::text() const {
    if (!m_employee)
        return m_body->text();
    QStringList lines{m_title->text()};
    for (const ProfileLine &line : m_lines)
        lines << line.label + QStringLiteral(": ") + line.value;
    for (const TimelineEvent &event : m_events)
        lines << indonesian::shortDate(event.at.date()) + QStringLiteral(" ") + event.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace imbang::ui
