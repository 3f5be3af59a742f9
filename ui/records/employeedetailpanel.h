#pragma once

#include "domain/employee.h"
#include "records/employeeprofile.h"
#include "transfers/transferregister.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QLabel;

namespace imbang::ui {

// The selected employee's record with the values derived from it on today's date: age, years of
// service, time in post (with rotation flags) and retirement date, then the timeline of its history.
class EmployeeDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeDetailPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void showEmployee(const std::optional<Employee> &employee);
    std::optional<qint64> shownEmployeeId() const;
    QString text() const; // everything shown, as plain text, for tests and copying
    // The record as an HTML table, shared with the printed profile.
    static QString profileHtml(const QList<ProfileLine> &lines);
    // The history (rank, posts, transfer steps) as a dated list, also shared with the printed profile.
    static QString timelineHtml(const QList<TimelineEvent> &events);

private:
    QSqlDatabase m_db;
    std::optional<Employee> m_employee;
    QLabel *m_title;
    QLabel *m_body; // one rich-text table: it wraps to the panel's width, unlike a form of labels
    QLabel *m_timeline;
    QList<ProfileLine> m_lines;
    QList<TimelineEvent> m_events;
};

} // namespace imbang::ui
