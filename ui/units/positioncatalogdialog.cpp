#include "positioncatalogdialog.h"

#include "competence/competencerepository.h"
#include "domain/retirementpolicy.h"
#include "records/positionrepository.h"
#include "settings/settingkeys.h"
#include "storage/changebus.h"
#include "undo/recordcommands.h"
#include "util/dialoghooks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace imbang::ui {

PositionCatalogDialog::PositionCatalogDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_code(new QLineEdit(this)), m_family(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_level(new QComboBox(this)), m_teacher(new QCheckBox(tr("A &teacher's position (guru)"), this)),
      m_ownBup(new QCheckBox(tr("&Own retirement age:"), this)), m_bup(new QSpinBox(this)),
      m_minimumEducation(new QComboBox(this)), m_certification(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("Position catalogue"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Position"), tr("Kind"), tr("Level"), tr("Family"), tr("Retirement age"), tr("Expects")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (PositionKind k : codes::allPositionKinds())
        m_kind->addItem(codes::displayName(k), int(k));
    for (PositionLevel l : codes::allPositionLevels())
        m_level->addItem(l == PositionLevel::None ? tr("(none)") : codes::displayName(l), int(l));
    m_minimumEducation->addItem(tr("(no minimum)"), int(EducationLevel::Unknown));
    for (int l = int(EducationLevel::SMA); l <= int(EducationLevel::S3); ++l)
        m_minimumEducation->addItem(education::displayName(EducationLevel(l)), l);
    m_certification->setPlaceholderText(tr("e.g. Sertifikat Pendidik"));
    m_bup->setRange(40, 75);
    m_bup->setSuffix(tr(" years"));
    m_family->setPlaceholderText(tr("e.g. Pendidikan, Kesehatan"));
    m_problem->setStyleSheet(QStringLiteral("color: #b2182b;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Family (rumpun):"), m_family);
    form->addRow(QString(), m_teacher);
    auto *bupRow = new QHBoxLayout;
    bupRow->addWidget(m_ownBup);
    bupRow->addWidget(m_bup);
    bupRow->addStretch();
    form->addRow(QString(), bupRow);
    form->addRow(tr("Minimum &education:"), m_minimumEducation);
    form->addRow(tr("Expected ce&rtification:"), m_certification);
    form->addRow(m_problem);
    auto *newButton = new QPushButton(tr("&New position"), this);
    auto *saveButton = new QPushButton(tr("&Save position"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(saveButton);
    form->addRow(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_table, 3);
    columns->addLayout(form, 2);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(1000, 560);

    connect(m_ownBup, &QCheckBox::toggled, m_bup, &QWidget::setEnabled);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PositionCatalogDialog::showSelected);
    connect(newButton, &QPushButton::clicked, this, &PositionCatalogDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (Status s = saveForm(); !s)
            m_problem->setText(s.error());
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("position") || what == QLatin1String("settings"))
            reload();
    });
    reload();
    startNew();
}

void PositionCatalogDialog::reload() {
    const RetirementPolicy policy = RetirementPolicy::fromSettingText(Settings(m_db).get(settingkeys::retirementAges));
    const QList<Position> positions = PositionRepository(m_db).all();
    const QHash<qint64, PositionRequirement> requirements = CompetenceRepository(m_db).allRequirements();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(positions.size()));
    for (int row = 0; row < positions.size(); ++row) {
        const Position &p = positions.at(row);
        const PositionRequirement r = requirements.value(p.id);
        QStringList expects;
        if (r.minimumEducation != EducationLevel::Unknown)
            expects << education::displayName(r.minimumEducation);
        if (!r.certification.isEmpty())
            expects << r.certification;
        const QStringList cells{p.name, codes::displayName(p.kind), codes::displayName(p.level), p.family,
                                QString::number(policy.ageFor(p)), expects.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            m_table->setItem(row, c, item);
        }
    }
}

void PositionCatalogDialog::startNew() {
    m_editing.reset();
    m_table->clearSelection();
    m_name->clear();
    m_code->clear();
    m_family->clear();
    m_kind->setCurrentIndex(m_kind->findData(int(PositionKind::Pelaksana)));
    m_level->setCurrentIndex(0);
    m_teacher->setChecked(false);
    m_ownBup->setChecked(false);
    m_bup->setValue(58);
    m_bup->setEnabled(false);
    editRequirement(EducationLevel::Unknown, QString());
    m_problem->clear();
    m_name->setFocus();
}

void PositionCatalogDialog::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_editing = PositionRepository(m_db).byId(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!m_editing)
        return;
    const Position &p = *m_editing;
    m_name->setText(p.name);
    m_code->setText(p.code);
    m_family->setText(p.family);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_level->setCurrentIndex(m_level->findData(int(p.level)));
    m_teacher->setChecked(p.teacher);
    m_ownBup->setChecked(p.bupOverride.has_value());
    m_bup->setValue(p.bupOverride.value_or(58));
    m_bup->setEnabled(p.bupOverride.has_value());
    const PositionRequirement r = CompetenceRepository(m_db).requirement(p.id);
    editRequirement(r.minimumEducation, r.certification);
    m_problem->clear();
}

Position PositionCatalogDialog::formPosition() const {
    Position p = m_editing.value_or(Position());
    p.name = m_name->text().simplified();
    p.code = m_code->text().trimmed();
    p.family = m_family->text().simplified();
    p.kind = PositionKind(m_kind->currentData().toInt());
    p.level = PositionLevel(m_level->currentData().toInt());
    p.teacher = m_teacher->isChecked();
    p.bupOverride = m_ownBup->isChecked() ? std::optional(m_bup->value()) : std::nullopt;
    return p;
}

void PositionCatalogDialog::editForm(const QString &name, const QString &family) {
    m_name->setText(name);
    m_family->setText(family);
}

void PositionCatalogDialog::editRequirement(EducationLevel minimum, const QString &certification) {
    m_minimumEducation->setCurrentIndex(m_minimumEducation->findData(int(minimum)));
    m_certification->setText(certification);
}

Status PositionCatalogDialog::saveForm() {
    const Position wanted = formPosition();
    if (!m_editing || !(wanted == *m_editing)) {
        if (Status s = execute(new PositionValueCommand(m_db, m_editing, wanted)); !s)
            return s;
    }
    m_editing = PositionRepository(m_db).byName(m_name->text().simplified());
    if (!m_editing)
        return {};
    // What the position expects is its own undo step: it lives beside the catalogue entry.
    const PositionRequirement before = CompetenceRepository(m_db).requirement(m_editing->id);
    PositionRequirement after = before;
    after.minimumEducation = EducationLevel(m_minimumEducation->currentData().toInt());
    after.certification = m_certification->text().simplified();
    if (!(after == before))
        if (Status s = execute(new RequirementCommand(m_db, m_editing->name, before, after)); !s)
            return s;
    m_problem->clear();
    return {};
}

} // namespace imbang::ui
