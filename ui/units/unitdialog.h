#pragma once

#include "domain/unit.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace imbang::ui {

class RecordCombo;

// Create or edit a unit: code, name, kind, parent, kabupaten/kota and coordinates.
class UnitDialog : public QDialog {
    Q_OBJECT
public:
    UnitDialog(QSqlDatabase db, const Unit &unit, QWidget *parent = nullptr);
    Unit unit() const;
    void setValues(const QString &code, const QString &name); // tests
    QString problemText() const;

private:
    void validate();

    QSqlDatabase m_db;
    Unit m_original;
    QLineEdit *m_code, *m_name, *m_region, *m_latitude, *m_longitude;
    QComboBox *m_kind;
    RecordCombo *m_parent;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace imbang::ui
