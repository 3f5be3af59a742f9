#include "orcusreader.h"

#include "importing/xlsxfallbackreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <orcus/exception.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <orcus/zip_archive.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace imbang {
namespace {

namespace ss = orcus::spreadsheet;
namespace iface = orcus::spreadsheet::iface;

// Thrown from a callback to leave orcus' parser when the sink wants no more rows.
struct StopReading {};

QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

class SharedStrings : public iface::import_shared_strings {
public:
    std::vector<QString> strings;

    size_t append(std::string_view s) override {
        // liborcus 0.17 hands an empty xlsx <si><t/></si> over as the previous string again (the
        // same view into its buffer, same text). xlsx shared strings are unique, so the same text at
        // the same place twice in a row is that empty string. (ods passes every string through one
        // reused buffer, so the check is for xlsx only.)
        const bool stale = m_xlsx && !strings.empty() && s.data() == m_lastData && s == m_lastText;
        m_lastData = s.data();
        m_lastText.assign(s);
        strings.push_back(stale ? QString() : toQString(s));
        return strings.size() - 1;
    }
    // add() may return the index of an equal string: ods cells repeat the same unit, position and
    // rank names thousands of times, and sharing one QString for them saves much memory.
    size_t add(std::string_view s) override {
        if (m_xlsx)
            return append(s);
        const auto it = m_index.find(std::string(s));
        if (it != m_index.end())
            return it->second;
        const size_t index = append(s);
        m_index.emplace(std::string(s), index);
        return index;
    }
    void set_segment_font(size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void append_segment(std::string_view s) override { m_segments.append(s); }
    size_t commit_segments() override {
        const size_t index = append(m_segments);
        m_segments.clear();
        return index;
    }

    const QString &at(size_t index) const {
        static const QString none;
        return index < strings.size() ? strings[index] : none;
    }

    bool m_xlsx = false;

private:
    std::string m_segments;
    const char *m_lastData = nullptr;
    std::string m_lastText;
    std::unordered_map<std::string, size_t> m_index;
};

// Which cell formats show dates (xlsx only; ods marks date cells itself).
struct DateFormats {
    std::vector<bool> xfIsDate;
    bool isDate(size_t xf) const { return xf < xfIsDate.size() && xfIsDate[xf]; }
};

// The ods reader of orcus needs a styles receiver; nothing of the styles is needed here.
class NullStyles : public iface::import_styles {
public:
    void set_number_format_count(size_t) override {}
    void set_number_format_identifier(size_t) override {}
    void set_number_format_code(std::string_view) override {}
    size_t commit_number_format() override { return 0; }
    void set_xf_number_format(size_t) override {}
    size_t commit_cell_xf() override { return 0; }
    size_t commit_cell_style_xf() override { return 0; }
    size_t commit_dxf() override { return 0; }

