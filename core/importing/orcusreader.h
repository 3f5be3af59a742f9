#pragma once

#include "importing/spreadsheetreader.h"

namespace imbang {

// Reads .xlsx (Excel, LibreOffice, libxlsxwriter) and .ods through liborcus' streaming import
// interfaces: orcus calls back for every cell and the reader hands each finished row to the sink,
// so no document model of the whole workbook is built.
class OrcusReader : public SpreadsheetReader {
public:
    OrcusReader(QString path, SpreadsheetFormat format) : m_path(std::move(path)), m_format(format) {}
    Status read(RowSink &sink) override;

private:
    QString m_path;
    SpreadsheetFormat m_format;
};

} // namespace imbang
