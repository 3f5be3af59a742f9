#include "exportlog.h"

#include "audit/audittrail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace imbang::exportlog {

Status record(const QSqlDatabase &db, const QString &what, const QString &path, int records) {
    const QString file = path == QLatin1String("-")
                             ? QCoreApplication::translate("ExportLog", "the standard output")
                             : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return AuditTrail(db).record(
        {QStringLiteral("export.personal_data"), QStringLiteral("export"), {},
         QCoreApplication::translate("ExportLog", "Exported %1 (%n record(s)) to %2", "", records).arg(what, file),
         {},
         QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("path"), file}, {QStringLiteral("records"), records}}});
}

} // namespace imbang::exportlog
