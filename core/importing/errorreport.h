#pragma once

#include "importing/cell.h"
#include "importing/importpreview.h"
#include "util/expected.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace imbang {

// The list of problems to send back to the agency: one line per message with the row, the column,
// the value as written and what to fix, in the user's language. Written as .xlsx (libxlsxwriter)
// or .csv (UTF-8 with BOM and ";" so that Excel in Indonesia opens it directly).
class ErrorReport {
public:
    struct Line {
        int row = 0;
        QString column; // "B (NIP)"
        QString value;
        QString nip;
        QString name;
        QString severity; // translated
        QString message;
    };

    ErrorReport(const Sheet &sheet, const ImportPreview &preview);
    const QList<Line> &lines() const { return m_lines; }
    static QStringList headers();

    // Format chosen by the extension (.xlsx or .csv).
    Status write(const QString &path) const;
    Status writeXlsx(const QString &path) const;
    Status writeCsv(const QString &path) const;

private:
    QList<Line> m_lines;
};

} // namespace imbang
