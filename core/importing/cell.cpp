#include "cell.h"

namespace imbang {

QString Cell::displayText() const {
    switch (kind) {
    case Kind::Empty: return {};
    case Kind::Text: return text;
    case Kind::Bool: return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Kind::Date: return date().toString(QStringLiteral("dd-MM-yyyy"));
    case Kind::Number: break;
    }
    // Up to 15 significant digits as a spreadsheet shows them; large values in E notation.
    return QString::number(number, 'g', 15).toUpper();
}

const Cell &SourceRow::cell(int column) const {
    static const Cell empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

int Sheet::columnCount() const {
    qsizetype n = 0;
    for (const SourceRow &row : rows)
        n = std::max(n, row.cells.size());
    return int(n);
}

} // namespace imbang
