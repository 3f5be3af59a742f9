#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace imbang {

// One spreadsheet cell as the readers deliver it: what kind of value the file stored and the value.
// Kept small (the readers hold up to a few million of them): a date is stored as its Julian day in
// `number`, so there is no separate QDate member.
struct Cell {
    enum class Kind : quint8 { Empty, Text, Number, Date, Bool };

    Kind kind = Kind::Empty;
    double number = 0; // Number, Bool (0/1), Date (Julian day)
    QString text;      // Text

    static Cell fromText(QString value) { return {Kind::Text, 0, std::move(value)}; }
    static Cell fromNumber(double value) { return {Kind::Number, value, {}}; }
    static Cell fromDate(const QDate &date) { return {Kind::Date, double(date.toJulianDay()), {}}; }
    static Cell fromBool(bool value) { return {Kind::Bool, value ? 1.0 : 0.0, {}}; }

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
    QDate date() const { return kind == Kind::Date ? QDate::fromJulianDay(qint64(number)) : QDate(); }
    // The value as an office worker would see it in the sheet: numbers in full ("1.99812072025032E+17"
    // the way Excel shows a mangled NIP), dates as dd-mm-yyyy.
    QString displayText() const;
};

// A non-empty row of a sheet; `number` is the 1-based row number shown by the spreadsheet program,
// so messages and the error report point at the row the agency sees.
struct SourceRow {
    int number = 0;
    QList<Cell> cells;

    const Cell &cell(int column) const;
};

// One sheet of a workbook as read: its rows and how its numbers turn into dates.
struct Sheet {
    QString name;
    QList<SourceRow> rows;
    QDate dateOrigin{1899, 12, 30}; // day 0 of serial dates: 1899-12-30 (1900 system) or 1904-01-01
    int columnCount() const;
};

} // namespace imbang
