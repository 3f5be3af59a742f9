#include "accountdialog.h"

#include "access/accountservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imbang::ui {

AccountDialog::AccountDialog(QSqlDatabase db, Mode mode, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_mode(mode), m_username(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_nip(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool first = mode == Mode::FirstAdministrator;
    setWindowTitle(first ? tr("Protect this database with user accounts") : tr("New user account"));
    for (Role r : access::allRoles())
        m_role->addItem(access::displayName(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(first ? Role::Administrator : Role::Operator)));
    m_role->setEnabled(!first);
    m_username->setPlaceholderText(tr("e.g. siti.rahma"));
    m_nip->setPlaceholderText(tr("18 digits, optional"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b;"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&NIP:"), m_nip);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(first ? tr("&Password:") : tr("&Temporary password:"), m_password);
    form->addRow(tr("Re&peat:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        first ? tr("Several officers share this computer? Create the administrator account now. From then on "
                   "everyone logs in with their own account, each role may do only its own work, and the audit "
                   "trail names who did what. Without accounts the program runs for a single user.")
              : tr("The new user must change this temporary password at the first login."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(first ? tr("&Create administrator") : tr("&Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(first ? tr("&Continue without accounts") : tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::tryCreate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

void AccountDialog::fill(const QString &username, const QString &fullName, const QString &nip, Role role,
                         const QString &password, const QString &repeat) {
    m_username->setText(username);
    m_fullName->setText(fullName);
    m_nip->setText(nip);
    m_role->setCurrentIndex(m_role->findData(int(role)));
    m_password->setText(password);
    m_repeat->setText(repeat);
}

QString AccountDialog::message() const { return m_message->text(); }
QString AccountDialog::username() const { return m_username->text().trimmed(); }

bool AccountDialog::tryCreate() {
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ; type them again."));
        m_password->clear();
        m_repeat->clear();
        return false;
    }
    NewAccount account{m_username->text(), m_fullName->text(), m_nip->text(),
                       Role(m_role->currentData().toInt()), m_password->text()};
    AccountService service(m_db);
    Expected<qint64> id = m_mode == Mode::FirstAdministrator ? service.createFirstAdministrator(account)
                                                             : service.createUser(account);
    if (!id) {
        m_message->setText(id.error());
        return false;
    }
    m_createdId = *id;
    accept();
    return true;
}

} // namespace imbang::ui
