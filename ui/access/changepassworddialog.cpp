#include "changepassworddialog.h"

#include "access/accountservice.h"
#include "settings/settingkeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imbang::ui {

ChangePasswordDialog::ChangePasswordDialog(QSqlDatabase db, const UserAccount &user, bool forced, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_user(user), m_current(new QLineEdit(this)),
      m_fresh(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("Change the password of %1").arg(user.username));
    for (QLineEdit *e : {m_current, m_fresh, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b;"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(forced ? tr("&Temporary password:") : tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_fresh);
    form->addRow(tr("Re&peat:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    const int minimum = std::max(8, Settings(m_db).get(settingkeys::passwordMinimumLength));
    auto *intro = new QLabel(forced ? tr("An administrator set a temporary password. Choose your own before you "
                                         "go on: at least %n characters, without your name or NIP.",
                                         "", minimum)
                                    : tr("At least %n characters, without your name or NIP.", "", minimum),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::tryChange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void ChangePasswordDialog::fill(const QString &current, const QString &fresh, const QString &repeat) {
    m_current->setText(current);
    m_fresh->setText(fresh);
    m_repeat->setText(repeat);
}

QString ChangePasswordDialog::message() const { return m_message->text(); }

bool ChangePasswordDialog::tryChange() {
    if (m_fresh->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ; type them again."));
        return false;
    }
    if (Status s = AccountService(m_db).changePassword(m_user.id, m_current->text(), m_fresh->text()); !s) {
        m_message->setText(s.error());
        return false;
    }
    accept();
    return true;
}

} // namespace imbang::ui
