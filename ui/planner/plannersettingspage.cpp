#include "plannersettingspage.h"

#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "util/indonesianformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {

QDoubleSpinBox *kmBox(double low, double high, QWidget *parent) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(0);
    box->setSingleStep(5);
    box->setSuffix(PlannerSettingsPage::tr(" km"));
    return box;
}

} // namespace

PlannerSettingsPage::PlannerSettingsPage(QSqlDatabase db, QWidget *parent) : QWidget(parent), m_db(std::move(db)) {
    // The ranges are the ones PlannerSettings::validate() accepts.
    m_maxMoves = new QSpinBox(this);
    m_maxMoves->setRange(0, 100000);
    m_maxMoves->setSpecialValueText(tr("no limit"));
    m_maxKm = kmBox(1, 5000, this);
    m_teacherHours = new QDoubleSpinBox(this);
    m_teacherHours->setRange(18, 40);
    m_teacherHours->setDecimals(0);
    m_teacherHours->setSuffix(tr(" JTM a week"));
    m_roadFactor = new QDoubleSpinBox(this);
    m_roadFactor->setRange(1.0, 3.0);
    m_roadFactor->setDecimals(2);
    m_roadFactor->setSingleStep(0.05);
    m_borderPenalty = kmBox(0, 10000, this);
    m_allowPositionChange = new QCheckBox(tr("Allow moving into another position of the same family"), this);
    m_positionPenalty = kmBox(0, 10000, this);
    m_allowCrossFamily = new QCheckBox(tr("Allow moving into another position family"), this);
    m_crossFamilyPenalty = kmBox(0, 10000, this);
    m_requestBonus = kmBox(0, 10000, this);
    m_nearest = new QSpinBox(this);
    m_nearest->setRange(1, 1000);
    m_example = new QLabel(this);
    m_example->setWordWrap(true);

    auto *limits = new QGroupBox(tr("Limits"), this);
    auto *limitForm = new QFormLayout(limits);
    limitForm->addRow(tr("At most &moves in one plan:"), m_maxMoves);
    limitForm->addRow(tr("Longest &move by road:"), m_maxKm);
    limitForm->addRow(tr("A &teacher keeps:"), m_teacherHours);
    auto *sharedNote = new QLabel(tr("The planner only moves people a unit has above its need (and above a minimum "
                                     "recorded for the unit), so no unit is emptied below its minimum. Teachers never "
                                     "change subject, so a moved teacher keeps the teaching hours above, which also "
                                     "give the teacher need of each school."),
                                  limits);
    sharedNote->setWordWrap(true);
    limitForm->addRow(sharedNote);

    auto *cost = new QGroupBox(tr("Cost of a move"), this);
    auto *costForm = new QFormLayout(cost);
    costForm->addRow(tr("&Road factor:"), m_roadFactor);
    costForm->addRow(QString(), m_example);
    costForm->addRow(tr("Crossing a kabupaten/kota &border adds:"), m_borderPenalty);
    costForm->addRow(m_allowPositionChange);
    costForm->addRow(tr("Another &position adds:"), m_positionPenalty);
    costForm->addRow(m_allowCrossFamily);
    costForm->addRow(tr("Another &family adds:"), m_crossFamilyPenalty);
    costForm->addRow(tr("An own &request lowers by:"), m_requestBonus);
    costForm->addRow(tr("&Nearest posts compared:"), m_nearest);

    auto *defaults = new QPushButton(tr("Shipped &defaults"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(defaults);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *intro = new QLabel(tr("The planner first covers as much shortage as it can, then keeps the total cost "
                                "low: a move costs its road distance plus the extra costs below. The Planner page "
                                "starts with these limits; they can be changed there for one plan."),
                             content);
    intro->setWordWrap(true);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(limits);
    contentLayout->addWidget(cost);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_allowPositionChange, &QCheckBox::toggled, m_positionPenalty, &QWidget::setEnabled);
    connect(m_allowCrossFamily, &QCheckBox::toggled, m_crossFamilyPenalty, &QWidget::setEnabled);
    connect(m_roadFactor, &QDoubleSpinBox::valueChanged, this, &PlannerSettingsPage::updateExample);
    connect(defaults, &QPushButton::clicked, this, &PlannerSettingsPage::resetToDefaults);
    setValues(PlannerSettings::load(m_db), Settings(m_db).get(settingkeys::teacherWeeklyHours));
}

PlannerSettings PlannerSettingsPage::values() const {
    PlannerSettings p;
    p.maxMoves = m_maxMoves->value();
    p.maxKm = m_maxKm->value();
    p.roadFactor = m_roadFactor->value();
    p.borderPenaltyKm = m_borderPenalty->value();
    p.allowPositionChange = m_allowPositionChange->isChecked();
    p.positionChangePenaltyKm = m_positionPenalty->value();
    p.allowCrossFamily = m_allowCrossFamily->isChecked();
    p.crossFamilyPenaltyKm = m_crossFamilyPenalty->value();
    p.requestBonusKm = m_requestBonus->value();
    p.nearest = m_nearest->value();
    return p;
}

void PlannerSettingsPage::setValues(const PlannerSettings &p, double teacherHours) {
    m_maxMoves->setValue(p.maxMoves);
    m_maxKm->setValue(p.maxKm);
    m_teacherHours->setValue(teacherHours);
    m_roadFactor->setValue(p.roadFactor);
    m_borderPenalty->setValue(p.borderPenaltyKm);
    m_allowPositionChange->setChecked(p.allowPositionChange);
    m_positionPenalty->setValue(p.positionChangePenaltyKm);
    m_positionPenalty->setEnabled(p.allowPositionChange);
    m_allowCrossFamily->setChecked(p.allowCrossFamily);
    m_crossFamilyPenalty->setValue(p.crossFamilyPenaltyKm);
    m_crossFamilyPenalty->setEnabled(p.allowCrossFamily);
    m_requestBonus->setValue(p.requestBonusKm);
    m_nearest->setValue(p.nearest);
    updateExample();
}

double PlannerSettingsPage::teacherHours() const { return m_teacherHours->value(); }

Problems PlannerSettingsPage::problems() const {
    Problems problems = values().validate();
    // Cross-check: leaving the family is a bigger step than changing position within it.
    const PlannerSettings p = values();
    if (p.allowCrossFamily && p.allowPositionChange && p.crossFamilyPenaltyKm < p.positionChangePenaltyKm)
        problems << Problem{Problem::Severity::Error, QStringLiteral("cross_family_penalty_km"),
                            tr("Moving into another family must cost at least as much as moving into another "
                               "position of the same family (%1 km): raise \"Another family adds\".")
                                .arg(indonesian::decimal(p.positionChangePenaltyKm, 0))};
    return problems;
}

Status PlannerSettingsPage::save() {
    const Problems found = problems();
    if (hasErrors(found))
        return Status::failure(found.first().message);
    sql::Transaction tx(m_db);
    if (Status s = values().save(m_db); !s)
        return s;
    if (Status s = Settings(m_db).set(settingkeys::teacherWeeklyHours, m_teacherHours->value()); !s)
        return s;
    return tx.commit();
}

void PlannerSettingsPage::resetToDefaults() {
    PlannerSettings p;
    p.roadFactor = settingkeys::plannerRoadFactor.defaultValue;
    p.borderPenaltyKm = settingkeys::plannerBorderPenaltyKm.defaultValue;
    p.allowPositionChange = settingkeys::plannerAllowPositionChange.defaultValue;
    p.positionChangePenaltyKm = settingkeys::plannerPositionChangePenaltyKm.defaultValue;
    p.allowCrossFamily = settingkeys::plannerAllowCrossFamily.defaultValue;
    p.crossFamilyPenaltyKm = settingkeys::plannerCrossFamilyPenaltyKm.defaultValue;
    p.requestBonusKm = settingkeys::plannerRequestBonusKm.defaultValue;
    p.maxMoves = settingkeys::plannerMaxMoves.defaultValue;
    p.maxKm = settingkeys::plannerMaxKm.defaultValue;
    p.nearest = settingkeys::plannerNearest.defaultValue;
    setValues(p, settingkeys::teacherWeeklyHours.defaultValue);
}

void PlannerSettingsPage::updateExample() {
    m_example->setText(tr("A school 10 km away in a straight line counts as %1 km by road.")
                           .arg(indonesian::decimal(10 * m_roadFactor->value(), 1)));
}

} // namespace imbang::ui
