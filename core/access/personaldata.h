#pragma once

#include <QSqlDatabase>
#include <QString>

// What roles without the ViewPersonalData permission (Pimpinan) see of personal data: the NIP keeps its
// service part (TMT and sequence) but not the birth date it starts with; birth place and date are hidden.
// The list, the employee panel, the printed profile and their exports all apply it.
namespace imbang::access {

bool canSeePersonalData(const QSqlDatabase &db);
QString maskedNip(const QString &nip); // "********201001 2 001"-style: the first eight digits starred
QString hiddenForRole();               // the text shown instead, translated

} // namespace imbang::access
