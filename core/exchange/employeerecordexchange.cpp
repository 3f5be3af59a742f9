#include "employeerecordexchange.h"

#include <QCoreApplication>

namespace imbang::exchange::employeerecord {

bool take(ExportRow &row, qint64 employeeId, qint64 employeeUnitId, bool changed) {
    if (!row.run.allUnits && !row.run.scopeUnits.contains(employeeUnitId))
        return false;
    if (!changed)
        return false;
    row.take(QStringLiteral("employee"), employeeId);
    return true;
}

qint64 employeeId(const ApplyRun &run, const std::string &employeeUuid, const MergeContext &context) {
    return run.idOf(QStringLiteral("employee"), context.local(recordtext::to(employeeUuid)));
}

QString employeeLabel(const std::string &employeeUuid, const MergeContext &context) {
    return context.labelOf(recordtext::to(employeeUuid));
}

void warnNoEmployee(ApplyRun &run, const QString &recordLabel) {
    run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: its employee is neither in the "
                                                            "package nor in this database (it may have been "
                                                            "deleted here).")
                        .arg(recordLabel);
}

} // namespace imbang::exchange::employeerecord
