#pragma once

#include "output/texttable.h"

#include <QSqlDatabase>
#include <QString>

// HTML for printed reports: the page frame (office, title, date printed in Indonesian) and tables.
namespace imbang::ui::reporthtml {

QString page(const QSqlDatabase &db, const QString &title, const QString &body);
QString table(const TextTable &table);

} // namespace imbang::ui::reporthtml
