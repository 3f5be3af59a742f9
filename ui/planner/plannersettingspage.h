#pragma once

#include "planner/plannersettings.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace imbang::ui {

// The "Perencana" page of the Settings dialog: the planner's limits (most moves, longest move) and its cost model (road factor, extra cost of crossing a border, of changing
// position, of changing family and whether that is allowed at all, the own-request bonus), plus the
// teaching hours a teacher keeps. The planner page takes its defaults from here.
class PlannerSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit PlannerSettingsPage(QSqlDatabase db, QWidget *parent = nullptr);

    PlannerSettings values() const;
    void setValues(const PlannerSettings &settings, double teacherHours);
    double teacherHours() const;
    Problems problems() const;
    // Stores every value (in the caller's transaction when there is one); nothing when a value is wrong.
    Status save();
    void resetToDefaults();

    QDoubleSpinBox *roadFactorBox() const { return m_roadFactor; }
    QSpinBox *maxMovesBox() const { return m_maxMoves; }
    QDoubleSpinBox *maxKmBox() const { return m_maxKm; }
    QCheckBox *crossFamilyBox() const { return m_allowCrossFamily; }
    QDoubleSpinBox *crossFamilyCostBox() const { return m_crossFamilyPenalty; }

private:
    void updateExample();

    QSqlDatabase m_db;
    QSpinBox *m_maxMoves;
    QDoubleSpinBox *m_maxKm;
    QDoubleSpinBox *m_teacherHours;
    QDoubleSpinBox *m_roadFactor;
    QDoubleSpinBox *m_borderPenalty;
    QCheckBox *m_allowPositionChange;
    QDoubleSpinBox *m_positionPenalty;
    QCheckBox *m_allowCrossFamily;
    QDoubleSpinBox *m_crossFamilyPenalty;
    QDoubleSpinBox *m_requestBonus;
    QSpinBox *m_nearest;
    QLabel *m_example;
};

} // namespace imbang::ui
