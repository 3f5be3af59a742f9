#include "employeesnapshot.h"

#include "records/employeecolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imbang::employeesnapshot {

QString toText(const Employee &employee) {
    QJsonArray values;
    for (const QVariant &v : employeecolumns::values(employee))
        values.append(QJsonValue::fromVariant(v));
    const QJsonObject object{{QStringLiteral("id"), employee.id}, {QStringLiteral("values"), values}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool restore(const QString &text, QVariantList &values, qint64 &id) {
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonArray array = object.value(QStringLiteral("values")).toArray();
    if (array.size() != employeecolumns::values(Employee()).size())
        return false;
    values.clear();
    for (const QJsonValue &v : array)
        values << (v.isDouble() ? QVariant(qint64(v.toDouble())) : v.toVariant());
    id = qint64(object.value(QStringLiteral("id")).toDouble());
    return id > 0;
}

} // namespace imbang::employeesnapshot
