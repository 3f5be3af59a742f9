#pragma once

#include "access/role.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace imbang::ui {

// Tools > User accounts: the administrator's list of accounts (name, role, active, last login, whether a
// password change is pending) with the actions on the selected one: change the role, set a temporary
// password (changed at the next login), deactivate or reactivate, and add an account. Every action goes
// through AccountService, which checks the permission, the last-administrator rule and audits; a refusal
// is shown in the dialog, in Indonesian, and nothing changes.
class UserManagementDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserManagementDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString message() const;
    void selectUser(const QString &username);

    // The actions on the selected account (the buttons call these).
    bool changeRole(Role role);
    bool resetPassword(const QString &temporary, const QString &repeat);
    bool toggleActive();
    void addAccount();

private:
    void reload();
    void updateButtons();
    qint64 selectedId() const;
    bool report(const QString &done, const QString &error);

    QSqlDatabase m_db;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QComboBox *m_role;
    QPushButton *m_roleButton;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QPushButton *m_resetButton;
    QPushButton *m_activeButton;
    QLabel *m_message;
};

} // namespace imbang::ui
