#include "workbookloader.h"

#include "importing/csvreader.h"
#include "importing/odsreader.h"
#include "importing/orcusreader.h"
#include "importing/xlsxfallbackreader.h"
#include "importing/zipdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <vector>

namespace imbang {
namespace {

// Gathers the rows into a Workbook and enforces the row limit.
class Collector : public RowSink {
public:
    Collector(Workbook &book, const LoadOptions &options) : m_book(book), m_options(options) {}

    bool beginSheet(int index, const QString &name) override {
        while (m_book.sheets.size() <= index)
            m_book.sheets.append(Sheet());
        m_book.sheets[index].name = name;
        m_book.sheets[index].dateOrigin = m_origin;
        return m_options.sheet < 0 || m_options.sheet == index;
    }
    void setDateOrigin(const QDate &origin) override {
        m_origin = origin;
        for (Sheet &s : m_book.sheets)
            s.dateOrigin = origin;
    }
    bool addRow(int sheet, SourceRow &&row) override {
        if (sheet < 0 || sheet >= m_book.sheets.size())
            return true;
        if (++m_rows > m_options.limits.maxRows) {
            tooManyRows = true;
            return false;
        }
        m_book.sheets[sheet].rows.append(std::move(row));
        if (m_options.progress && m_rows % 2000 == 0 && !m_options.progress(m_rows)) {
            cancelled = true;
            return false;
        }
        return true;
    }
    int rows() const { return m_rows; }

