#include "chooseunitdialog.h"

#include "records/unitrepository.h"
#include "util/clock.h"
#include "widgets/datefield.h"
#include "widgets/recordcombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace imbang::ui {

ChooseUnitDialog::ChooseUnitDialog(QSqlDatabase db, const Options &options, QWidget *parent)
    : QDialog(parent), m_unit(new RecordCombo(this)) {
    setWindowTitle(options.title);
    UnitRepository repo(db);
    const QList<qint64> excluded = options.excludeSubtreeOf ? repo.subtreeIds(options.excludeSubtreeOf) : QList<qint64>();
    if (options.allowTopLevel)
        m_unit->addRecord(tr("(none: a top-level agency)"), 0);
    for (const Unit &u : repo.all())
        if (u.isOpen() && !excluded.contains(u.id))
            m_unit->addRecord(QStringLiteral("%1 (%2)").arg(u.name, u.code), u.id);
    m_unit->setCurrentIndex(-1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    auto *prompt = new QLabel(options.prompt, this);
    prompt->setWordWrap(true);
    form->addRow(prompt);
    form->addRow(tr("&Unit:"), m_unit);
    if (options.askDate) {
        m_date = new DateField(this);
        m_date->setDate(Clock::today());
        form->addRow(tr("&Date:"), m_date);
    }
    form->addRow(buttons);
    const auto update = [this, buttons, options] {
        const bool chosen = m_unit->currentId() > 0 || (options.allowTopLevel && m_unit->currentIndex() == 0);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && (!m_date || m_date->date().isValid()));
    };
    connect(m_unit, &QComboBox::currentTextChanged, this, update);
    if (m_date)
        connect(m_date, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 ChooseUnitDialog::unitId() const { return m_unit->currentId(); }
QDate ChooseUnitDialog::date() const { return m_date ? m_date->date() : QDate(); }
void ChooseUnitDialog::setUnitId(qint64 id) { m_unit->setCurrentId(id); }

ChooseDateDialog::ChooseDateDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent), m_date(new DateField(this)) {
    setWindowTitle(title);
    m_date->setDate(Clock::today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(buttons);
    connect(m_date, &QLineEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(m_date->date().isValid()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate ChooseDateDialog::date() const { return m_date->date(); }

} // namespace imbang::ui
