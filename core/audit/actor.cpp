#include "actor.h"

#include <QMutex>
#include <QMutexLocker>

namespace imbang::actor {
namespace {
QMutex mutex;
QString name;
QString loggedIn;
} // namespace

void setCurrent(const QString &value) {
    QMutexLocker lock(&mutex);
    name = value.trimmed();
}

void setLoggedIn(const QString &username) {
    QMutexLocker lock(&mutex);
    loggedIn = username.trimmed();
}

QString current() {
    QMutexLocker lock(&mutex);
    if (!loggedIn.isEmpty())
        return loggedIn;
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

} // namespace imbang::actor