    void set_font_count(size_t) override {}
    void set_font_bold(bool) override {}
    void set_font_italic(bool) override {}
    void set_font_name(std::string_view) override {}
    void set_font_size(double) override {}
    void set_font_underline(ss::underline_t) override {}
    void set_font_underline_width(ss::underline_width_t) override {}
    void set_font_underline_mode(ss::underline_mode_t) override {}
    void set_font_underline_type(ss::underline_type_t) override {}
    void set_font_underline_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void set_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void set_strikethrough_style(ss::strikethrough_style_t) override {}
    void set_strikethrough_type(ss::strikethrough_type_t) override {}
    void set_strikethrough_width(ss::strikethrough_width_t) override {}
    void set_strikethrough_text(ss::strikethrough_text_t) override {}
    size_t commit_font() override { return 0; }
    void set_fill_count(size_t) override {}
    void set_fill_pattern_type(ss::fill_pattern_t) override {}
    void set_fill_fg_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void set_fill_bg_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    size_t commit_fill() override { return 0; }
    void set_border_count(size_t) override {}
    void set_border_style(ss::border_direction_t, ss::border_style_t) override {}
    void set_border_color(ss::border_direction_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                          ss::color_elem_t) override {}
    void set_border_width(ss::border_direction_t, double, orcus::length_unit_t) override {}
    size_t commit_border() override { return 0; }
    void set_cell_hidden(bool) override {}
    void set_cell_locked(bool) override {}
    void set_cell_print_content(bool) override {}
    void set_cell_formula_hidden(bool) override {}
    size_t commit_cell_protection() override { return 0; }
    void set_cell_xf_count(size_t) override {}
    void set_cell_style_xf_count(size_t) override {}
    void set_dxf_count(size_t) override {}
    void set_xf_font(size_t) override {}
    void set_xf_fill(size_t) override {}
    void set_xf_border(size_t) override {}
    void set_xf_protection(size_t) override {}
    void set_xf_style_xf(size_t) override {}
    void set_xf_apply_alignment(bool) override {}
    void set_xf_horizontal_alignment(ss::hor_alignment_t) override {}
    void set_xf_vertical_alignment(ss::ver_alignment_t) override {}
    void set_cell_style_count(size_t) override {}
    void set_cell_style_name(std::string_view) override {}
    void set_cell_style_xf(size_t) override {}
    void set_cell_style_builtin(size_t) override {}
    void set_cell_style_parent_name(std::string_view) override {}
    size_t commit_cell_style() override { return 0; }
};

class GlobalSettings : public iface::import_global_settings {
public:
    QDate origin{1899, 12, 30};
    void set_origin_date(int year, int month, int day) override { origin = QDate(year, month, day); }
    void set_default_formula_grammar(ss::formula_grammar_t grammar) override { m_grammar = grammar; }
    ss::formula_grammar_t get_default_formula_grammar() const override { return m_grammar; }
    void set_character_set(orcus::character_set_t) override {}

private:
    ss::formula_grammar_t m_grammar = ss::formula_grammar_t::unknown;
};

// Resolves A1 references ("B12", "A1:N401") for orcus' sheet reader, which needs it for cell
// positions and merged ranges.
class ReferenceResolver : public iface::import_reference_resolver {
public:
    ss::src_address_t resolve_address(std::string_view address) override {
        ss::src_address_t a{0, 0, 0};
        int col = 0;
        int row = 0;
        for (char c : address) {
            if (c >= 'A' && c <= 'Z')
                col = col * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z')
                col = col * 26 + (c - 'a' + 1);
            else if (c >= '0' && c <= '9')
                row = row * 10 + (c - '0');
            else if (c != '$')
                throw orcus::invalid_arg_error("invalid cell address");
            if (row > 1048576 || col > 16384)
                throw orcus::invalid_arg_error("cell address out of range");
        }
        a.column = col - 1;
        a.row = row - 1;
        return a;
    }
    ss::src_range_t resolve_range(std::string_view range) override {
        const size_t colon = range.find(':');
        ss::src_range_t r;
        r.first = resolve_address(range.substr(0, colon));
        r.last = colon == std::string_view::npos ? r.first : resolve_address(range.substr(colon + 1));
        return r;
    }
};

class SheetReceiver;

// Formula cells: only the cached result is of interest.
class FormulaReceiver : public iface::import_formula {
public:
    explicit FormulaReceiver(SheetReceiver &sheet) : m_sheet(sheet) {}
    void set_position(ss::row_t row, ss::col_t col) override {
        m_row = row;
        m_col = col;
        m_result = Cell();
    }
    void set_formula(ss::formula_grammar_t, std::string_view) override {}
    void set_shared_formula_index(size_t) override {}
    void set_result_string(std::string_view value) override { m_result = Cell::fromText(toQString(value)); }
    void set_result_value(double value) override { m_result = Cell::fromNumber(value); }
    void set_result_bool(bool value) override { m_result = Cell::fromBool(value); }
    void set_result_empty() override { m_result = Cell(); }
    void commit() override;

private:
    SheetReceiver &m_sheet;
    ss::row_t m_row = 0;
    ss::col_t m_col = 0;
    Cell m_result;
};

// Collects the cells of the current row and hands the row to the sink when the next one starts.
class SheetReceiver : public iface::import_sheet {
public:
    SheetReceiver(RowSink &sink, int index, const SharedStrings &strings, const DateFormats &styles, bool wanted)
        : m_sink(sink), m_index(index), m_strings(strings), m_styles(styles), m_wanted(wanted), m_formula(*this) {}

