#include "xlsxtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <xlsxwriter.h>

namespace imbang::output {
namespace {

// Excel's limits: 31 characters in a sheet name, none of []:*?/\ ; 32,767 characters in a cell.
QByteArray safeSheetName(const QString &name) {
    QString cleaned;
    for (QChar c : name)
        cleaned += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('-') : c;
    cleaned = cleaned.simplified().left(31);
    return (cleaned.isEmpty() ? QStringLiteral("Sheet1") : cleaned).toUtf8();
}

QByteArray cellText(const QString &text) {
    return text.left(32767).toUtf8();
}

} // namespace

Status writeXlsx(const TextTable &table, const QString &path, const QString &sheetName) {
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        return Status::failure(QCoreApplication::translate("XlsxTable", "The file %1 could not be created.")
                                   .arg(QDir::toNativeSeparators(path)));
    const QByteArray sheet = safeSheetName(sheetName);
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);

    const auto columns = lxw_col_t(table.headers.size());
    QList<qsizetype> widths(table.headers.size(), 6);
    for (lxw_col_t c = 0; c < columns; ++c) {
        worksheet_write_string(worksheet, 0, c, cellText(table.headers.at(c)).constData(), header);
        widths[c] = std::max(widths[c], table.headers.at(c).size());
    }
    lxw_row_t row = 1;
    for (const QStringList &cells : table.rows) {
        for (lxw_col_t c = 0; c < columns && c < lxw_col_t(cells.size()); ++c) {
            if (cells.at(c).isEmpty())
                continue;
            worksheet_write_string(worksheet, row, c, cellText(cells.at(c)).constData(), nullptr);
            widths[c] = std::max(widths[c], cells.at(c).size());
        }
        ++row;
    }
    for (lxw_col_t c = 0; c < columns; ++c)
        worksheet_set_column(worksheet, c, c, double(std::min<qsizetype>(widths[c], 60)) + 2, nullptr);
    if (columns > 0) {
        worksheet_freeze_panes(worksheet, 1, 0);
        worksheet_autofilter(worksheet, 0, 0, row - 1, lxw_col_t(columns - 1));
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Status::failure(
            QCoreApplication::translate("XlsxTable", "The file %1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace imbang::output
