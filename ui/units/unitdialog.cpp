#include "unitdialog.h"

#include "records/unitchanges.h"
#include "records/unitrepository.h"
#include "widgets/recordcombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace imbang::ui {
namespace {
std::optional<double> coordinate(const QLineEdit *edit) {
    bool ok = false;
    const double v = QString(edit->text()).replace(QLatin1Char(','), QLatin1Char('.')).trimmed().toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}
} // namespace

UnitDialog::UnitDialog(QSqlDatabase db, const Unit &unit, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_original(unit), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_region(new QLineEdit(this)), m_latitude(new QLineEdit(this)), m_longitude(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_parent(new RecordCombo(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(unit.id ? tr("Edit unit %1").arg(unit.name) : tr("New unit"));
    for (UnitKind k : codes::allUnitKinds())
        m_kind->addItem(codes::displayName(k), int(k));
    m_parent->addRecord(tr("(none: a top-level agency)"), 0);
    for (const Unit &u : UnitRepository(m_db).all())
        if (u.id != unit.id && u.isOpen())
            m_parent->addRecord(QStringLiteral("%1 (%2)").arg(u.name, u.code), u.id);
    m_latitude->setPlaceholderText(tr("e.g. -1.61"));
    m_longitude->setPlaceholderText(tr("e.g. 103.61"));
    m_region->setPlaceholderText(tr("e.g. Kabupaten Bungo"));
    m_problem->setStyleSheet(QStringLiteral("color: #b2182b;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Part of:"), m_parent);
    form->addRow(tr("Kabupaten/&kota:"), m_region);
    form->addRow(tr("&Latitude:"), m_latitude);
    form->addRow(tr("Lon&gitude:"), m_longitude);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    m_code->setText(unit.code);
    m_name->setText(unit.name);
    m_kind->setCurrentIndex(m_kind->findData(int(unit.kind)));
    m_parent->setCurrentId(unit.parentId);
    m_region->setText(unit.region);
    if (unit.latitude)
        m_latitude->setText(QString::number(*unit.latitude, 'f', 5));
    if (unit.longitude)
        m_longitude->setText(QString::number(*unit.longitude, 'f', 5));
    // A new sub-unit takes its parent's region.
    connect(m_parent, &QComboBox::currentTextChanged, this, [this] {
        if (m_region->text().isEmpty())
            if (auto p = UnitRepository(m_db).byId(m_parent->currentId()))
                m_region->setText(p->region);
        validate();
    });
    for (QLineEdit *e : {m_code, m_name, m_latitude, m_longitude})
        connect(e, &QLineEdit::textChanged, this, &UnitDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Unit UnitDialog::unit() const {
    Unit u = m_original;
    u.code = m_code->text().trimmed();
    u.name = m_name->text().simplified();
    u.kind = UnitKind(m_kind->currentData().toInt());
    u.parentId = m_parent->currentId();
    u.region = m_region->text().simplified();
    u.latitude = coordinate(m_latitude);
    u.longitude = coordinate(m_longitude);
    return u;
}

void UnitDialog::setValues(const QString &code, const QString &name) {
    m_code->setText(code);
    m_name->setText(name);
}

QString UnitDialog::problemText() const { return m_problem->text(); }

void UnitDialog::validate() {
    QStringList messages;
    for (const Problem &p : unitchanges::validate(m_db, unit()))
        messages << p.message;
    for (QLineEdit *e : {m_latitude, m_longitude})
        if (!e->text().trimmed().isEmpty() && !coordinate(e))
            messages << tr("\"%1\" is not a number of degrees.").arg(e->text());
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(messages.isEmpty());
}

} // namespace imbang::ui
