#include "sessioncontroller.h"

#include "access/session.h"
#include "access/userrepository.h"
#include "accountdialog.h"
#include "changepassworddialog.h"
#include "logindialog.h"
#include "settings/settingkeys.h"
#include "util/dialoghooks.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>

namespace imbang::ui {

SessionController::SessionController(QSqlDatabase db, QWidget *window)
    : QObject(window), m_db(std::move(db)), m_window(window) {
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionController::lock);
}

SessionController::~SessionController() {
    if (access::currentUser(m_db))
        access::logOut();
}

bool SessionController::start(bool offerAccounts) {
    std::optional<UserAccount> user;
    if (UserRepository(m_db).hasAccounts()) {
        LoginDialog login(m_db, m_window);
        if (dialogs::exec(login) != QDialog::Accepted)
            return false;
        user = login.user();
        access::logIn(m_db, *user);
        if (user->mustChangePassword) {
            ChangePasswordDialog change(m_db, *user, true, m_window);
            if (dialogs::exec(change) != QDialog::Accepted) {
                access::logOut();
                return false;
            }
        }
    } else if (offerAccounts) {
        AccountDialog first(m_db, AccountDialog::Mode::FirstAdministrator, m_window);
        if (dialogs::exec(first) == QDialog::Accepted) {
            user = UserRepository(m_db).byId(first.createdId());
            if (user)
                access::logIn(m_db, *user);
        }
    }
    if (!user)
        return true; // single-user mode
    const int minutes = Settings(m_db).get(settingkeys::idleLockMinutes);
    setIdleLimit(minutes > 0 ? minutes * 60 * 1000 : 0);
    qApp->installEventFilter(this);
    emit loggedIn();
    return true;
}

void SessionController::setIdleLimit(int milliseconds) {
    m_idleLimit = milliseconds;
    if (m_idleLimit > 0 && !m_locked)
        m_idle.start(m_idleLimit);
    else
        m_idle.stop();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_idleLimit > 0)
            m_idle.start(m_idleLimit);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::lock() {
    const std::optional<UserAccount> user = access::currentUser(m_db);
    if (m_locked || !user)
        return;
    m_locked = true;
    m_idle.stop();
    // Hidden, not closed: open editors keep their text for after the unlock.
    auto *main = qobject_cast<QMainWindow *>(m_window);
    QWidget *content = main ? main->centralWidget() : nullptr;
    const bool wasVisible = content && content->isVisible();
    if (content)
        content->hide();
    LoginDialog unlock(m_db, m_window);
    unlock.setLockedUser(*user);
    const bool unlocked = dialogs::exec(unlock) == QDialog::Accepted;
    if (content && wasVisible)
        content->show();
    m_locked = false;
    if (!unlocked) {
        access::logOut();
        emit loggedOut();
        return;
    }
    if (m_idleLimit > 0)
        m_idle.start(m_idleLimit);
}

} // namespace imbang::ui
