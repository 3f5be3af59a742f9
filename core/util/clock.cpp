#include "clock.h"

#include <QtGlobal>

namespace imbang::Clock {

QDate today() {
    const QByteArray forced = qgetenv("IMBANG_TODAY");
    if (!forced.isEmpty()) {
        const QDate date = QDate::fromString(QString::fromLatin1(forced), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return QDate::currentDate();
}

QDateTime now() {
    const QDate forcedDay = today();
    const QDateTime real = QDateTime::currentDateTimeUtc();
    if (forcedDay != QDate::currentDate())
        return QDateTime(forcedDay, real.time(), Qt::UTC);
    return real;
}

} // namespace imbang::Clock
