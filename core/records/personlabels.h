#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace imbang {

// How lists of holds, requests and the like name the person a row is about.
struct PersonLabel {
    QString name; // with titles
    QString nip;  // grouped for reading
    QString unit; // where the person works now
};

// Labels of the given employees in one pass (an unknown id has no entry).
QHash<qint64, PersonLabel> personLabels(const QSqlDatabase &db, const QList<qint64> &employeeIds);

} // namespace imbang
