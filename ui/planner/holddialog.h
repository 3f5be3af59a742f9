#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QPushButton;

namespace imbang::ui {

class EmployeeFinder;

// "Tahan (jangan dipindah)": marks one person as not to be moved by the planner, with the reason
// (health, a spouse's posting, ...) that the office must be able to show later. The reason is required.
// Opened on a person (records view, planner table) or without one: then the officer finds the person.
class HoldDialog : public QDialog {
    Q_OBJECT
public:
    // `employeeId` 0: the dialog shows a search for the person.
    HoldDialog(QSqlDatabase db, qint64 employeeId, QWidget *parent = nullptr);

    qint64 employeeId() const;
    QString reason() const;
    QComboBox *reasonBox() const { return m_reason; }
    EmployeeFinder *finder() const { return m_finder; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();

    qint64 m_employeeId;
    EmployeeFinder *m_finder = nullptr;
    QComboBox *m_reason;
    QPushButton *m_ok;
};

} // namespace imbang::ui
