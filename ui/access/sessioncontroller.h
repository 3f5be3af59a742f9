#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QWidget;

namespace imbang::ui {

// The session of the open database in the GUI: the login (or, for a database without accounts, the
// offer to create the first administrator), the forced password change, and the idle lock. The lock
// hides the window's content and asks the same user for the password again; nothing is closed, so
// unsaved work stays as it was.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(QSqlDatabase db, QWidget *window);
    ~SessionController() override; // logs out

    // Returns false when the officer cancelled the login: the caller closes the database.
    // offerAccounts: ask for a first administrator when the database has no account (not for the demo).
    bool start(bool offerAccounts = true);

    bool isLocked() const { return m_locked; }
    // The idle time before the lock; start() takes it from the setting (minutes; 0: never).
    void setIdleLimit(int milliseconds);
    int idleLimit() const { return m_idleLimit; }
    // Locks now (the idle timer calls it). Returns after the user unlocked or logged out.
    void lock();

signals:
    void loggedIn();
    // The user chose "Log out" at the lock: the window should close the database.
    void loggedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSqlDatabase m_db;
    QWidget *m_window;
    QTimer m_idle;
    int m_idleLimit = 0;
    bool m_locked = false;
};

} // namespace imbang::ui
