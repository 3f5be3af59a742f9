#include "usermanagementdialog.h"

#include "access/accountdialog.h"
#include "access/accountservice.h"
#include "access/userrepository.h"
#include "util/dialoghooks.h"
#include "util/indonesianformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang::ui {

UserManagementDialog::UserManagementDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_model(new QStandardItemModel(this)), m_table(new QTableView(this)),
      m_role(new QComboBox(this)), m_roleButton(new QPushButton(tr("Change &role"), this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_resetButton(new QPushButton(tr("Set &temporary password"), this)),
      m_activeButton(new QPushButton(tr("&Deactivate"), this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("User accounts"));
    resize(820, 520);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const Role r : access::allRoles())
        m_role->addItem(access::displayName(r), int(r));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);

    auto *selected = new QGroupBox(tr("Selected account"), this);
    auto *form = new QFormLayout(selected);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_roleButton);
    form->addRow(tr("Role:"), roleRow);
    form->addRow(tr("Temporary password:"), m_password);
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat, 1);
    repeatRow->addWidget(m_resetButton);
    form->addRow(tr("Repeat it:"), repeatRow);
    form->addRow(QString(), m_activeButton);

    auto *add = new QPushButton(tr("&New account…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(selected);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &UserManagementDialog::addAccount);
    connect(m_roleButton, &QPushButton::clicked, this,
            [this] { changeRole(Role(m_role->currentData().toInt())); });
    connect(m_resetButton, &QPushButton::clicked, this,
            [this] { resetPassword(m_password->text(), m_repeat->text()); });
    connect(m_activeButton, &QPushButton::clicked, this, &UserManagementDialog::toggleActive);
    reload();
}

QString UserManagementDialog::message() const { return m_message->text(); }

void UserManagementDialog::reload() {
    const qint64 keep = selectedId();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("NIP"), tr("Role"), tr("Active"),
                                        tr("Last login"), tr("Password")});
    for (const UserAccount &a : UserRepository(m_db).all()) {
        auto *name = new QStandardItem(a.username);
        name->setData(a.id, Qt::UserRole);
        m_model->appendRow({name, new QStandardItem(a.fullName), new QStandardItem(a.nip),
                            new QStandardItem(access::displayName(a.role)),
                            new QStandardItem(a.active ? tr("yes") : tr("no, deactivated")),
                            new QStandardItem(a.lastLoginAt.isValid()
                                                  ? indonesian::shortDate(a.lastLoginAt.toLocalTime().date()) +
                                                        a.lastLoginAt.toLocalTime().toString(QStringLiteral(" HH:mm"))
                                                  : tr("never")),
                            new QStandardItem(a.mustChangePassword ? tr("must be changed at the next login")
                                                                   : QString())});
    }
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserManagementDialog::updateButtons, Qt::UniqueConnection);
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(r);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 UserManagementDialog::selectedId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

void UserManagementDialog::selectUser(const QString &username) {
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data().toString() == username)
            m_table->selectRow(r);
    updateButtons();
}

void UserManagementDialog::updateButtons() {
    const auto account = UserRepository(m_db).byId(selectedId());
    for (QWidget *w : {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_roleButton),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_repeat),
                       static_cast<QWidget *>(m_resetButton), static_cast<QWidget *>(m_activeButton)})
        w->setEnabled(account.has_value());
    if (!account)
        return;
    m_role->setCurrentIndex(m_role->findData(int(account->role)));
    m_activeButton->setText(account->active ? tr("&Deactivate") : tr("Re&activate"));
}

bool UserManagementDialog::report(const QString &done, const QString &error) {
    const bool ok = error.isEmpty();
    m_message->setText(ok ? done : error);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b71c1c"));
    if (ok)
        reload();
    return ok;
}

bool UserManagementDialog::changeRole(Role role) {
    const auto account = UserRepository(m_db).byId(selectedId());
    if (!account)
        return false;
    const Status s = AccountService(m_db).setRole(account->id, role);
    return report(tr("%1 now has the role %2.").arg(account->username, access::displayName(role)), s ? QString() : s.error());
}

bool UserManagementDialog::resetPassword(const QString &temporary, const QString &repeat) {
    const auto account = UserRepository(m_db).byId(selectedId());
    if (!account)
        return false;
    if (temporary != repeat)
        return report({}, tr("The two passwords differ. Type the same temporary password twice."));
    const Status s = AccountService(m_db).resetPassword(account->id, temporary);
    if (s) {
        m_password->clear();
        m_repeat->clear();
    }
    return report(tr("%1 has a temporary password now and must choose a new one at the next login. Tell it to "
                     "them in person.")
                      .arg(account->username),
                  s ? QString() : s.error());
}

bool UserManagementDialog::toggleActive() {
    const auto account = UserRepository(m_db).byId(selectedId());
    if (!account)
        return false;
    const Status s = AccountService(m_db).setActive(account->id, !account->active);
    return report(account->active ? tr("%1 is deactivated and can no longer log in; their name stays in the audit "
                                       "trail.")
                                        .arg(account->username)
                                  : tr("%1 can log in again.").arg(account->username),
                  s ? QString() : s.error());
}

void UserManagementDialog::addAccount() {
    AccountDialog dialog(m_db, AccountDialog::Mode::NewUser, this);
    if (dialogs::exec(dialog) == QDialog::Accepted) {
        reload();
        selectUser(dialog.username());
        report(tr("Account %1 created; the new user must change the password at the first login.")
                   .arg(dialog.username()),
               {});
        selectUser(dialog.username());
    }
}

} // namespace imbang::ui
