#include "odsreader.h"

#include "importing/zipdirectory.h"

#include <QCoreApplication>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace imbang {
namespace {

struct StopReading {};

QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Replaces the five XML entities and character references.
void appendDecoded(std::string &out, std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(text.substr(i));
            return;
        }
        out.append(text.substr(i, amp - i));
        const size_t semi = text.find(';', amp);
        if (semi == std::string_view::npos) {
            out.append(text.substr(amp));
            return;
        }
        const std::string_view entity = text.substr(amp + 1, semi - amp - 1);
        if (entity == "amp")
            out += '&';
        else if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "quot")
            out += '"';
        else if (entity == "apos")
            out += '\'';
        else if (!entity.empty() && entity[0] == '#') {
            const bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
            const char32_t code = char32_t(std::stoul(std::string(entity.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10));
            out.append(QString::fromUcs4(&code, 1).toStdString());
        } else {
            out.append(text.substr(amp, semi - amp + 1));
        }
        i = semi + 1;
    }
}

// The attribute `name` of a start tag (its text between '<' and '>'), decoded; empty if absent.
bool attribute(std::string_view tag, std::string_view name, std::string &value) {
    size_t pos = 0;
    while ((pos = tag.find(name, pos)) != std::string_view::npos) {
        const size_t eq = pos + name.size();
        const bool boundary = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n' ||
                                          tag[pos - 1] == '\r');
        if (boundary && eq + 1 < tag.size() && tag[eq] == '=' && (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
            const char quote = tag[eq + 1];
            const size_t end = tag.find(quote, eq + 2);
            if (end == std::string_view::npos)
                return false;
            value.clear();
            appendDecoded(value, tag.substr(eq + 2, end - eq - 2));
            return true;
        }
        pos = eq;
    }
    return false;
}

int intAttribute(std::string_view tag, std::string_view name, int fallback) {
    std::string v;
    if (!attribute(tag, name, v))
        return fallback;
    try {
        return std::max(1, std::stoi(v));
    } catch (const std::exception &) {
        return fallback;
    }
}

// Scans the tags of content.xml as they arrive and builds rows.
class Scanner {
public:
    explicit Scanner(RowSink &sink) : m_sink(sink) {}

