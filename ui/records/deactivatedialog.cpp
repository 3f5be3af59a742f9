#include "deactivatedialog.h"

#include "util/clock.h"
#include "widgets/datefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace imbang::ui {

DeactivateDialog::DeactivateDialog(const QString &employeeName, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_date(new DateField(this)) {
    setWindowTitle(tr("Deactivate %1").arg(employeeName));
    for (InactiveReason r : codes::allInactiveReasons())
        m_reason->addItem(codes::displayName(r), int(r));
    m_date->setDate(Clock::today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Deactivate"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The record stays, with its history; the person no longer counts as staff in post."), this));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Since:"), m_date);
    form->addRow(buttons);
    connect(m_date, &QLineEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(m_date->date().isValid()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

InactiveReason DeactivateDialog::reason() const { return InactiveReason(m_reason->currentData().toInt()); }
QDate DeactivateDialog::date() const { return m_date->date(); }

void DeactivateDialog::setValues(InactiveReason reason, const QDate &date) {
    m_reason->setCurrentIndex(m_reason->findData(int(reason)));
    m_date->setDate(date);
}

} // namespace imbang::ui
