#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace imbang::ui {

class EmployeeFinder;

// Records an employee's own request to move to a kabupaten/kota (with a note, e.g. the letter it came
// in). The planner honours such requests first where a shortage in that region fits.
class TransferRequestDialog : public QDialog {
    Q_OBJECT
public:
    // `employeeId` 0: the dialog shows a search for the person.
    TransferRequestDialog(QSqlDatabase db, qint64 employeeId, QWidget *parent = nullptr);

    qint64 employeeId() const;
    QString region() const;
    QString note() const;
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *noteField() const { return m_note; }
    EmployeeFinder *finder() const { return m_finder; }
    QPushButton *okButton() const { return m_ok; }

private:
    void fillRegions(); // every region but the chosen person's own
    void updateOk();

    QSqlDatabase m_db;
    qint64 m_employeeId;
    EmployeeFinder *m_finder = nullptr;
    QComboBox *m_region;
    QLineEdit *m_note;
    QPushButton *m_ok = nullptr;
};

} // namespace imbang::ui
