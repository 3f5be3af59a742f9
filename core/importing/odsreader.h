#pragma once

#include "importing/spreadsheetreader.h"

namespace imbang {

// Reads .ods files by streaming content.xml: it is inflated piece by piece and scanned for the
// table structure, so memory stays at the rows read. Measured on a 100,000-row LibreOffice file
// (content.xml 172 MB), liborcus 0.17's ods import needed about 870 MB and 5 s of processor time
// even with every row thrown away; this reader needs neither the whole part nor a parser model.
// OrcusReader still reads ods (tests compare the two).
class OdsReader : public SpreadsheetReader {
public:
    explicit OdsReader(QString path) : m_path(std::move(path)) {}
    Status read(RowSink &sink) override;

private:
    QString m_path;
};

} // namespace imbang
