#pragma once

#include "importing/spreadsheetreader.h"

#include <QByteArray>
#include <QChar>
#include <QString>

namespace imbang {

// Reads .csv/.txt files as agencies and SIASN write them: the separator (`;` `,` `|` or tab) and the
// encoding (UTF-8 with or without BOM, else Windows-1252) are detected, quoted fields may hold
// separators, doubled quotes and line breaks. Every value arrives as text.
class CsvReader : public SpreadsheetReader {
public:
    explicit CsvReader(QString path) : m_path(std::move(path)) {}
    Status read(RowSink &sink) override;

    // Detection, public for tests and for the wizard's description of the file.
    static QString decode(const QByteArray &bytes, QString *encodingName = nullptr);
    static QChar detectSeparator(const QString &text);

private:
    QString m_path;
};

} // namespace imbang
