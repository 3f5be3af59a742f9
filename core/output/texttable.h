#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace imbang {

// Rows of text with named columns: what `imbang-cli` prints and what list exports write.
struct TextTable {
    // How a spreadsheet should store a column; text by default. Dates are ISO text (2026-11-29)
    // in the rows and become real date cells in xlsx.
    enum class ColumnType { Text, Date, Number };

    QStringList keys;    // machine names, used as JSON keys: "nip", "name"
    QStringList headers; // translated column titles
    QList<ColumnType> types; // may be shorter than keys: missing ones are Text
    QList<QStringList> rows;

    ColumnType typeOf(qsizetype column) const { return column < types.size() ? types.at(column) : ColumnType::Text; }
};

namespace output {

struct CsvOptions {
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = false;  // Excel needs it to read UTF-8
    bool neutraliseFormulas = false; // prefix cells a spreadsheet would run as a formula with '
};

// RFC 4180 quoting; UTF-8.
QByteArray toCsv(const TextTable &table, const CsvOptions &options = {});
// An array of objects keyed by `keys`.
QByteArray toJson(const TextTable &table);
// Columns padded for a terminal.
QByteArray toAligned(const TextTable &table);

// Cells beginning with = + - @ tab or CR are formulas to Excel and LibreOffice.
bool looksLikeFormula(const QString &cell);

} // namespace output
} // namespace imbang
