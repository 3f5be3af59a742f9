#include "personaldata.h"

#include "access/session.h"

#include <QCoreApplication>

namespace imbang::access {

bool canSeePersonalData(const QSqlDatabase &db) { return can(db, Permission::ViewPersonalData); }

QString maskedNip(const QString &nip) {
    return nip.size() < 8 ? nip : QString(8, QLatin1Char('*')) + nip.mid(8);
}

QString hiddenForRole() {
    return QCoreApplication::translate("PersonalData", "(hidden for your role)");
}

} // namespace imbang::access
