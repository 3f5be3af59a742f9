#pragma once

#include "competence/educationlevel.h"
#include "domain/position.h"
#include "util/expected.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace imbang::ui {

// The position catalogue (jabatan): name, kind, level, family (rumpun) for compatibility, whether it is
// a teacher's position, the retirement age when it differs from the table in the settings, and what
// the position expects of the person in it (minimum education, a certification).
class PositionCatalogDialog : public QDialog {
    Q_OBJECT
public:
    explicit PositionCatalogDialog(QSqlDatabase db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Fills the form as the officer would (tests) and saves it as a new or changed position.
    void editForm(const QString &name, const QString &family);
    void editRequirement(EducationLevel minimum, const QString &certification);
    Status saveForm();
    void startNew();

private:
    void reload();
    void showSelected();
    Position formPosition() const;

    QSqlDatabase m_db;
    QTableWidget *m_table;
    QLineEdit *m_name, *m_code, *m_family;
    QComboBox *m_kind, *m_level;
    QCheckBox *m_teacher, *m_ownBup;
    QSpinBox *m_bup;
    QComboBox *m_minimumEducation;
    QLineEdit *m_certification;
    QLabel *m_problem;
    std::optional<Position> m_editing; // the stored version of the position in the form
};

} // namespace imbang::ui
