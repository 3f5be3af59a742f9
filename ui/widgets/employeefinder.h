#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLineEdit;
class QListWidget;

namespace imbang::ui {

// Finds one active employee by name or NIP among 100,000: a search field and the first matches
// (name, NIP, unit). Used where a dialog needs a person and was not opened on one.
class EmployeeFinder : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeFinder(QSqlDatabase db, QWidget *parent = nullptr);

    qint64 currentId() const; // 0 when no person is chosen
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    void search(); // runs the search now (typing runs it after a short pause)

    static constexpr int limit = 30;

    // The "Employee" row of a form about one person: the person's name and NIP when the dialog was
    // opened on someone (employeeId), else a finder to choose one, which is returned (nullptr otherwise).
    static EmployeeFinder *addPersonRow(QFormLayout *form, QSqlDatabase db, qint64 employeeId, QWidget *parent);

signals:
    void currentChanged();

private:
    QSqlDatabase m_db;
    QLineEdit *m_search;
    QListWidget *m_results;
};

} // namespace imbang::ui
