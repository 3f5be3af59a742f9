#pragma once

#include "util/expected.h"
#include "workload/workloadsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace imbang {

class AbkTaskModel;
class Database;

// The need of one position in one unit: either from ABK tasks (listed and edited here, the need following
// every edit) or entered directly from an approved formasi. Saving writes the tasks and the need in one
// transaction and tells the open views (ChangeBus).
class AbkTaskDialog : public QDialog {
    Q_OBJECT
public:
    AbkTaskDialog(Database &db, qint64 unitId, qint64 positionId, QWidget *parent = nullptr);
    ~AbkTaskDialog() override;

    AbkTaskModel *model() const { return m_model; }
    int year() const;
    void setYear(int year);
    bool directNeed() const;
    void setDirectNeed(bool direct, double need = 0);
    double computedNeed() const; // from the tasks, at the office's WKE
    QString summaryText() const;
    QStringList problems() const; // why Save is disabled, if it is

    Status save(); // what the Save button does, without closing

public slots:
    void accept() override;

private:
    void loadYear(int year);
    void updateSummary();

    Database &m_db;
    qint64 m_unitId;
    qint64 m_positionId;
    WorkloadSettings m_settings;
    int m_inPost = 0;
    AbkTaskModel *m_model = nullptr;
    QSpinBox *m_year = nullptr;
    QRadioButton *m_fromTasks = nullptr;
    QRadioButton *m_direct = nullptr;
    QDoubleSpinBox *m_directNeed = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace imbang