    iface::import_formula *get_formula() override { return m_wanted ? &m_formula : nullptr; }

    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override {
        put(row, col, Cell::fromText(toQString(s)));
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t id) override {
        if (m_wanted)
            put(row, col, Cell::fromText(m_strings.at(id)));
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override { put(row, col, Cell::fromNumber(value)); }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override { put(row, col, Cell::fromBool(value)); }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int, int, double) override {
        const QDate date(year, month, day);
        put(row, col, date.isValid() ? Cell::fromDate(date) : Cell());
    }
    void set_format(ss::row_t row, ss::col_t col, size_t xf) override {
        if (!m_wanted || !m_styles.isDate(xf))
            return;
        moveTo(row);
        if (row == m_row) {
            if (size_t(col) >= m_dateColumns.size())
                m_dateColumns.resize(size_t(col) + 1);
            m_dateColumns[size_t(col)] = true;
        }
    }
    void set_format(ss::row_t row_start, ss::col_t col_start, ss::row_t row_end, ss::col_t col_end,
                    size_t xf) override {
        for (ss::row_t r = row_start; r <= row_end && r == m_row; ++r)
            for (ss::col_t c = col_start; c <= col_end && c < 1024; ++c)
                set_format(r, c, xf);
    }
    void fill_down_cells(ss::row_t src_row, ss::col_t src_col, ss::row_t range_size) override {
        if (!m_wanted || src_row != m_row || size_t(src_col) >= m_cells.size())
            return;
        m_fills.push_back({src_col, range_size});
    }
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }

    void put(ss::row_t row, ss::col_t col, Cell cell) {
        if (!m_wanted)
            return;
        moveTo(row);
        if (row != m_row || col < 0 || col >= 16384)
            return; // a late formula result for a row already handed on
        if (size_t(col) >= m_cells.size())
            m_cells.resize(size_t(col) + 1);
        m_cells[size_t(col)] = std::move(cell);
    }

    void finish() { flush(); }

private:
    void moveTo(ss::row_t row) {
        if (row > m_row) {
            flush();
            m_row = row;
        }
    }

    void flush() {
        if (m_cells.empty())
            return;
        for (size_t c = 0; c < m_dateColumns.size() && c < m_cells.size(); ++c)
            if (m_dateColumns[c] && m_cells[c].kind == Cell::Kind::Number)
                m_cells[c] = serialToDate(m_cells[c].number);
        SourceRow row;
        row.number = m_row + 1;
        row.cells = QList<Cell>(m_cells.begin(), m_cells.end());
        // Repeated rows (ods table:number-rows-repeated) come as fill-downs of the row's cells.
        std::vector<std::pair<ss::col_t, ss::row_t>> fills;
        fills.swap(m_fills);
        m_cells.clear();
        m_dateColumns.clear();
        emitRow(std::move(row));
        ss::row_t repeat = 0;
        for (const auto &f : fills)
            repeat = std::max(repeat, f.second);
        for (ss::row_t r = 1; r <= repeat; ++r) {
            SourceRow copy;
            copy.number = m_row + 1 + r;
            for (const auto &f : fills)
                if (r <= f.second) {
                    if (copy.cells.size() <= f.first)
                        copy.cells.resize(f.first + 1);
                    copy.cells[f.first] = m_lastRow.cell(f.first);
                }
            emitRow(std::move(copy));
        }
        if (repeat > 0)
            m_row += repeat;
    }

    void emitRow(SourceRow &&row) {
        bool empty = true;
        for (const Cell &c : std::as_const(row.cells))
            empty = empty && c.isEmpty();
        if (empty)
            return;
        m_lastRow = row;
        if (!m_sink.addRow(m_index, std::move(row)))
            throw StopReading();
    }

public:
    void setDateOrigin(const QDate &origin) { m_origin = origin; }

private:
    Cell serialToDate(double serial) const {
        if (serial < 0 || serial > 2958465) // 9999-12-31
            return Cell::fromNumber(serial);
        return Cell::fromDate(m_origin.addDays(qint64(serial)));
    }

