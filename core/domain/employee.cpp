#include "employee.h"

namespace imbang {

QString Employee::fullName() const {
    QString result = name.trimmed();
    if (!titleFront.trimmed().isEmpty())
        result = titleFront.trimmed() + QLatin1Char(' ') + result;
    if (!titleBack.trimmed().isEmpty())
        result += QStringLiteral(", ") + titleBack.trimmed();
    return result;
}

} // namespace imbang
