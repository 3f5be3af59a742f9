#include "employeefilterbar.h"

#include "domain/rank.h"
#include "records/positionrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace imbang::ui {

EmployeeFilterBar::EmployeeFilterBar(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_search(new QLineEdit(this)), m_rank(new QComboBox(this)),
      m_position(new QComboBox(this)), m_status(new QComboBox(this)), m_subunits(new QCheckBox(tr("Include &sub-units"), this)),
      m_inactive(new QCheckBox(tr("Show &inactive"), this)) {
    m_search->setPlaceholderText(tr("Search name or NIP… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setAccessibleName(tr("Search employees"));

    m_rank->addItem(tr("All ranks"), 0);
    for (const Rank &r : Rank::allPns())
        m_rank->addItem(r.text(), r.code());
    for (const Rank &r : Rank::allPppk())
        m_rank->addItem(tr("PPPK %1").arg(r.text()), r.code());
    m_rank->setAccessibleName(tr("Rank filter"));

    m_status->addItem(tr("All statuses"), -1);
    for (EmploymentStatus s : {EmploymentStatus::Pns, EmploymentStatus::Cpns, EmploymentStatus::Pppk})
        m_status->addItem(codes::displayName(s), int(s));
    m_status->setAccessibleName(tr("Status filter"));

    m_position->setMinimumContentsLength(18);
    m_position->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_position->setAccessibleName(tr("Position filter"));
    reloadChoices();
    m_subunits->setChecked(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_rank);
    layout->addWidget(m_position, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_subunits);
    layout->addWidget(m_inactive);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(120);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    connect(m_search, &QLineEdit::textChanged, this, &EmployeeFilterBar::emitSoon);
    for (QComboBox *combo : {m_rank, m_position, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { emit filterChanged(filter()); });
    for (QCheckBox *box : {m_subunits, m_inactive})
        connect(box, &QCheckBox::toggled, this, [this] { emit filterChanged(filter()); });
}

void EmployeeFilterBar::reloadChoices() {
    const qint64 current = m_position->currentData().toLongLong();
    const QSignalBlocker blocker(m_position);
    m_position->clear();
    m_position->addItem(tr("All positions"), 0);
    for (const Position &p : PositionRepository(m_db).all())
        m_position->addItem(p.name, p.id);
    m_position->setCurrentIndex(std::max(0, m_position->findData(current)));
}

void EmployeeFilterBar::emitSoon() { m_typingTimer.start(); }

void EmployeeFilterBar::setUnit(qint64 unitId, const QString &region) {
    m_unitId = unitId;
    m_region = unitId ? QString() : region;
    emit filterChanged(filter());
}

EmployeeFilter EmployeeFilterBar::filter() const {
    EmployeeFilter f;
    f.search = m_search->text().trimmed();
    f.unitId = m_unitId;
    f.region = m_region;
    f.includeSubunits = m_subunits->isChecked();
    f.rankCode = m_rank->currentData().toInt();
    f.positionId = m_position->currentData().toLongLong();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.status = EmploymentStatus(status);
    f.includeInactive = m_inactive->isChecked();
    return f;
}

} // namespace imbang::ui
