#include "teacherneeddialog.h"

#include "comboboxdelegate.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "schoolsubjectmodel.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "teacherneedresultmodel.h"
#include "util/indonesianformat.h"
#include "workload/schoolprofilerepository.h"
#include "workload/workloadsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang {

TeacherNeedDialog::TeacherNeedDialog(Database &db, qint64 schoolUnitId, QWidget *parent)
    : QDialog(parent), m_db(db), m_unitId(schoolUnitId), m_rules(WorkloadSettings::load(db.connection()).teacherRules) {
    const QSqlDatabase c = db.connection();
    const auto unit = UnitRepository(c).byId(schoolUnitId);
    setWindowTitle(tr("Teacher need"));

    QHash<qint64, QString> teacherPositions;
    QList<ComboBoxDelegate::Item> positionItems;
    m_classPosition = new QComboBox(this);
    m_classPosition->addItem(tr("(no class teachers: subject teachers only)"), qint64(0));
    for (const Position &p : PositionRepository(c).all()) {
        if (!p.teacher)
            continue;
        teacherPositions.insert(p.id, p.name);
        positionItems << ComboBoxDelegate::Item{p.name, p.id};
        m_classPosition->addItem(p.name, p.id);
    }
    // Teachers in post at this school, per position, to show the gap beside the need.
    QHash<qint64, int> inPost;
    if (auto q = sql::run(c, QStringLiteral("SELECT position_id, count(*) FROM employee WHERE unit_id = ? AND "
                                            "active = 1 AND position_id IS NOT NULL GROUP BY position_id"),
                          {schoolUnitId}))
        while (q->next())
            inPost.insert(q->value(0).toLongLong(), q->value(1).toInt());

    auto *heading = new QLabel(
        tr("<b>%1</b> (%2)").arg(unit ? unit->name.toHtmlEscaped() : QString(), unit ? unit->code.toHtmlEscaped() : QString()),
        this);
    m_rombel = new QSpinBox(this);
    m_rombel->setRange(0, 200);
    m_remote = new QCheckBox(tr("Remote school (at least %1 class teachers instead of %2)")
                                 .arg(m_rules.minimumClassTeachersRemote)
                                 .arg(m_rules.minimumClassTeachers),
                             this);

    m_subjects = new SchoolSubjectModel(teacherPositions, this);
    m_subjectView = new QTableView(this);
    m_subjectView->setModel(m_subjects);
    m_subjectView->verticalHeader()->setVisible(false);
    m_subjectView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_subjectView->horizontalHeader()->setSectionResizeMode(SchoolSubjectModel::Position, QHeaderView::Stretch);
    m_subjectView->setItemDelegateForColumn(SchoolSubjectModel::Position, new ComboBoxDelegate(positionItems, m_subjectView));
    auto *add = new QPushButton(tr("Add subject"), this);
    auto *remove = new QPushButton(tr("Remove subject"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        m_subjects->addSubject();
        m_subjectView->setCurrentIndex(m_subjects->index(m_subjects->rowCount() - 1, SchoolSubjectModel::Subject));
        m_subjectView->edit(m_subjectView->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_subjects->removeSubject(m_subjectView->currentIndex().row()); });

    m_result = new TeacherNeedResultModel(teacherPositions, inPost, this);
    m_resultView = new QTableView(this);
    m_resultView->setModel(m_result);
    m_resultView->verticalHeader()->setVisible(false);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultView->horizontalHeader()->setSectionResizeMode(TeacherNeedResultModel::Subjects, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a33a00"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeacherNeedDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Class groups (rombel):"), m_rombel);
    form->addRow(QString(), m_remote);
    form->addRow(tr("Class teachers' position:"), m_classPosition);
    auto *subjectButtons = new QHBoxLayout;
    subjectButtons->addWidget(new QLabel(tr("Subjects taught by subject teachers:"), this));
    subjectButtons->addStretch(1);
    subjectButtons->addWidget(add);
    subjectButtons->addWidget(remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(subjectButtons);
    layout->addWidget(m_subjectView, 2);
    layout->addWidget(new QLabel(tr("Teacher need (%1 lesson hours a week per teacher):")
                                     .arg(indonesian::decimal(m_rules.weeklyHours, 0)),
                                 this));
    layout->addWidget(m_resultView, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(860, 640);

    SchoolProfile stored = SchoolProfileRepository(c).find(schoolUnitId).value_or(SchoolProfile{});
    stored.unitId = schoolUnitId;
    setProfile(stored);

    connect(m_rombel, &QSpinBox::valueChanged, this, &TeacherNeedDialog::updateResult);
    connect(m_remote, &QCheckBox::toggled, this, &TeacherNeedDialog::updateResult);
    connect(m_classPosition, &QComboBox::currentIndexChanged, this, &TeacherNeedDialog::updateResult);
    connect(m_subjects, &SchoolSubjectModel::subjectsChanged, this, &TeacherNeedDialog::updateResult);
    updateResult();
}

TeacherNeedDialog::~TeacherNeedDialog() = default;

SchoolProfile TeacherNeedDialog::profile() const {
    SchoolProfile p;
    p.unitId = m_unitId;
    p.rombel = m_rombel->value();
    p.remote = m_remote->isChecked();
    p.classPositionId = m_classPosition->currentData().toLongLong();
    p.subjects = m_subjects->subjects();
    return p;
}

void TeacherNeedDialog::setProfile(const SchoolProfile &profile) {
    m_rombel->setValue(profile.rombel);
    m_remote->setChecked(profile.remote);
    m_classPosition->setCurrentIndex(std::max(0, m_classPosition->findData(profile.classPositionId)));
    m_subjects->setSubjects(profile.subjects);
    updateResult();
}

QStringList TeacherNeedDialog::problems() const {
    QStringList list;
    const QList<SchoolSubject> &subjects = m_subjects->subjects();
    for (int i = 0; i < subjects.size(); ++i) {
        if (subjects.at(i).subject.isEmpty())
            list << tr("Subject %1 has no name: name it or remove the row.").arg(i + 1);
        if (subjects.at(i).positionId == 0)
            list << tr("Choose the teachers' position for subject %1.").arg(i + 1);
        for (int j = 0; j < i; ++j)
            if (!subjects.at(i).subject.isEmpty() &&
                subjects.at(i).subject.compare(subjects.at(j).subject, Qt::CaseInsensitive) == 0)
                list << tr("The subject \"%1\" is listed twice: keep one row.").arg(subjects.at(i).subject);
    }
    return list;
}

void TeacherNeedDialog::updateResult() {
    const SchoolProfile p = profile();
    m_result->setLines(teacherneed::compute(p, m_rules));
    m_summary->setText(tr("Teacher need of the school: %1.").arg(indonesian::decimal(m_result->totalNeed(), 2)));
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty());
}

Status TeacherNeedDialog::save() {
    if (!problems().isEmpty())
        return Status::failure(problems().join(QLatin1Char('\n')));
    if (Status s = SchoolProfileRepository(m_db.connection()).save(profile(), m_rules); !s)
        return s;
    ChangeBus::notify(QStringLiteral("staffing_need"));
    return {};
}

void TeacherNeedDialog::accept() {
    if (Status s = save(); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return;
    }
    QDialog::accept();
}

} // namespace imbang
