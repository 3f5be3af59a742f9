#include "tableoutput.h"

#include "access/exportlog.h"
#include "output/spreadsheetexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace imbang::cli {

int deliverTable(Context &ctx, const QCommandLineParser &parser, const TextTable &table, const XlsxExport &xlsx) {
    // Not every command offers every format: asking the parser about an option it does not know
    // prints a warning, asking which options were given does not.
    const QStringList given = parser.optionNames();
    const auto isSet = [&given](const QString &option) { return given.contains(option); };
    if (isSet(QStringLiteral("xlsx"))) {
        const QString path = parser.value(QStringLiteral("xlsx"));
        if (Status s = spreadsheetexport::writeXlsx(table, path, xlsx.sheetTitle); !s)
            return ctx.fail(s.error());
        Q_UNUSED(exportlog::record(xlsx.db, xlsx.logKind, path, int(table.rows.size())))
        ctx.out() << QCoreApplication::translate("Cli", "%n row(s) written to %1.", "", int(table.rows.size()))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
        return Success;
    }
    QTextStream &out = ctx.out();
    out.setEncoding(QStringConverter::Utf8);
    if (isSet(QStringLiteral("json")))
        out << output::toJson(table);
    else if (isSet(QStringLiteral("csv")))
        out << output::toCsv(table);
    else
        out << output::toAligned(table);
    out.flush();
    return Success;
}

} // namespace imbang::cli
