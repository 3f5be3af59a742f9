#include "importpreview.h"

#include <QCoreApplication>

namespace imbang {

bool PreviewRow::hasErrors() const {
    return std::any_of(messages.cbegin(), messages.cend(), [](const CellMessage &m) { return m.isError(); });
}

bool PreviewRow::hasWarnings() const {
    return std::any_of(messages.cbegin(), messages.cend(), [](const CellMessage &m) { return !m.isError(); });
}

RowStatus PreviewRow::status() const {
    if (hasErrors())
        return RowStatus::Error;
    if (discrepancy && decision == DiscrepancyDecision::Undecided)
        return RowStatus::Discrepancy;
    if (hasWarnings())
        return RowStatus::Warning;
    switch (action) {
    case RowAction::Insert: return RowStatus::New;
    case RowAction::Update: return RowStatus::Update;
    case RowAction::None: break;
    }
    return RowStatus::Unchanged;
}

QString PreviewRow::messageFor(int column) const {
    QStringList lines;
    for (const CellMessage &m : messages)
        if (m.column == column)
            lines << m.message;
    return lines.join(QLatin1Char('\n'));
}

ImportCounts ImportPreview::counts() const {
    ImportCounts c;
    c.total = int(rows.size());
    for (const PreviewRow &r : rows) {
        if (r.hasErrors()) {
            ++c.rejected;
            continue;
        }
        c.warnings += r.hasWarnings() ? 1 : 0;
        c.discrepancies += r.discrepancy ? 1 : 0;
        switch (r.action) {
        case RowAction::Insert: ++c.inserted; break;
        case RowAction::Update: ++c.updated; break;
        case RowAction::None: ++c.unchanged; break;
        }
    }
    return c;
}

QString rowStatusName(RowStatus status) {
    switch (status) {
    case RowStatus::New: return QCoreApplication::translate("ImportPreview", "New");
    case RowStatus::Update: return QCoreApplication::translate("ImportPreview", "Update");
    case RowStatus::Unchanged: return QCoreApplication::translate("ImportPreview", "Unchanged");
    case RowStatus::Warning: return QCoreApplication::translate("ImportPreview", "Warning");
    case RowStatus::Discrepancy: return QCoreApplication::translate("ImportPreview", "Unit/position differs");
    case RowStatus::Error: return QCoreApplication::translate("ImportPreview", "Error");
    }
    return {};
}

QString columnLetter(int column) {
    QString s;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        s.prepend(QChar(u'A' + (c - 1) % 26));
    return s;
}

} // namespace imbang
