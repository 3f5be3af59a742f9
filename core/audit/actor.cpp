#include "actor.h"

#include <QMutex>
#include <QMutexLocker>

namespace imbang::actor {
namespace {
QMutex mutex;
QString name;
} // namespace

void setCurrent(const QString &value) {
    QMutexLocker lock(&mutex);
    name = value.trimmed();
}

QString current() {
    QMutexLocker lock(&mutex);
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

} // namespace imbang::actor
