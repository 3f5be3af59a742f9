#pragma once

#include "domain/employee.h"
#include "util/problem.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imbang::ui {

class DateField;
class RecordCombo;

// New / Edit employee: every field of the record, each with its validation message shown beside it
// as the officer types (NIP structure and agreement with birth date and gender, dates in range,
// TMT golongan after TMT CPNS, rank fitting PNS or PPPK). Save is possible when no error remains;
// warnings are shown but allowed.
class EmployeeDialog : public QDialog {
    Q_OBJECT
public:
    // `employee` with id 0 makes a new record.
    EmployeeDialog(QSqlDatabase db, const Employee &employee, QWidget *parent = nullptr);

    Employee employee() const; // the record as entered
    Problems problems() const { return m_problems; }
    QString messageFor(const QString &field) const; // what is shown under a field (tests)

    // Field widgets, for tests and keyboard navigation.
    QLineEdit *nipEdit() const { return m_nip; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *rankCombo() const { return m_rank; }
    RecordCombo *unitCombo() const { return m_unit; }
    RecordCombo *positionCombo() const { return m_position; }
    DateField *birthDateField() const { return m_birthDate; }
    DateField *cpnsTmtField() const { return m_cpnsTmt; }
    DateField *rankTmtField() const { return m_rankTmt; }
    DateField *positionTmtField() const { return m_positionTmt; }
    QComboBox *genderCombo() const { return m_gender; }
    bool canSave() const;

private:
    void fillRanks();
    void validate();
    void fillFromNip();
    QLabel *messageLabel(const QString &field);
    QWidget *withMessage(QWidget *field, const QString &name);

    QSqlDatabase m_db;
    Employee m_original;
    QLineEdit *m_nip, *m_name, *m_titleFront, *m_titleBack, *m_birthPlace, *m_education;
    QComboBox *m_status, *m_gender, *m_rank;
    DateField *m_birthDate, *m_rankTmt, *m_positionTmt, *m_cpnsTmt;
    RecordCombo *m_unit, *m_position;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_messages;
    Problems m_problems;
};

} // namespace imbang::ui
