#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imbang::ui {

// Asks for the office name, its region and where to keep the new database file.
class NewDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewDatabaseDialog(QWidget *parent = nullptr);

    QString officeName() const;
    QString region() const;
    QString path() const;
    void setValues(const QString &office, const QString &region, const QString &path); // tests

private:
    void validate();
    void browse();

    QLineEdit *m_office;
    QLineEdit *m_region;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace imbang::ui
