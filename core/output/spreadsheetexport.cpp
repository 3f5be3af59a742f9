#include "spreadsheetexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace imbang::spreadsheetexport {
namespace {

Status cannotWrite(const QString &path, const QString &why) {
    return Status::failure(QCoreApplication::translate("SpreadsheetExport", "The file %1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), why));
}

// Owns a libxlsxwriter workbook; closes it (writing the file) exactly once.
class Workbook {
public:
    explicit Workbook(const QByteArray &path) : m_book(workbook_new(path.constData())) {}
    ~Workbook() {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_workbook *get() const { return m_book; }
    lxw_error close() {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

private:
    lxw_workbook *m_book;
};

} // namespace

Status writeXlsx(const TextTable &table, const QString &path, const QString &sheetName) {
    // Write beside the target and rename, so a failure never leaves half a file under the real name.
    const QString temporary = path + QStringLiteral(".part");
    {
        Workbook book(QFile::encodeName(temporary));
        if (!book.get())
            return cannotWrite(path, QCoreApplication::translate("SpreadsheetExport", "the folder is not writable"));
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString name = sheetName.left(31);
        for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.replace(bad, QLatin1Char('-'));
        lxw_worksheet *sheet = workbook_add_worksheet(book.get(), name.toUtf8().constData());
        lxw_format *header = workbook_add_format(book.get());
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        lxw_format *dateFormat = workbook_add_format(book.get());
        format_set_num_format(dateFormat, "dd-mm-yyyy");

        QList<int> widths;
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), header);
            widths << int(table.headers.at(c).size());
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            const auto excelRow = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString &cell = row.at(c);
                if (c < widths.size())
                    widths[c] = std::max(widths[c], int(cell.size()));
                if (cell.isEmpty())
                    continue;
                const auto col = lxw_col_t(c);
                switch (table.typeOf(c)) {
                case TextTable::ColumnType::Date:
                    if (const QDate d = QDate::fromString(cell, Qt::ISODate); d.isValid()) {
                        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                        worksheet_write_datetime(sheet, excelRow, col, &dt, dateFormat);
                        continue;
                    }
                    break;
                case TextTable::ColumnType::Number: {
                    bool ok = false;
                    const double v = cell.toDouble(&ok);
                    if (ok) {
                        worksheet_write_number(sheet, excelRow, col, v, nullptr);
                        continue;
                    }
                    break;
                }
                case TextTable::ColumnType::Text:
                    break;
                }
                // An xlsx cell holds at most 32,767 characters.
                worksheet_write_string(sheet, excelRow, col, cell.left(32767).toUtf8().constData(), nullptr);
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(60, widths.at(c) + 2), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        if (!table.headers.isEmpty()) // filter buttons on the header row
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.headers.size() - 1));
        if (const lxw_error e = book.close(); e != LXW_NO_ERROR) {
            QFile::remove(temporary);
            return cannotWrite(path, QString::fromUtf8(lxw_strerror(e)));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return cannotWrite(path, QCoreApplication::translate("SpreadsheetExport", "it may be open in another program"));
    }
    return {};
}

Status writeCsv(const TextTable &table, const QString &path) {
    output::CsvOptions options;
    options.separator = QLatin1Char(';');
    options.byteOrderMark = true;
    options.neutraliseFormulas = true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    file.write(output::toCsv(table, options));
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace imbang::spreadsheetexport
