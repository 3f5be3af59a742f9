#pragma once

#include "access/useraccount.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace imbang::ui {

// The logged-in user's own password change; forced after an administrator's reset.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(QSqlDatabase db, const UserAccount &user, bool forced, QWidget *parent = nullptr);

    void fill(const QString &current, const QString &fresh, const QString &repeat);
    QString message() const;
    bool tryChange();

private:
    QSqlDatabase m_db;
    UserAccount m_user;
    QLineEdit *m_current;
    QLineEdit *m_fresh;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace imbang::ui
