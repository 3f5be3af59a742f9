#pragma once

#include "util/expected.h"
#include "workload/teacherneed.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace imbang {

class Database;
class SchoolSubjectModel;
class TeacherNeedResultModel;

// A school's class groups (rombel), remote flag, class-teacher position and subjects with their weekly
// hours; the teacher need per position follows every edit. Saving stores the profile and writes the needs
// (source GURU) in one transaction and tells the open views.
class TeacherNeedDialog : public QDialog {
    Q_OBJECT
public:
    TeacherNeedDialog(Database &db, qint64 schoolUnitId, QWidget *parent = nullptr);
    ~TeacherNeedDialog() override;

    SchoolProfile profile() const;
    void setProfile(const SchoolProfile &profile);
    SchoolSubjectModel *subjectModel() const { return m_subjects; }
    TeacherNeedResultModel *resultModel() const { return m_result; }
    QStringList problems() const;
    Status save();

public slots:
    void accept() override;

private:
    void updateResult();

    Database &m_db;
    qint64 m_unitId;
    TeacherNeedRules m_rules;
    QSpinBox *m_rombel = nullptr;
    QCheckBox *m_remote = nullptr;
    QComboBox *m_classPosition = nullptr;
    QTableView *m_subjectView = nullptr;
    QTableView *m_resultView = nullptr;
    SchoolSubjectModel *m_subjects = nullptr;
    TeacherNeedResultModel *m_result = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace imbang
