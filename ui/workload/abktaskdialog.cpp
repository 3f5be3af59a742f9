#include "abktaskdialog.h"

#include "abktaskmodel.h"
#include "comboboxdelegate.h"
#include "records/positionrepository.h"
#include "records/staffingneedrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "util/indonesianformat.h"
#include "workload/abkrepository.h"
#include "workload/staffinglevels.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang {

AbkTaskDialog::AbkTaskDialog(Database &db, qint64 unitId, qint64 positionId, QWidget *parent)
    : QDialog(parent), m_db(db), m_unitId(unitId), m_positionId(positionId),
      m_settings(WorkloadSettings::load(db.connection())) {
    const QSqlDatabase c = db.connection();
    const auto unit = UnitRepository(c).byId(unitId);
    const auto position = PositionRepository(c).byId(positionId);
    m_inPost = staffing::levelOf(c, unitId, positionId).inPost;
    setWindowTitle(tr("Need of a position"));

    auto *heading = new QLabel(tr("<b>%1</b><br/>%2 (%3)")
                                   .arg(position ? position->name.toHtmlEscaped() : QString(),
                                        unit ? unit->name.toHtmlEscaped() : QString(),
                                        unit ? unit->code.toHtmlEscaped() : QString()),
                               this);

    m_fromTasks = new QRadioButton(tr("Need from the workload analysis (ABK tasks below)"), this);
    m_direct = new QRadioButton(tr("Need entered directly (approved formasi):"), this);
    m_directNeed = new QDoubleSpinBox(this);
    m_directNeed->setRange(0, 100000);
    m_directNeed->setDecimals(2);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);

    m_model = new AbkTaskModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AbkTaskModel::Description, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    QList<ComboBoxDelegate::Item> periods;
    for (AbkPeriod p : abk::allPeriods())
        periods << ComboBoxDelegate::Item{abk::periodName(p), int(p)};
    m_table->setItemDelegateForColumn(AbkTaskModel::Period, new ComboBoxDelegate(periods, m_table));

    auto *add = new QPushButton(tr("Add task"), this);
    auto *remove = new QPushButton(tr("Remove task"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        m_model->addTask();
        m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, AbkTaskModel::Description));
        m_table->edit(m_table->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_model->removeTask(m_table->currentIndex().row()); });

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a33a00"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AbkTaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("ABK year:"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    yearRow->addWidget(add);
    yearRow->addWidget(remove);
    auto *directRow = new QHBoxLayout;
    directRow->addWidget(m_direct);
    directRow->addWidget(m_directNeed);
    directRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_fromTasks);
    layout->addLayout(directRow);
    layout->addLayout(yearRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(900, 520);

    // Start from what is stored: the latest ABK year (or this year), and the need's source.
    AbkRepository abk(c);
    m_year->setValue(abk.latestYear(unitId, positionId).value_or(Clock::today().year()));
    loadYear(m_year->value());
    const auto need = StaffingNeedRepository(c).find(unitId, positionId);
    // A need that did not come from ABK is the one in force: show it as entered directly.
    const bool direct = need && need->source != AbkRepository::source();
    setDirectNeed(direct, need ? need->need : 0);

    connect(m_year, &QSpinBox::valueChanged, this, &AbkTaskDialog::loadYear);
    connect(m_model, &AbkTaskModel::totalsChanged, this, &AbkTaskDialog::updateSummary);
    connect(m_fromTasks, &QRadioButton::toggled, this, &AbkTaskDialog::updateSummary);
    connect(m_directNeed, &QDoubleSpinBox::valueChanged, this, &AbkTaskDialog::updateSummary);
    updateSummary();
}

AbkTaskDialog::~AbkTaskDialog() = default;

int AbkTaskDialog::year() const { return m_year->value(); }

void AbkTaskDialog::setYear(int year) { m_year->setValue(year); }

bool AbkTaskDialog::directNeed() const { return m_direct->isChecked(); }

void AbkTaskDialog::setDirectNeed(bool direct, double need) {
    (direct ? m_direct : m_fromTasks)->setChecked(true);
    if (direct)
        m_directNeed->setValue(need);
    updateSummary();
}

// A year with stored tasks shows them; a year without keeps the rows on screen, so last year's ABK can be
// carried over to a new year and adjusted.
void AbkTaskDialog::loadYear(int year) {
    const QList<AbkTask> stored = AbkRepository(m_db.connection()).tasks(m_unitId, m_positionId, year);
    if (!stored.isEmpty() || m_model->tasks().isEmpty())
        m_model->setTasks(stored);
}

double AbkTaskDialog::computedNeed() const { return abk::requiredStaff(m_model->workloadMinutes(), m_settings.wkeHours); }

QStringList AbkTaskDialog::problems() const {
    QStringList list;
    if (directNeed())
        return list;
    const QList<AbkTask> &tasks = m_model->tasks();
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).description.isEmpty())
            list << tr("Task %1 has no description: describe it or remove the row.").arg(i + 1);
        if (tasks.at(i).standardMinutes <= 0)
            list << tr("Task %1 needs the minutes one output takes (more than 0).").arg(i + 1);
    }
    return list;
}

QString AbkTaskDialog::summaryText() const {
    const double need = directNeed() ? m_directNeed->value() : computedNeed();
    const auto ej = efficiency(need, m_inPost);
    const Grade grade = gradeOf(ej, m_settings.thresholds);
    const QString staffing = tr("In post %1, gap %2; EJ %3, grade %4 (%5).")
                                 .arg(indonesian::number(m_inPost), indonesian::decimal(m_inPost - need, 2),
                                      ej ? indonesian::decimal(*ej, 2) : QStringLiteral("–"), gradeLetter(grade),
                                      gradeName(grade));
    if (directNeed())
        return tr("Need %1 (entered directly).").arg(indonesian::decimal(need, 2)) + QLatin1Char('\n') + staffing;
    return tr("Workload %1 hours a year / WKE %2 hours = need %3.")
               .arg(indonesian::decimal(m_model->workloadMinutes() / 60.0, 2),
                    indonesian::decimal(m_settings.wkeHours, 0), indonesian::decimal(need, 2)) +
           QLatin1Char('\n') + staffing;
}

void AbkTaskDialog::updateSummary() {
    m_directNeed->setEnabled(directNeed());
    m_summary->setText(summaryText());
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty());
}

Status AbkTaskDialog::save() {
    if (!problems().isEmpty())
        return Status::failure(problems().join(QLatin1Char('\n')));
    const QSqlDatabase c = m_db.connection();
    sql::Transaction transaction(c);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = AbkRepository(c).replaceTasks(m_unitId, m_positionId, year(), m_model->tasks(), m_settings.wkeHours);
        !s)
        return s;
    if (directNeed())
        if (Status s = StaffingNeedRepository(c).set(
                {m_unitId, m_positionId, m_directNeed->value(), StaffingNeedRepository::sourceDirect(), {}});
            !s)
            return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("staffing_need"));
    return {};
}

void AbkTaskDialog::accept() {
    if (Status s = save(); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return;
    }
    QDialog::accept();
}

} // namespace imbang
