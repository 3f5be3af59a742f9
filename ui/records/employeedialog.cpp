#include "employeedialog.h"

#include "domain/nip.h"
#include "records/employeevalidator.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "util/clock.h"
#include "widgets/datefield.h"
#include "widgets/recordcombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imbang::ui {

EmployeeDialog::EmployeeDialog(QSqlDatabase db, const Employee &employee, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_original(employee), m_nip(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_titleFront(new QLineEdit(this)), m_titleBack(new QLineEdit(this)),
      m_birthPlace(new QLineEdit(this)), m_education(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_gender(new QComboBox(this)), m_rank(new QComboBox(this)), m_birthDate(new DateField(this)),
      m_rankTmt(new DateField(this)), m_positionTmt(new DateField(this)), m_cpnsTmt(new DateField(this)),
      m_unit(new RecordCombo(this)), m_position(new RecordCombo(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(employee.id ? tr("Edit employee %1").arg(employee.fullName()) : tr("New employee"));

    for (EmploymentStatus s : {EmploymentStatus::Pns, EmploymentStatus::Cpns, EmploymentStatus::Pppk})
        m_status->addItem(codes::displayName(s), int(s));
    m_gender->addItem(codes::displayName(Gender::Male), int(Gender::Male));
    m_gender->addItem(codes::displayName(Gender::Female), int(Gender::Female));
    for (const Unit &u : UnitRepository(m_db).all())
        if (u.isOpen() || u.id == employee.unitId)
            m_unit->addRecord(QStringLiteral("%1 (%2)").arg(u.name, u.code), u.id);
    for (const Position &p : PositionRepository(m_db).all())
        m_position->addRecord(p.name, p.id);
    m_nip->setPlaceholderText(tr("18 digits, e.g. 19791026 200309 1 001"));
    m_titleFront->setPlaceholderText(tr("e.g. Dr."));
    m_titleBack->setPlaceholderText(tr("e.g. S.Pd., M.Pd."));

    auto *person = new QGroupBox(tr("Person"), this);
    auto *personForm = new QFormLayout(person);
    personForm->addRow(tr("&Status:"), m_status);
    personForm->addRow(tr("&NIP:"), withMessage(m_nip, QStringLiteral("nip")));
    personForm->addRow(tr("Na&me:"), withMessage(m_name, QStringLiteral("name")));
    personForm->addRow(tr("Title &before name:"), m_titleFront);
    personForm->addRow(tr("Title &after name:"), m_titleBack);
    personForm->addRow(tr("&Gender:"), withMessage(m_gender, QStringLiteral("gender")));
    personForm->addRow(tr("Birth &place:"), m_birthPlace);
    personForm->addRow(tr("Birth &date:"), withMessage(m_birthDate, QStringLiteral("birth_date")));
    personForm->addRow(tr("&Education:"), m_education);

    auto *career = new QGroupBox(tr("Career"), this);
    auto *careerForm = new QFormLayout(career);
    careerForm->addRow(tr("TMT &CPNS:"), withMessage(m_cpnsTmt, QStringLiteral("cpns_tmt")));
    careerForm->addRow(tr("&Rank:"), withMessage(m_rank, QStringLiteral("rank")));
    careerForm->addRow(tr("TMT ran&k:"), withMessage(m_rankTmt, QStringLiteral("rank_tmt")));
    careerForm->addRow(tr("&Unit:"), withMessage(m_unit, QStringLiteral("unit")));
    careerForm->addRow(tr("P&osition:"), withMessage(m_position, QStringLiteral("position")));
    careerForm->addRow(tr("TMT posi&tion:"), withMessage(m_positionTmt, QStringLiteral("position_tmt")));

    auto *columns = new QHBoxLayout;
    columns->addWidget(person);
    columns->addWidget(career);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    // Fill in the record.
    m_status->setCurrentIndex(m_status->findData(int(employee.status)));
    fillRanks();
    m_nip->setText(employee.id ? nip::grouped(employee.nip, employee.status) : employee.nip);
    m_name->setText(employee.name);
    m_titleFront->setText(employee.titleFront);
    m_titleBack->setText(employee.titleBack);
    m_gender->setCurrentIndex(m_gender->findData(int(employee.gender)));
    m_birthPlace->setText(employee.birthPlace);
    m_birthDate->setDate(employee.birthDate);
    m_education->setText(employee.education);
    m_cpnsTmt->setDate(employee.cpnsTmt);
    m_rank->setCurrentIndex(std::max(0, m_rank->findData(employee.rank.code())));
    m_rankTmt->setDate(employee.rankTmt);
    m_unit->setCurrentId(employee.unitId);
    m_position->setCurrentId(employee.positionId);
    m_positionTmt->setDate(employee.positionTmt);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        fillRanks();
        validate();
    });
    connect(m_nip, &QLineEdit::textEdited, this, &EmployeeDialog::fillFromNip);
    for (QLineEdit *edit : {m_nip, m_name, static_cast<QLineEdit *>(m_birthDate), static_cast<QLineEdit *>(m_rankTmt),
                            static_cast<QLineEdit *>(m_positionTmt), static_cast<QLineEdit *>(m_cpnsTmt)})
        connect(edit, &QLineEdit::textChanged, this, &EmployeeDialog::validate);
    for (QComboBox *combo : {m_gender, m_rank, static_cast<QComboBox *>(m_unit), static_cast<QComboBox *>(m_position)})
        connect(combo, &QComboBox::currentTextChanged, this, &EmployeeDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QWidget *EmployeeDialog::withMessage(QWidget *field, const QString &name) {
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(messageLabel(name));
    return box;
}

QLabel *EmployeeDialog::messageLabel(const QString &field) {
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setAccessibleName(tr("Message for %1").arg(field));
    m_messages.insert(field, label);
    return label;
}

void EmployeeDialog::fillRanks() {
    const int current = m_rank->currentData().toInt();
    const QSignalBlocker block(m_rank);
    m_rank->clear();
    m_rank->addItem(tr("(choose)"), 0);
    const bool pppk = EmploymentStatus(m_status->currentData().toInt()) == EmploymentStatus::Pppk;
    for (const Rank &r : pppk ? Rank::allPppk() : Rank::allPns())
        m_rank->addItem(r.fullText(), r.code());
    m_rank->setCurrentIndex(std::max(0, m_rank->findData(current)));
}

// A valid NIP says the birth date and gender: fill them in when they are still empty.
void EmployeeDialog::fillFromNip() {
    const NipCheck check = nip::check(m_nip->text(), EmploymentStatus(m_status->currentData().toInt()), Clock::today());
    if (!check.facts)
        return;
    if (m_birthDate->isEmpty())
        m_birthDate->setDate(check.facts->birthDate);
    if (!m_original.id)
        m_gender->setCurrentIndex(m_gender->findData(int(check.facts->gender)));
    if (m_cpnsTmt->isEmpty() && check.facts->appointmentMonth > 0)
        m_cpnsTmt->setDate(QDate(check.facts->appointmentYear, check.facts->appointmentMonth, 1));
}

Employee EmployeeDialog::employee() const {
    Employee e = m_original;
    e.status = EmploymentStatus(m_status->currentData().toInt());
    e.nip = nip::normalize(m_nip->text());
    e.name = m_name->text().simplified();
    e.titleFront = m_titleFront->text().simplified();
    e.titleBack = m_titleBack->text().simplified();
    e.gender = Gender(m_gender->currentData().toInt());
    e.birthPlace = m_birthPlace->text().simplified();
    e.birthDate = m_birthDate->date();
    e.education = m_education->text().simplified();
    e.cpnsTmt = m_cpnsTmt->date();
    e.rank = Rank::fromCode(m_rank->currentData().toInt()).value_or(Rank());
    e.rankTmt = m_rankTmt->date();
    e.unitId = m_unit->currentId();
    e.positionId = m_position->currentId();
    e.positionTmt = m_positionTmt->date();
    return e;
}

bool EmployeeDialog::canSave() const { return !hasErrors(m_problems); }

QString EmployeeDialog::messageFor(const QString &field) const {
    const QLabel *label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EmployeeDialog::validate() {
    m_problems = employeevalidation::validate(employee(), Clock::today());
    // A date that cannot be read is reported as such, not as "missing".
    const QList<std::pair<DateField *, QString>> dates{{m_birthDate, QStringLiteral("birth_date")},
                                                       {m_cpnsTmt, QStringLiteral("cpns_tmt")},
                                                       {m_rankTmt, QStringLiteral("rank_tmt")},
                                                       {m_positionTmt, QStringLiteral("position_tmt")}};
    for (const auto &[field, name] : dates)
        if (!field->isReadable())
            m_problems.prepend({Problem::Severity::Error, name,
                                tr("\"%1\" is not a date; write it as dd-mm-yyyy, e.g. 29-11-2026.").arg(field->text())});

    QHash<QString, QStringList> errors, warnings;
    for (const Problem &p : std::as_const(m_problems))
        (p.isError() ? errors : warnings)[p.field] << p.message;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QLabel *label = it.value();
        const QStringList e = errors.value(it.key()), w = warnings.value(it.key());
        label->setVisible(!e.isEmpty() || !w.isEmpty());
        label->setText((e + w).join(QLatin1Char('\n')));
        label->setStyleSheet(e.isEmpty() ? QStringLiteral("color: #b35806;") : QStringLiteral("color: #b2182b;"));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

} // namespace imbang::ui
