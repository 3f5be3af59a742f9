#include "abksheetreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <cctype>
#include <exception>
#include <stdexcept>
#include <map>
#include <string>
#include <vector>

namespace imbang {
namespace {

namespace iface = orcus::spreadsheet::iface;
using orcus::spreadsheet::col_t;
using orcus::spreadsheet::row_t;

QString fromView(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// The cells of one sheet, sparse, as orcus reports them.
class CellStore {
public:
    void set(row_t row, col_t col, QVariant value) {
        if (row < 0 || col < 0 || col > 200)
            return; // ABK sheets have 8 columns; far-right cells are notes and styling
        m_cells[row][col] = std::move(value);
    }
    AbkSheetReader::Rows rows() const {
        AbkSheetReader::Rows out;
        for (const auto &[row, cols] : m_cells) {
            while (out.size() < row)
                out.append(QVariantList());
            QVariantList line;
            for (const auto &[col, value] : cols) {
                while (line.size() < col)
                    line.append(QVariant());
                line.append(value);
            }
            out.append(line);
        }
        return out;
    }

private:
    std::map<row_t, std::map<col_t, QVariant>> m_cells;
};

class SharedStrings : public iface::import_shared_strings {
public:
    size_t append(std::string_view s) override {
        m_strings.push_back(fromView(s));
        return m_strings.size() - 1;
    }
    size_t add(std::string_view s) override { return append(s); }
    void set_segment_font(size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(orcus::spreadsheet::color_elem_t, orcus::spreadsheet::color_elem_t,
                                orcus::spreadsheet::color_elem_t, orcus::spreadsheet::color_elem_t) override {}
    void append_segment(std::string_view s) override { m_segments += fromView(s); }
    size_t commit_segments() override {
        m_strings.push_back(m_segments);
        m_segments.clear();
        return m_strings.size() - 1;
    }
    QString at(size_t index) const { return index < m_strings.size() ? m_strings[index] : QString(); }

private:
    std::vector<QString> m_strings;
    QString m_segments;
};

// Formula cells: only the cached result matters here.
class FormulaResult : public iface::import_formula {
public:
    explicit FormulaResult(CellStore &cells) : m_cells(cells) {}
    void set_position(row_t row, col_t col) override {
        m_row = row;
        m_col = col;
        m_value = QVariant();
    }
    void set_formula(orcus::spreadsheet::formula_grammar_t, std::string_view) override {}
    void set_shared_formula_index(size_t) override {}
    void set_result_string(std::string_view value) override { m_value = fromView(value); }
    void set_result_value(double value) override { m_value = value; }
    void set_result_bool(bool value) override { m_value = value ? 1.0 : 0.0; }
    void set_result_empty() override { m_value = QVariant(); }
    void commit() override {
        if (m_value.isValid())
            m_cells.set(m_row, m_col, m_value);
    }

private:
    CellStore &m_cells;
    row_t m_row = 0;
    col_t m_col = 0;
    QVariant m_value;
};

class Sheet : public iface::import_sheet {
public:
    explicit Sheet(const SharedStrings &strings) : m_strings(strings), m_formula(m_cells) {}
    iface::import_formula *get_formula() override { return &m_formula; }
    void set_auto(row_t row, col_t col, std::string_view s) override { m_cells.set(row, col, fromView(s)); }
    void set_string(row_t row, col_t col, orcus::spreadsheet::string_id_t index) override {
        m_cells.set(row, col, m_strings.at(index));
    }
    void set_value(row_t row, col_t col, double value) override { m_cells.set(row, col, value); }
    void set_bool(row_t row, col_t col, bool value) override { m_cells.set(row, col, value ? 1.0 : 0.0); }
    void set_date_time(row_t row, col_t col, int year, int month, int day, int, int, double) override {
        m_cells.set(row, col, QDate(year, month, day).toString(Qt::ISODate));
    }
    void set_format(row_t, col_t, size_t) override {}
    void set_format(row_t, col_t, row_t, col_t, size_t) override {}
    void fill_down_cells(row_t, col_t, row_t) override {}
    orcus::spreadsheet::range_size_t get_sheet_size() const override { return {1048576, 16384}; }
    AbkSheetReader::Rows rows() const { return m_cells.rows(); }

private:
    const SharedStrings &m_strings;
    CellStore m_cells;
    FormulaResult m_formula;
};

// Cell references in the file ("B12", "A1:C3"): orcus needs them to place formula results. Sheet names
// in references are not needed for ABK sheets and are dropped.
class ReferenceResolver : public iface::import_reference_resolver {
public:
    orcus::spreadsheet::src_address_t resolve_address(std::string_view address) override {
        const std::string_view a = address.substr(address.find('!') == std::string_view::npos ? 0 : address.find('!') + 1);
        orcus::spreadsheet::src_address_t result{0, 0, 0};
        size_t i = 0;
        int column = 0;
        for (; i < a.size() && (std::isalpha(static_cast<unsigned char>(a[i])) || a[i] == '$'); ++i)
            if (a[i] != '$')
                column = column * 26 + (std::toupper(static_cast<unsigned char>(a[i])) - 'A' + 1);
        int row = 0;
        for (; i < a.size(); ++i)
            if (std::isdigit(static_cast<unsigned char>(a[i])))
                row = row * 10 + (a[i] - '0');
        if (column == 0 || row == 0)
            throw std::invalid_argument("not a cell address");
        result.row = row - 1;
        result.column = column - 1;
        return result;
    }
    orcus::spreadsheet::src_range_t resolve_range(std::string_view range) override {
        const size_t colon = range.find(':');
        if (colon == std::string_view::npos) {
            const auto single = resolve_address(range);
            return {single, single};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

// Collects the first sheet only; the others get a sheet that is read and thrown away.
class Factory : public iface::import_factory {
public:
    iface::import_shared_strings *get_shared_strings() override { return &m_strings; }
    iface::import_reference_resolver *get_reference_resolver(orcus::spreadsheet::formula_ref_context_t) override {
        return &m_resolver;
    }
    iface::import_sheet *append_sheet(orcus::spreadsheet::sheet_t, std::string_view name) override {
        m_sheets.push_back(std::make_unique<Sheet>(m_strings));
        m_names.emplace_back(name);
        return m_sheets.back().get();
    }
    iface::import_sheet *get_sheet(std::string_view name) override {
        for (size_t i = 0; i < m_names.size(); ++i)
            if (m_names[i] == name)
                return m_sheets[i].get();
        return nullptr;
    }
    iface::import_sheet *get_sheet(orcus::spreadsheet::sheet_t index) override {
        return index >= 0 && size_t(index) < m_sheets.size() ? m_sheets[size_t(index)].get() : nullptr;
    }
    void finalize() override {}
    AbkSheetReader::Rows firstSheet() const { return m_sheets.empty() ? AbkSheetReader::Rows() : m_sheets.front()->rows(); }

private:
    SharedStrings m_strings;
    ReferenceResolver m_resolver;
    std::vector<std::unique_ptr<Sheet>> m_sheets;
    std::vector<std::string> m_names;
};

QChar guessSeparator(const QString &firstLine) {
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar c : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')}) {
        const qsizetype n = firstLine.count(c);
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    return best;
}

} // namespace

Expected<AbkSheetReader::Rows> AbkSheetReader::read(const QString &path) {
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Expected<Rows>::failure(
            QCoreApplication::translate("AbkSheetReader", "The file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Rows>::failure(
            QCoreApplication::translate("AbkSheetReader", "The file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04"))
        return readXlsx(path);
    const QByteArray data = file.readAll();
    if (data.contains('\0'))
        return Expected<Rows>::failure(QCoreApplication::translate(
            "AbkSheetReader", "The file %1 is neither a CSV text file nor an xlsx workbook. Save the ABK sheet "
                              "as .xlsx or .csv and try again.")
                                           .arg(path));
    return readCsv(data);
}

AbkSheetReader::Rows AbkSheetReader::readCsv(const QByteArray &data) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError()) // not UTF-8: office PCs often save CSV as Windows-1252
        text = QString::fromLatin1(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar sep = guessSeparator(text.section(QLatin1Char('\n'), 0, 0));
    Rows rows;
    QVariantList row;
    QString cell;
    bool quoted = false, cellWasQuoted = false;
    const auto endCell = [&] {
        if (cell.isEmpty() && !cellWasQuoted)
            row.append(QVariant());
        else
            row.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == sep) {
            endCell();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endCell();
            rows.append(row);
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || cellWasQuoted || !row.isEmpty()) {
        endCell();
        rows.append(row);
    }
    return rows;
}

Expected<AbkSheetReader::Rows> AbkSheetReader::readXlsx(const QString &path) {
    {
        // LibreOffice's own format is a zip too; this small reader does not take it (the shared spreadsheet
        // readers will), so say what to do instead of failing obscurely.
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
        if (orcus::orcus_ods::detect(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size())) ||
            bytes.contains("application/vnd.oasis.opendocument"))
            return Expected<Rows>::failure(QCoreApplication::translate(
                "AbkSheetReader", "%1 is an OpenDocument (.ods) file. Save the ABK sheet as .xlsx or .csv in "
                                  "LibreOffice (File, Save As) and import that file.")
                                               .arg(path));
    }
    Factory factory;
    try {
        orcus::orcus_xlsx loader(&factory);
        loader.read_file(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        return Expected<Rows>::failure(
            QCoreApplication::translate("AbkSheetReader", "The workbook %1 cannot be read (%2). Open it in a "
                                                          "spreadsheet program, save it again as .xlsx and retry.")
                .arg(path, QString::fromLocal8Bit(e.what())));
    }
    return factory.firstSheet();
}

} // namespace imbang
