#pragma once

#include "access/useraccount.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imbang::ui {

// A new account: the first administrator of a database (first run), or one an administrator adds.
// On OK the account is created through AccountService (policy, hashing, audit); the dialog stays open
// with the problem when it cannot be.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { FirstAdministrator, NewUser };
    AccountDialog(QSqlDatabase db, Mode mode, QWidget *parent = nullptr);

    void fill(const QString &username, const QString &fullName, const QString &nip, Role role,
              const QString &password, const QString &repeat);
    QString message() const;
    qint64 createdId() const { return m_createdId; }
    QString username() const;

    bool tryCreate();

private:
    QSqlDatabase m_db;
    Mode m_mode;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QLineEdit *m_nip;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    qint64 m_createdId = 0;
};

} // namespace imbang::ui
