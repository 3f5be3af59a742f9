#pragma once

#include "util/expected.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace imbang {

// Who owns this database: the office's name, its region, and a stable id used in exchange packages.
struct OfficeInfo {
    QString name;   // e.g. "BKD Provinsi Jambi"
    QString region; // e.g. "Provinsi Jambi"
    QUuid id;

    static OfficeInfo load(const QSqlDatabase &db);
    // Saves name and region; creates the id on first save and never changes it afterwards.
    Status save(const QSqlDatabase &db);
};

} // namespace imbang