    // Consumes what it can of `m_buffer` after new data was appended.
    void feed(const char *data, qsizetype size) {
        m_buffer.append(data, size_t(size));
        size_t pos = 0;
        while (pos < m_buffer.size()) {
            if (m_buffer[pos] != '<') {
                const size_t lt = m_buffer.find('<', pos);
                if (lt == std::string::npos)
                    break; // text continues in the next piece
                text(std::string_view(m_buffer).substr(pos, lt - pos));
                pos = lt;
                continue;
            }
            // Find the end of the tag, skipping quoted attribute values.
            size_t end = pos + 1;
            char quote = 0;
            for (; end < m_buffer.size(); ++end) {
                const char c = m_buffer[end];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            if (end >= m_buffer.size())
                break;
            tag(std::string_view(m_buffer).substr(pos + 1, end - pos - 1));
            pos = end + 1;
        }
        m_buffer.erase(0, pos);
    }

    void finish() { flushRow(); }

private:
    void tag(std::string_view t) {
        if (t.empty() || t[0] == '?' || t[0] == '!')
            return;
        const bool closing = t[0] == '/';
        const bool selfClosing = t.back() == '/';
        const std::string_view body = closing ? t.substr(1) : t;
        const size_t nameEnd = body.find_first_of(" \t\r\n/");
        const std::string_view name = body.substr(0, nameEnd);
        if (closing) {
            end(name);
            return;
        }
        start(name, body);
        if (selfClosing)
            end(name);
    }

    void start(std::string_view name, std::string_view t) {
        if (m_annotation > 0) {
            if (name == "office:annotation")
                ++m_annotation;
            return;
        }
        if (name == "table:table") {
            flushRow();
            std::string sheetName;
            attribute(t, "table:name", sheetName);
            m_wanted = m_sink.beginSheet(++m_sheet, toQString(sheetName));
            m_rowNumber = 0;
        } else if (name == "table:table-row") {
            m_rowRepeat = intAttribute(t, "table:number-rows-repeated", 1);
            m_cells.clear();
            m_column = 0;
        } else if (name == "table:table-cell" || name == "table:covered-table-cell") {
            m_inCell = true;
            m_cellRepeat = intAttribute(t, "table:number-columns-repeated", 1);
            m_paragraphs = 0;
            m_text.clear();
            m_cell = Cell();
            if (!m_wanted)
                return;
            std::string type, value;
            attribute(t, "office:value-type", type);
            if (type == "float" || type == "percentage" || type == "currency") {
                if (attribute(t, "office:value", value))
                    m_cell = Cell::fromNumber(QByteArray::fromStdString(value).toDouble());
            } else if (type == "date") {
                if (attribute(t, "office:date-value", value)) {
                    const QDate d = QDate::fromString(toQString(value).left(10), Qt::ISODate);
                    if (d.isValid())
                        m_cell = Cell::fromDate(d);
                }
            } else if (type == "boolean") {
                if (attribute(t, "office:boolean-value", value))
                    m_cell = Cell::fromBool(value == "true");
            } else if (type == "string" && attribute(t, "office:string-value", value)) {
                m_cell = Cell::fromText(toQString(value));
            }
            m_typed = m_cell.kind != Cell::Kind::Empty;
        } else if (name == "office:annotation") {
            m_annotation = 1;
        } else if (m_inCell && name == "text:p") {
            if (m_paragraphs++ > 0)
                m_text += '\n';
        } else if (m_inCell && name == "text:s") {
            m_text.append(size_t(intAttribute(t, "text:c", 1)), ' ');
        } else if (m_inCell && name == "text:tab") {
            m_text += '\t';
        } else if (m_inCell && name == "text:line-break") {
            m_text += '\n';
        }
    }

    void end(std::string_view name) {
        if (m_annotation > 0) {
            if (name == "office:annotation")
                --m_annotation;
            return;
        }
        if (name == "table:table-cell" || name == "table:covered-table-cell") {
            m_inCell = false;
            if (m_wanted) {
                Cell cell = m_typed ? m_cell : (m_paragraphs > 0 ? Cell::fromText(shared(m_text)) : Cell());
                if (cell.kind != Cell::Kind::Empty || m_column + m_cellRepeat < 16384)
                    for (int i = 0; i < m_cellRepeat && m_column < 16384; ++i, ++m_column) {
                        if (cell.kind == Cell::Kind::Empty)
                            continue;
                        if (m_cells.size() <= size_t(m_column))
                            m_cells.resize(size_t(m_column) + 1);
                        m_cells[size_t(m_column)] = cell;
                    }
                else
                    m_column += m_cellRepeat;
            }
        } else if (name == "table:table-row") {
            if (m_wanted) {
                bool any = false;
                for (const Cell &c : m_cells)
                    any = any || !c.isEmpty();
                for (int r = 0; r < m_rowRepeat; ++r) {
                    ++m_rowNumber;
                    if (!any)
                        continue; // blank rows, often repeated a million times at the end
                    SourceRow row;
                    row.number = m_rowNumber;
                    row.cells = QList<Cell>(m_cells.begin(), m_cells.end());
                    if (!m_sink.addRow(m_sheet, std::move(row)))
                        throw StopReading();
                }
            }
            m_cells.clear();
        } else if (name == "text:p") {
            // paragraphs are joined with a line break in start()
        }
    }

    void text(std::string_view t) {
        if (m_inCell && m_paragraphs > 0 && m_annotation == 0 && m_wanted)
            appendDecoded(m_text, t);
    }

    void flushRow() { m_cells.clear(); }

    // The text as a QString, shared with the earlier cells of the column that had the same text:
    // unit, position, rank and place names repeat thousands of times, and one QString for each saves
    // much memory (xlsx has this from its shared-string table). A column of mostly distinct values
    // (NIP, name) stops being looked up after a while.
    QString shared(const std::string &text) {
        if (m_column < 0 || m_column >= 1024)
            return toQString(text);
        if (m_columnStrings.size() <= size_t(m_column))
            m_columnStrings.resize(size_t(m_column) + 1);
        ColumnStrings &column = m_columnStrings[size_t(m_column)];
        if (column.distinctOnly)
            return toQString(text);
        if (const auto it = column.strings.find(text); it != column.strings.end())
            return it->second;
        QString value = toQString(text);
        if (column.strings.size() >= 4096) {
            column.distinctOnly = true;
            column.strings = {};
        } else {
            column.strings.emplace(text, value);
        }
        return value;
    }

    struct ColumnStrings {
        std::unordered_map<std::string, QString> strings;
        bool distinctOnly = false;
    };
    std::vector<ColumnStrings> m_columnStrings;

    RowSink &m_sink;
    std::string m_buffer;
    int m_sheet = -1;
    bool m_wanted = false;
    int m_rowNumber = 0;
    int m_rowRepeat = 1;
    int m_cellRepeat = 1;
    int m_column = 0;
    bool m_inCell = false;
    bool m_typed = false;
    int m_paragraphs = 0;
    int m_annotation = 0;
    std::string m_text;
    Cell m_cell;
    std::vector<Cell> m_cells;
};

} // namespace

Status OdsReader::read(RowSink &sink) {
    auto directory = ZipDirectory::read(m_path);
    if (!directory)
        return Status::failure(directory.error());
    const ZipEntry *content = directory->find(QStringLiteral("content.xml"));
    if (!content)
        return Status::failure(QCoreApplication::translate(
            "OrcusReader", "The file is damaged and cannot be read (%1). Open it in the spreadsheet program, save it "
                           "again and import the new file.")
                                   .arg(QStringLiteral("content.xml")));
    Scanner scanner(sink);
    try {
        if (Status s = ZipDirectory::inflate(m_path, *content, [&scanner](const char *data, qsizetype size) {
                scanner.feed(data, size);
                return true;
            });
            !s)
            return s;
        scanner.finish();
    } catch (const StopReading &) {
        return {};
    } catch (const std::bad_alloc &) {
        return Status::failure(QCoreApplication::translate(
            "OrcusReader", "The file is too large to read in the memory of this computer. Split it into smaller "
                           "files and import them one after another."));
    }
    return {};
}

} // namespace imbang
