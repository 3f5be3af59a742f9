#pragma once

#include "records/employeefilter.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace imbang::ui {

// Search box and filters above the employee list. The unit part of the filter comes from the unit
// tree; this bar owns the rest and emits the combined filter as the officer types.
class EmployeeFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeFilterBar(QSqlDatabase db, QWidget *parent = nullptr);

    EmployeeFilter filter() const;
    void setUnit(qint64 unitId, const QString &region); // both empty: all units
    QLineEdit *searchEdit() const { return m_search; }
    void reloadChoices(); // positions may have changed

signals:
    void filterChanged(const imbang::EmployeeFilter &filter);

private:
    void emitSoon();

    QSqlDatabase m_db;
    QLineEdit *m_search;
    QComboBox *m_rank;
    QComboBox *m_position;
    QComboBox *m_status;
    QCheckBox *m_subunits;
    QCheckBox *m_inactive;
    qint64 m_unitId = 0;
    QString m_region;
    QTimer m_typingTimer; // waits for a pause in typing so each burst of keys queries once
};

} // namespace imbang::ui
