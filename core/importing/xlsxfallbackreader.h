#pragma once

#include "importing/spreadsheetreader.h"

#include <vector>

namespace imbang {

// A small xlsx reader for the files liborcus 0.17 reads as empty sheets: those written by openpyxl
// and pandas (absolute relationship targets such as "/xl/worksheets/sheet1.xml", inline strings).
// It uses orcus' zip_archive and sax_parser and reads only what the import needs: sheet names,
// shared and inline strings, numbers, booleans and which number formats are dates.
class XlsxFallbackReader : public SpreadsheetReader {
public:
    explicit XlsxFallbackReader(QString path) : m_path(std::move(path)) {}
    Status read(RowSink &sink) override;

    // Whether liborcus 0.17 would miss data: the workbook's relationships use absolute targets, or
    // the first worksheet holds inline strings (looked for in its first 256 KB only).
    static bool needsFallback(const QString &path);

    // Which cell formats (xf index) of the workbook show numbers as dates, and the workbook's date
    // origin. liborcus reads the styles after the sheets, too late to tell dates while streaming
    // rows, so the orcus path reads them here first.
    struct DateStyles {
        std::vector<bool> xfIsDate;
        QDate origin{1899, 12, 30};
    };
    static DateStyles dateStyles(const QString &path);

private:
    QString m_path;
};

} // namespace imbang
