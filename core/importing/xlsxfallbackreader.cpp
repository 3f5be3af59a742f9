#include "xlsxfallbackreader.h"

#include "importing/numberformat.h"
#include "importing/zipdirectory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <functional>
#include <string>
#include <vector>

namespace imbang {
namespace {

struct StopReading {};

QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// A SAX handler that gathers an element's attributes (orcus reports them before start_element)
// and forwards elements and text to small lambdas.
struct Handler {
    using Attributes = QHash<QString, QString>;
    std::function<void(std::string_view name, const Attributes &)> onStart;
    std::function<void(std::string_view name)> onEnd;
    std::function<void(std::string_view text)> onText;
    Attributes attributes;

    void doctype(const orcus::sax::doctype_declaration &) {}
    void start_declaration(std::string_view) {}
    void end_declaration(std::string_view) { attributes.clear(); }
    void start_element(const orcus::sax::parser_element &e) {
        if (onStart)
            onStart(e.name, attributes);
        attributes.clear();
    }
    void end_element(const orcus::sax::parser_element &e) {
        if (onEnd)
            onEnd(e.name);
    }
    void characters(std::string_view value, bool) {
        if (onText)
            onText(value);
    }
    void attribute(const orcus::sax::parser_attribute &a) {
        // Keep the prefix for r:id, drop it elsewhere.
        const QString name = a.ns == "r" ? QStringLiteral("r:") + toQString(a.name) : toQString(a.name);
        attributes.insert(name, toQString(a.value));
    }
};

void parseXml(const std::vector<unsigned char> &buffer, Handler &handler) {
    orcus::sax_parser<Handler> parser(reinterpret_cast<const char *>(buffer.data()), buffer.size(), handler);
    parser.parse();
}

// "B12" -> column 1; row from the r attribute of <row>.
int columnOf(const QString &ref) {
    int col = 0;
    for (QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            col = col * 26 + (c.unicode() - 'A' + 1);
        else
            break;
    }
    return col - 1;
}

// Resolves a relationship target against the folder of the part that refers to it.
QString resolveTarget(const QString &target, const QString &baseFolder) {
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = baseFolder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

struct SheetRef {
    QString name;
    QString part;
};

class Workbook {
public:
    explicit Workbook(const orcus::zip_archive &zip) : m_zip(zip) {}

    bool read(const QString &name, std::vector<unsigned char> &buffer) const {
        buffer.clear();
        return m_zip.read_file_entry(name.toStdString(), buffer);
    }

    // Reads the relationships, the sheet list and the styles; the shared strings too unless only
    // the styles are wanted.
    void load(bool withStrings = true) {
        std::vector<unsigned char> buffer;
        QHash<QString, QString> targets; // rId -> part
        QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
        QString stylesPart = QStringLiteral("xl/styles.xml");
        if (read(QStringLiteral("xl/_rels/workbook.xml.rels"), buffer)) {
            Handler h;
            h.onStart = [&](std::string_view name, const Handler::Attributes &a) {
                if (name != "Relationship")
                    return;
                const QString part = resolveTarget(a.value(QStringLiteral("Target")), QStringLiteral("xl"));
                const QString type = a.value(QStringLiteral("Type"));
                targets.insert(a.value(QStringLiteral("Id")), part);
                if (type.endsWith(QLatin1String("/sharedStrings")))
                    sharedStringsPart = part;
                else if (type.endsWith(QLatin1String("/styles")))
                    stylesPart = part;
            };
            parseXml(buffer, h);
        }
        if (read(QStringLiteral("xl/workbook.xml"), buffer)) {
            Handler h;
            h.onStart = [&](std::string_view name, const Handler::Attributes &a) {
                if (name == "sheet")
                    sheets.push_back({a.value(QStringLiteral("name")), targets.value(a.value(QStringLiteral("r:id")))});
                else if (name == "workbookPr") {
                    const QString d = a.value(QStringLiteral("date1904"));
                    if (d == QLatin1String("1") || d == QLatin1String("true"))
                        dateOrigin = QDate(1904, 1, 1);
                }
            };
            parseXml(buffer, h);
        }
        if (withStrings && read(sharedStringsPart, buffer))
            loadSharedStrings(buffer);
        if (read(stylesPart, buffer))
            loadStyles(buffer);
    }

    void loadSharedStrings(const std::vector<unsigned char> &buffer) {
        Handler h;
        std::string current;
        bool inText = false;
        int phonetic = 0;
        h.onStart = [&](std::string_view name, const Handler::Attributes &) {
            if (name == "si")
                current.clear();
            else if (name == "rPh")
                ++phonetic;
            else if (name == "t")
                inText = phonetic == 0;
        };
        h.onEnd = [&](std::string_view name) {
            if (name == "si")
                strings.push_back(toQString(current));
            else if (name == "rPh")
                --phonetic;
            else if (name == "t")
                inText = false;
        };
        h.onText = [&](std::string_view text) {
            if (inText)
                current.append(text);
        };
        parseXml(buffer, h);
    }

    void loadStyles(const std::vector<unsigned char> &buffer) {
        Handler h;
        QHash<int, bool> customDate;
        bool inCellXfs = false;
        h.onStart = [&](std::string_view name, const Handler::Attributes &a) {
            if (name == "numFmt")
                customDate.insert(a.value(QStringLiteral("numFmtId")).toInt(),
                                  numberformat::isDateFormat(a.value(QStringLiteral("formatCode"))));
            else if (name == "cellXfs")
                inCellXfs = true;
            else if (name == "xf" && inCellXfs) {
                const int id = a.value(QStringLiteral("numFmtId")).toInt();
                xfIsDate.push_back(customDate.contains(id) ? customDate.value(id) : numberformat::isBuiltInDateFormat(id));
            }
        };
        h.onEnd = [&](std::string_view name) {
            if (name == "cellXfs")
                inCellXfs = false;
        };
        parseXml(buffer, h);
    }

    std::vector<SheetRef> sheets;
    std::vector<QString> strings;
    std::vector<bool> xfIsDate;
    QDate dateOrigin{1899, 12, 30};

private:
    const orcus::zip_archive &m_zip;
};

Status readSheet(const Workbook &book, int index, const std::vector<unsigned char> &buffer, RowSink &sink) {
    Handler h;
    SourceRow row;
    int rowNumber = 0;
    int column = -1;
    QString type;
    int style = 0;
    std::string value;
    bool inValue = false;
    bool inInline = false;
    int nextColumn = 0;

    const auto finishRow = [&] {
        bool empty = true;
        for (const Cell &c : std::as_const(row.cells))
            empty = empty && c.isEmpty();
        if (!empty) {
            row.number = rowNumber;
            if (!sink.addRow(index, std::move(row)))
                throw StopReading();
        }
        row = SourceRow();
    };
    h.onStart = [&](std::string_view name, const Handler::Attributes &a) {
        if (name == "row") {
            const QString r = a.value(QStringLiteral("r"));
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
            nextColumn = 0;
        } else if (name == "c") {
            const QString r = a.value(QStringLiteral("r"));
            column = r.isEmpty() ? nextColumn : columnOf(r);
            type = a.value(QStringLiteral("t"));
            style = a.value(QStringLiteral("s")).toInt();
            value.clear();
        } else if (name == "v") {
            inValue = true;
        } else if (name == "is") {
            inInline = true;
        } else if (name == "t" && inInline) {
            inValue = true;
        }
    };
    h.onText = [&](std::string_view text) {
        if (inValue)
            value.append(text);
    };
    h.onEnd = [&](std::string_view name) {
        if (name == "v" || name == "t") {
            inValue = false;
        } else if (name == "is") {
            inInline = false;
        } else if (name == "c") {
            Cell cell;
            const QString v = toQString(value);
            if (type == QLatin1String("s")) {
                const size_t i = size_t(v.toLongLong());
                cell = i < book.strings.size() ? Cell::fromText(book.strings[i]) : Cell();
            } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
                cell = Cell::fromText(v);
            } else if (type == QLatin1String("b")) {
                cell = Cell::fromBool(v == QLatin1String("1"));
            } else if (type == QLatin1String("d")) {
                cell = Cell::fromDate(QDate::fromString(v.left(10), Qt::ISODate));
            } else if (type == QLatin1String("e") || v.isEmpty()) {
                cell = Cell();
            } else {
                bool ok = false;
                const double n = v.toDouble(&ok);
                if (!ok)
                    cell = Cell::fromText(v);
                else if (style >= 0 && size_t(style) < book.xfIsDate.size() && book.xfIsDate[size_t(style)] && n >= 0 &&
                         n < 2958466)
                    cell = Cell::fromDate(book.dateOrigin.addDays(qint64(n)));
                else
                    cell = Cell::fromNumber(n);
            }
            if (column >= 0 && column < 16384) {
                if (row.cells.size() <= column)
                    row.cells.resize(column + 1);
                row.cells[column] = std::move(cell);
            }
            nextColumn = column + 1;
        } else if (name == "row") {
            finishRow();
        }
    };
    parseXml(buffer, h);
    return {};
}

} // namespace

bool XlsxFallbackReader::needsFallback(const QString &path) {
    try {
        orcus::zip_archive_stream_fd stream(QFileInfo(path).absoluteFilePath().toLocal8Bit().constData());
        orcus::zip_archive zip(&stream);
        zip.load();
        std::vector<unsigned char> buffer;
        if (!zip.read_file_entry("xl/_rels/workbook.xml.rels", buffer))
            return false;
        const std::string_view rels(reinterpret_cast<const char *>(buffer.data()), buffer.size());
        if (rels.find("Target=\"/") != std::string_view::npos)
            return true;
    } catch (const std::exception &) {
        return false;
    }
    auto directory = ZipDirectory::read(path);
    if (!directory)
        return false;
    for (const ZipEntry &entry : directory->entries())
        if (entry.name.startsWith(QLatin1String("xl/worksheets/sheet")))
            if (ZipDirectory::readPrefix(path, entry, 256 * 1024).contains("t=\"inlineStr\""))
                return true;
    return false;
}

XlsxFallbackReader::DateStyles XlsxFallbackReader::dateStyles(const QString &path) {
    DateStyles styles;
    try {
        orcus::zip_archive_stream_fd stream(QFileInfo(path).absoluteFilePath().toLocal8Bit().constData());
        orcus::zip_archive zip(&stream);
        zip.load();
        Workbook book(zip);
        book.load(false);
        styles.xfIsDate = book.xfIsDate;
        styles.origin = book.dateOrigin;
    } catch (const std::exception &) {
        // The orcus reader reports the damage.
    }
    return styles;
}

Status XlsxFallbackReader::read(RowSink &sink) {
    try {
        orcus::zip_archive_stream_fd stream(QFileInfo(m_path).absoluteFilePath().toLocal8Bit().constData());
        orcus::zip_archive zip(&stream);
        zip.load();
        Workbook book(zip);
        book.load();
        sink.setDateOrigin(book.dateOrigin);
        std::vector<bool> wanted;
        for (size_t i = 0; i < book.sheets.size(); ++i)
            wanted.push_back(sink.beginSheet(int(i), book.sheets[i].name));
        std::vector<unsigned char> buffer;
        for (size_t i = 0; i < book.sheets.size(); ++i) {
            if (!wanted[i] || !book.read(book.sheets[i].part, buffer))
                continue;
            if (Status s = readSheet(book, int(i), buffer, sink); !s)
                return s;
        }
    } catch (const StopReading &) {
        return {};
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("OrcusReader", "The file is damaged and cannot be read (%1). Open it in the "
                                                       "spreadsheet program, save it again and import the new file.")
                .arg(QString::fromLocal8Bit(e.what())));
    }
    return {};
}

} // namespace imbang
