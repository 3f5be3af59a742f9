#include "transferrequestdialog.h"

#include "planner/transferrequestrepository.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"
#include "widgets/employeefinder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace imbang::ui {

TransferRequestDialog::TransferRequestDialog(QSqlDatabase db, qint64 employeeId, QWidget *parent)
    : QDialog(parent), m_db(db), m_employeeId(employeeId), m_region(new QComboBox(this)), m_note(new QLineEdit(this)) {
    setWindowTitle(tr("Own transfer request"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The employee asks to move to another kabupaten/kota. The planner proposes such a "
                                "move first wherever a shortage there fits the person."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_finder = EmployeeFinder::addPersonRow(form, db, employeeId, this);
    if (m_finder)
        connect(m_finder, &EmployeeFinder::currentChanged, this, &TransferRequestDialog::fillRegions);
    fillRegions();
    m_note->setPlaceholderText(tr("e.g. letter of 3 March 2026, follows the spouse"));
    form->addRow(tr("&Move to:"), m_region);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Record request"));
    form->addRow(buttons);
    connect(m_region, &QComboBox::currentIndexChanged, this, &TransferRequestDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, employeeId ? 200 : 440);
    updateOk();
}

qint64 TransferRequestDialog::employeeId() const { return m_finder ? m_finder->currentId() : m_employeeId; }

QString TransferRequestDialog::region() const { return m_region->currentText(); }

QString TransferRequestDialog::note() const { return m_note->text().simplified(); }

void TransferRequestDialog::fillRegions() {
    // Asking to move where one already works means nothing to the planner (and core refuses it).
    const auto e = EmployeeRepository(m_db).byId(employeeId());
    const QString home = e ? UnitRepository(m_db).byId(e->unitId).value_or(Unit()).region : QString();
    const QString chosen = m_region->currentText();
    QSignalBlocker block(m_region);
    m_region->clear();
    m_region->addItem(QString());
    for (const QString &r : TransferRequestRepository(m_db).regions())
        if (r != home)
            m_region->addItem(r);
    m_region->setCurrentIndex(std::max(0, m_region->findText(chosen)));
    block.unblock();
    if (m_ok) // not yet while the constructor fills the list
        updateOk();
}

void TransferRequestDialog::updateOk() { m_ok->setEnabled(employeeId() != 0 && !region().isEmpty()); }

} // namespace imbang::ui
