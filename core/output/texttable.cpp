#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace imbang::output {
namespace {

QString csvCell(QString cell, const CsvOptions &options) {
    if (options.neutraliseFormulas && looksLikeFormula(cell))
        cell.prepend(QLatin1Char('\''));
    const bool quote = cell.contains(options.separator) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString csvLine(const QStringList &cells, const CsvOptions &options) {
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << csvCell(cell, options);
    return out.join(options.separator) + QStringLiteral("\r\n");
}

} // namespace

bool looksLikeFormula(const QString &cell) {
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QByteArray toCsv(const TextTable &table, const CsvOptions &options) {
    QString text = csvLine(table.headers, options);
    for (const QStringList &row : table.rows)
        text += csvLine(row, options);
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QByteArray toJson(const TextTable &table) {
    QJsonArray array;
    for (const QStringList &row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.keys.size() && i < row.size(); ++i)
            object.insert(table.keys.at(i), row.at(i));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toAligned(const TextTable &table) {
    QList<qsizetype> widths(table.headers.size(), 0);
    const auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    };
    measure(table.headers);
    for (const QStringList &row : table.rows)
        measure(row);
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            padded << (i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
        return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString text = line(table.headers);
    for (const QStringList &row : table.rows)
        text += line(row);
    return text.toUtf8();
}

} // namespace imbang::output
