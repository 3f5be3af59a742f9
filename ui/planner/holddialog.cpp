#include "holddialog.h"

#include "planner/plannerholdrepository.h"
#include "widgets/employeefinder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace imbang::ui {

HoldDialog::HoldDialog(QSqlDatabase db, qint64 employeeId, QWidget *parent)
    : QDialog(parent), m_employeeId(employeeId), m_reason(new QComboBox(this)) {
    setWindowTitle(tr("Do not move"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The planner leaves this person where they are. Write why: the office must be able "
                                "to show the reason later. A transfer can still be proposed by hand."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_finder = EmployeeFinder::addPersonRow(form, db, employeeId, this);
    if (m_finder)
        connect(m_finder, &EmployeeFinder::currentChanged, this, &HoldDialog::updateOk);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    // Common reasons to pick from; any other can be typed.
    m_reason->addItems({QString(), tr("Health: under medical treatment"), tr("Follows the spouse's posting"),
                        tr("Study leave or service bond"), tr("Cares for a seriously ill family member"),
                        tr("Only specialist in the unit")});
    m_reason->lineEdit()->setPlaceholderText(tr("Reason (required), e.g. health or the spouse's posting"));
    if (employeeId)
        if (const auto current = PlannerHoldRepository(db).find(employeeId))
            m_reason->setCurrentText(current->reason);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Hold"));
    form->addRow(buttons);
    connect(m_reason, &QComboBox::currentTextChanged, this, &HoldDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, employeeId ? 180 : 420);
    updateOk();
}

qint64 HoldDialog::employeeId() const { return m_finder ? m_finder->currentId() : m_employeeId; }

QString HoldDialog::reason() const { return m_reason->currentText().simplified(); }

void HoldDialog::updateOk() { m_ok->setEnabled(employeeId() != 0 && !reason().isEmpty()); }

} // namespace imbang::ui
