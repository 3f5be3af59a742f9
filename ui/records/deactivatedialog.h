#pragma once

#include "domain/codes.h"

#include <QDate>
#include <QDialog>

class QComboBox;

namespace imbang::ui {

class DateField;

// Why and since when an employee is no longer active: retired, deceased, resigned or moved out.
// People are deactivated, never deleted, so their history stays.
class DeactivateDialog : public QDialog {
    Q_OBJECT
public:
    DeactivateDialog(const QString &employeeName, QWidget *parent = nullptr);
    InactiveReason reason() const;
    QDate date() const;
    void setValues(InactiveReason reason, const QDate &date); // tests

private:
    QComboBox *m_reason;
    DateField *m_date;
};

} // namespace imbang::ui