    bool tooManyRows = false;
    bool cancelled = false;

private:
    Workbook &m_book;
    const LoadOptions &m_options;
    QDate m_origin{1899, 12, 30};
    int m_rows = 0;
};

QString notASpreadsheet(const QString &name) {
    return QCoreApplication::translate(
               "WorkbookLoader", "%1 is not a spreadsheet. Imbang reads Excel workbooks (.xlsx), LibreOffice "
                                 "spreadsheets (.ods) and CSV text files (.csv). Ask the agency for one of these.")
        .arg(name);
}

QString passwordProtected(const QString &name) {
    return QCoreApplication::translate(
               "WorkbookLoader", "%1 is protected with a password, so it cannot be read. Open it in the spreadsheet "
                                 "program with the password, save a copy without a password and import that copy.")
        .arg(name);
}

bool looksLikeText(const QByteArray &head) {
    if (head.contains('\0'))
        return false;
    int control = 0;
    for (char c : head) {
        const auto b = uchar(c);
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t')
            ++control;
    }
    return control * 100 <= head.size();
}

bool odsIsEncrypted(const QString &path) {
    try {
        orcus::zip_archive_stream_fd stream(QFileInfo(path).absoluteFilePath().toLocal8Bit().constData());
        orcus::zip_archive zip(&stream);
        zip.load();
        std::vector<unsigned char> buffer;
        if (!zip.read_file_entry("META-INF/manifest.xml", buffer))
            return false;
        const std::string_view manifest(reinterpret_cast<const char *>(buffer.data()), buffer.size());
        return manifest.find("encryption-data") != std::string_view::npos;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

int Workbook::firstSheetWithData() const {
    for (int i = 0; i < sheets.size(); ++i)
        if (!sheets.at(i).rows.isEmpty())
            return i;
    return -1;
}

Expected<SpreadsheetFormat> WorkbookLoader::detect(const QString &path, const ReadLimits &limits) {
    using Result = Expected<SpreadsheetFormat>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Result::failure(QCoreApplication::translate("WorkbookLoader", "The file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(
            QCoreApplication::translate("WorkbookLoader", "The file %1 cannot be opened: %2").arg(name, file.errorString()));
    if (file.size() == 0)
        return Result::failure(QCoreApplication::translate(
                                   "WorkbookLoader", "%1 is empty (0 bytes). Ask the agency to send the file again.")
                                   .arg(name));
    const QByteArray head = file.read(64 * 1024);
    file.close();

    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE2 container: Excel's encrypted xlsx, or the old binary .xls format.
        QFile whole(path);
        whole.open(QIODevice::ReadOnly);
        const QByteArray bytes = whole.read(4 * 1024 * 1024);
        const QByteArray encrypted = QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (bytes.contains(encrypted))
            return Result::failure(passwordProtected(name));
        return Result::failure(QCoreApplication::translate(
                                   "WorkbookLoader", "%1 is in the old Excel 97-2003 format (.xls). Open it in Excel "
                                                     "or LibreOffice, choose \"Save As\", pick \"Excel Workbook (.xlsx)\" "
                                                     "and import the saved file.")
                                   .arg(name));
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        auto directory = ZipDirectory::read(path);
        if (!directory)
            return Result::failure(QStringLiteral("%1: %2").arg(name, directory.error()));
        const bool xlsx = directory->contains(QStringLiteral("xl/workbook.xml"));
        const bool ods = directory->contains(QStringLiteral("content.xml")) &&
                         head.mid(30, 60).contains("opendocument.spreadsheet");
        if (!xlsx && !ods) {
            if (directory->contains(QStringLiteral("EncryptedPackage")))
                return Result::failure(passwordProtected(name));
            return Result::failure(notASpreadsheet(name));
        }
        if (directory->anyEncrypted() || (ods && odsIsEncrypted(path)))
            return Result::failure(passwordProtected(name));
        const quint64 inflated = directory->totalUncompressedSize();
        if (inflated > limits.maxInflatedBytes)
            return Result::failure(
                QCoreApplication::translate(
                    "WorkbookLoader", "%1 would unpack to %2 MB, more than the %3 MB an import may use. A genuine staff "
                                      "list is far smaller: the file is damaged or was made to overload the computer. "
                                      "Ask the agency for a new copy, or split a very large list into several files.")
                    .arg(name)
                    .arg(inflated / (1024 * 1024))
                    .arg(limits.maxInflatedBytes / (1024 * 1024)));
        return xlsx ? SpreadsheetFormat::Xlsx : SpreadsheetFormat::Ods;
    }
    if (looksLikeText(head))
        return SpreadsheetFormat::Csv;
    return Result::failure(notASpreadsheet(name));
}

Expected<Workbook> WorkbookLoader::load(const QString &path, const LoadOptions &options) {
    auto format = detect(path, options.limits);
    if (!format)
        return Expected<Workbook>::failure(format.error());

    const auto run = [&](SpreadsheetReader &reader) -> Expected<Workbook> {
        Workbook book;
        book.format = *format;
        Collector collector(book, options);
        if (Status s = reader.read(collector); !s)
            return Expected<Workbook>::failure(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), s.error()));
        if (collector.cancelled)
            return Expected<Workbook>::failure(QCoreApplication::translate("WorkbookLoader", "Reading was cancelled."));
        if (collector.tooManyRows)
            return Expected<Workbook>::failure(
                QCoreApplication::translate("WorkbookLoader",
                                            "%1 has more than %2 rows, more than one import may take. Split the list "
                                            "into files of at most %2 rows (for example one per agency) and import "
                                            "them one after another.")
                    .arg(QFileInfo(path).fileName())
                    .arg(options.limits.maxRows));
        return book;
    };

    switch (*format) {
    case SpreadsheetFormat::Csv: {
        CsvReader reader(path);
        return run(reader);
    }
    case SpreadsheetFormat::Ods: {
        OdsReader reader(path);
        return run(reader);
    }
    case SpreadsheetFormat::Xlsx: break;
    }
    if (XlsxFallbackReader::needsFallback(path)) {
        XlsxFallbackReader reader(path);
        return run(reader);
    }
    OrcusReader reader(path, SpreadsheetFormat::Xlsx);
    auto book = run(reader);
    // liborcus 0.17 reads some writers' files (inline strings) as empty sheets: read those again.
    if (book && book->firstSheetWithData() < 0) {
        XlsxFallbackReader fallback(path);
        return run(fallback);
    }
    return book;
}

} // namespace imbang
