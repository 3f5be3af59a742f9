#include "logindialog.h"

#include "access/accountservice.h"
#include "access/userrepository.h"
#include "storage/officeinfo.h"
#include "util/clock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace imbang::ui {

LoginDialog::LoginDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_intro(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_wait(new QTimer(this)) {
    setWindowTitle(tr("Log in to Imbang"));
    const OfficeInfo office = OfficeInfo::load(m_db);
    m_intro->setText(office.name.isEmpty() ? tr("This office database is protected by user accounts.")
                                           : tr("%1: this office database is protected by user accounts.")
                                                 .arg(office.name));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b;"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_wait->setSingleShot(true);
    connect(m_wait, &QTimer::timeout, this, [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void LoginDialog::setLockedUser(const UserAccount &user) {
    m_locked = true;
    setWindowTitle(tr("Imbang is locked"));
    m_intro->setText(tr("The program was locked after a time without use. Your open work is kept; enter the "
                        "password of %1 to go on.")
                         .arg(user.fullName.isEmpty() ? user.username : user.fullName));
    m_username->setText(user.username);
    m_username->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Log &out"));
    m_password->setFocus();
}

void LoginDialog::setUsername(const QString &username) { m_username->setText(username); }
void LoginDialog::setPassword(const QString &password) { m_password->setText(password); }
QString LoginDialog::message() const { return m_message->text(); }

void LoginDialog::waitFor(int seconds) {
    // The button stays off for the wait the core imposes, so nobody hammers it.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_wait->start(seconds * 1000);
}

bool LoginDialog::tryLogin() {
    if (m_username->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        return false;
    }
    AccountService service(m_db);
    Expected<UserAccount> user = service.authenticate(m_username->text(), m_password->text());
    m_password->clear();
    if (!user) {
        m_message->setText(user.error());
        if (const std::optional<UserAccount> a = UserRepository(m_db).byUsername(m_username->text());
            a && a->lockedUntil.isValid())
            waitFor(int(std::max<qint64>(1, Clock::now().secsTo(a->lockedUntil))));
        m_password->setFocus();
        return false;
    }
    m_user = *user;
    accept();
    return true;
}

} // namespace imbang::ui
