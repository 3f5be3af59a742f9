#include "personlabels.h"

#include "domain/nip.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"

namespace imbang {

QHash<qint64, PersonLabel> personLabels(const QSqlDatabase &db, const QList<qint64> &employeeIds) {
    QHash<qint64, PersonLabel> labels;
    if (employeeIds.isEmpty())
        return labels;
    const QHash<qint64, QString> unitNames = UnitRepository(db).names();
    for (const Employee &e : EmployeeRepository(db).byIds(employeeIds))
        labels.insert(e.id, {e.fullName(), nip::grouped(e.nip, e.status), unitNames.value(e.unitId)});
    return labels;
}

} // namespace imbang
