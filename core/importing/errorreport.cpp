#include "errorreport.h"

#include "importing/valueparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace imbang {
namespace {

QString csvField(const QString &value) {
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return value;
}

} // namespace

ErrorReport::ErrorReport(const Sheet &sheet, const ImportPreview &preview) {
    const int nipColumn = preview.mapping.columnOf(ImportField::Nip);
    const int nameColumn = preview.mapping.columnOf(ImportField::Name);
    for (const PreviewRow &row : preview.rows) {
        if (row.messages.isEmpty())
            continue;
        const SourceRow &src = sheet.rows.at(row.sheetRowIndex);
        for (const CellMessage &m : row.messages) {
            Line line;
            line.row = row.sourceRow;
            if (m.column >= 0) {
                const QString header = m.column < preview.mapping.headers.size() ? preview.mapping.headers.at(m.column)
                                                                                 : QString();
                line.column = header.isEmpty() ? columnLetter(m.column)
                                               : QStringLiteral("%1 (%2)").arg(columnLetter(m.column), header);
                line.value = src.cell(m.column).displayText();
            }
            line.nip = src.cell(nipColumn).displayText();
            line.name = valueparser::cleanText(src.cell(nameColumn));
            line.severity = m.isError() ? QCoreApplication::translate("ErrorReport", "Error")
                                        : QCoreApplication::translate("ErrorReport", "Warning");
            line.message = m.message;
            m_lines << line;
        }
    }
}

QStringList ErrorReport::headers() {
    return {QCoreApplication::translate("ErrorReport", "Row"),      QCoreApplication::translate("ErrorReport", "Column"),
            QCoreApplication::translate("ErrorReport", "Value"),    QCoreApplication::translate("ErrorReport", "NIP"),
            QCoreApplication::translate("ErrorReport", "Name"),     QCoreApplication::translate("ErrorReport", "Severity"),
            QCoreApplication::translate("ErrorReport", "Message")};
}

Status ErrorReport::write(const QString &path) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path);
    if (suffix == QLatin1String("csv"))
        return writeCsv(path);
    return Status::failure(QCoreApplication::translate("ErrorReport", "The error report can be written as .xlsx or .csv, "
                                                                      "not as \"%1\".")
                               .arg(QFileInfo(path).fileName()));
}

Status ErrorReport::writeCsv(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("ErrorReport", "The error report %1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    QString text = QStringList(headers()).join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const Line &l : m_lines)
        text += QStringList{QString::number(l.row), csvField(l.column), csvField(l.value), csvField(l.nip),
                            csvField(l.name), csvField(l.severity), csvField(l.message)}
                    .join(QLatin1Char(';')) +
                QStringLiteral("\r\n");
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("ErrorReport", "The error report %1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    return {};
}

Status ErrorReport::writeXlsx(const QString &path) const {
    // libxlsxwriter writes to a temporary file next to the target first (QSaveFile semantics by hand).
    const QString temporary = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return Status::failure(QCoreApplication::translate("ErrorReport", "The error report %1 cannot be written.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, QCoreApplication::translate("ErrorReport", "Problems")
                                                                .toUtf8()
                                                                .constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    const QStringList head = headers();
    for (int c = 0; c < head.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), head.at(c).toUtf8().constData(), bold);
    worksheet_set_column(sheet, 0, 0, 7, nullptr);
    worksheet_set_column(sheet, 1, 1, 22, nullptr);
    worksheet_set_column(sheet, 2, 2, 24, nullptr);
    worksheet_set_column(sheet, 3, 3, 21, nullptr);
    worksheet_set_column(sheet, 4, 4, 28, nullptr);
    worksheet_set_column(sheet, 5, 5, 11, nullptr);
    worksheet_set_column(sheet, 6, 6, 90, wrap);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t r = 1;
    for (const Line &l : m_lines) {
        worksheet_write_number(sheet, r, 0, l.row, nullptr);
        const QString texts[] = {l.column, l.value, l.nip, l.name, l.severity, l.message};
        for (int c = 0; c < 6; ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c + 1), texts[c].toUtf8().constData(), c == 5 ? wrap : nullptr);
        ++r;
    }
    if (!m_lines.isEmpty())
        worksheet_autofilter(sheet, 0, 0, r - 1, lxw_col_t(head.size() - 1));
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Status::failure(QCoreApplication::translate("ErrorReport", "The error report %1 cannot be written: %2")
                                   .arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Status::failure(QCoreApplication::translate("ErrorReport", "The error report %1 cannot be written.").arg(path));
    }
    return {};
}

} // namespace imbang
