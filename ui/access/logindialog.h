#pragma once

#include "access/useraccount.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace imbang::ui {

// Asks for user name and password and checks them with AccountService (growing delay, audit).
// Accepted only with a correct login; user() is then the account. In lock mode the user name is fixed:
// the idle lock asks the same user for the password again.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QSqlDatabase db, QWidget *parent = nullptr);
    // For the idle lock: only this user may unlock.
    void setLockedUser(const UserAccount &user);

    void setUsername(const QString &username);
    void setPassword(const QString &password);
    QString message() const;
    const UserAccount &user() const { return m_user; }

    // Checks the fields; on success accepts the dialog. Returns whether it did.
    bool tryLogin();

private:
    void waitFor(int seconds);

    QSqlDatabase m_db;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_intro;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QTimer *m_wait;
    UserAccount m_user;
    bool m_locked = false;
};

} // namespace imbang::ui
