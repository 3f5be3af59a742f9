#include "employeerecordexchange.h"

#include <QCoreApplication>

namespace imbang::exchange::employeerecord {

bool take(ExportRun &run, qint64 employeeId, qint64 employeeUnitId, bool changed) {
    if (!run.allUnits && !run.scopeUnits.contains(employeeUnitId))
        return false;
    if (!run.since.isEmpty() && !changed)
        return false;
    run.required[QStringLiteral("employee")].insert(employeeId);
    return true;
}

qint64 employeeId(const ApplyRun &run, const std::string &employeeUuid, const MergeContext &context) {
    return run.idOf(QStringLiteral("employee"), context.local(recordtext::to(employeeUuid)));
}

QString employeeLabel(const std::string &employeeUuid, const MergeContext &context) {
    return context.labelOf(recordtext::to(employeeUuid));
}

QString changedColumn(const ExportRun &run, const QString &alias) {
    return run.since.isEmpty() ? QString() : QStringLiteral(", ") + run.changedExpression(alias);
}

QVariantList changedValues(const ExportRun &run) {
    return run.since.isEmpty() ? QVariantList{} : QVariantList{run.since, run.since};
}

void warnNoEmployee(ApplyRun &run, const QString &recordLabel) {
    run.warnings << QCoreApplication::translate("Exchange", "%1 was not imported: its employee is neither in the "
                                                            "package nor in this database (it may have been "
                                                            "deleted here).")
                        .arg(recordLabel);
}

} // namespace imbang::exchange::employeerecord
