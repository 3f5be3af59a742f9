#pragma once

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class QLabel;

namespace imbang::ui {

class DateField;
class RecordCombo;

// Picks a unit (to move a unit under, or to merge it into) and, when asked, a date.
class ChooseUnitDialog : public QDialog {
    Q_OBJECT
public:
    struct Options {
        QString title;
        QString prompt;
        qint64 excludeSubtreeOf = 0; // that unit and everything below it cannot be chosen
        bool allowTopLevel = false;  // offer "(none: top level)"
        bool askDate = false;
    };
    ChooseUnitDialog(QSqlDatabase db, const Options &options, QWidget *parent = nullptr);

    qint64 unitId() const;
    QDate date() const;
    void setUnitId(qint64 id); // tests

private:
    RecordCombo *m_unit;
    DateField *m_date = nullptr;
};

// Asks only for a date (closing a unit).
class ChooseDateDialog : public QDialog {
    Q_OBJECT
public:
    ChooseDateDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    QDate date() const;

private:
    DateField *m_date;
};

} // namespace imbang::ui