    RowSink &m_sink;
    int m_index;
    const SharedStrings &m_strings;
    const DateFormats &m_styles;
    bool m_wanted;
    FormulaReceiver m_formula;
    ss::row_t m_row = 0;
    std::vector<Cell> m_cells;
    std::vector<bool> m_dateColumns;
    std::vector<std::pair<ss::col_t, ss::row_t>> m_fills;
    SourceRow m_lastRow;
    QDate m_origin{1899, 12, 30};
};

void FormulaReceiver::commit() { m_sheet.put(m_row, m_col, m_result); }

class Factory : public iface::import_factory {
public:
    Factory(RowSink &sink, DateFormats formats, const QDate &origin, bool xlsx)
        : m_sink(sink), m_styles(std::move(formats)) {
        m_settings.origin = origin;
        m_strings.m_xlsx = xlsx;
    }

    iface::import_global_settings *get_global_settings() override { return &m_settings; }
    iface::import_shared_strings *get_shared_strings() override { return &m_strings; }
    iface::import_styles *get_styles() override { return &m_nullStyles; }
    iface::import_reference_resolver *get_reference_resolver(ss::formula_ref_context_t) override { return &m_resolver; }

    iface::import_sheet *append_sheet(ss::sheet_t index, std::string_view name) override {
        if (!m_originSent) {
            m_sink.setDateOrigin(m_settings.origin);
            m_originSent = true;
        }
        const bool wanted = m_sink.beginSheet(int(index), toQString(name));
        m_names.emplace_back(name);
        m_sheets.push_back(std::make_unique<SheetReceiver>(m_sink, int(index), m_strings, m_styles, wanted));
        m_sheets.back()->setDateOrigin(m_settings.origin);
        return m_sheets.back().get();
    }
    iface::import_sheet *get_sheet(std::string_view name) override {
        for (size_t i = 0; i < m_names.size(); ++i)
            if (m_names[i] == name)
                return m_sheets[i].get();
        return nullptr;
    }
    iface::import_sheet *get_sheet(ss::sheet_t index) override {
        return index >= 0 && size_t(index) < m_sheets.size() ? m_sheets[size_t(index)].get() : nullptr;
    }
    void finalize() override { finishAll(); }

    // Hands on the last row of every sheet (rows are passed on when the next one starts).
    void finishAll() {
        for (auto &sheet : m_sheets)
            sheet->finish();
    }

private:
    RowSink &m_sink;
    GlobalSettings m_settings;
    SharedStrings m_strings;
    DateFormats m_styles;
    NullStyles m_nullStyles;
    ReferenceResolver m_resolver;
    std::vector<std::unique_ptr<SheetReceiver>> m_sheets;
    std::vector<std::string> m_names;
    bool m_originSent = false;
};

} // namespace

Status OrcusReader::read(RowSink &sink) {
    DateFormats formats;
    QDate origin(1899, 12, 30);
    if (m_format == SpreadsheetFormat::Xlsx) {
        auto styles = XlsxFallbackReader::dateStyles(m_path);
        formats.xfIsDate = std::move(styles.xfIsDate);
        origin = styles.origin;
    }
    Factory factory(sink, std::move(formats), origin, m_format == SpreadsheetFormat::Xlsx);
    const std::string path = QFileInfo(m_path).absoluteFilePath().toStdString();
    try {
        if (m_format == SpreadsheetFormat::Xlsx) {
            orcus::orcus_xlsx filter(&factory);
            filter.read_file(path);
        } else {
            orcus::orcus_ods filter(&factory);
            filter.read_file(path);
        }
        factory.finishAll();
    } catch (const StopReading &) {
        return {};
    } catch (const std::bad_alloc &) {
        return Status::failure(QCoreApplication::translate(
            "OrcusReader", "The file is too large to read in the memory of this computer. Split it into smaller "
                           "files and import them one after another."));
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("OrcusReader", "The file is damaged and cannot be read (%1). Open it in the "
                                                       "spreadsheet program, save it again and import the new file.")
                .arg(QString::fromLocal8Bit(e.what())));
    }
    return {};
}

} // namespace imbang
