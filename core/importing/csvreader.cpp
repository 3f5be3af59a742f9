#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace imbang {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; 0 marks the five unassigned bytes.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes) {
    QString s(bytes.size(), Qt::Uninitialized);
    QChar *out = s.data();
    for (char c : bytes) {
        const auto b = uchar(c);
        char16_t u = b;
        if (b >= 0x80 && b <= 0x9F)
            u = cp1252High[b - 0x80] ? cp1252High[b - 0x80] : char16_t(0xFFFD);
        *out++ = QChar(u);
    }
    return s;
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes, QString *encodingName) {
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8 (BOM)");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return text;
    }
    // Not valid UTF-8: Excel on Windows saves "CSV" in the ANSI code page, 1252 in Indonesia.
    if (encodingName)
        *encodingName = QStringLiteral("Windows-1252");
    return fromWindows1252(bytes);
}

QChar CsvReader::detectSeparator(const QString &text) {
    // Count each candidate outside quotes on the first lines; the separator is the one that
    // appears on every line the same number of times (ties: the most frequent).
    const std::array<QChar, 4> candidates{QLatin1Char(';'), QLatin1Char(','), QLatin1Char('|'), QLatin1Char('\t')};
    QList<std::array<int, 4>> perLine;
    std::array<int, 4> current{};
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size() && perLine.size() < 30; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (any)
                perLine << current;
            current = {};
            any = false;
        } else if (!quoted) {
            any = true;
            for (int k = 0; k < 4; ++k)
                if (c == candidates[k])
                    ++current[k];
        }
    }
    if (any)
        perLine << current;
    int best = 0;
    long bestScore = -1;
    for (int k = 0; k < 4; ++k) {
        if (perLine.isEmpty())
            break;
        const int first = perLine.first()[k];
        int consistent = 0;
        long total = 0;
        for (const auto &line : perLine) {
            consistent += line[k] == first ? 1 : 0;
            total += line[k];
        }
        if (first == 0)
            continue;
        const long score = long(consistent) * 1'000'000 + total;
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return candidates[best];
}

Status CsvReader::read(RowSink &sink) {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("CsvReader", "The file %1 cannot be read: %2")
                                   .arg(QFileInfo(m_path).fileName(), file.errorString()));
    const QString text = decode(file.readAll());
    file.close();
    const QChar separator = detectSeparator(text);
    if (!sink.beginSheet(0, QFileInfo(m_path).completeBaseName()))
        return {};

    SourceRow row;
    QString field;
    int line = 1;      // the line the current record starts on
    int nextLine = 1;  // counts line breaks, including those inside quotes
    bool quoted = false;
    bool fieldWasQuoted = false;
    const auto endField = [&] {
        if (fieldWasQuoted || !field.isEmpty())
            row.cells << Cell::fromText(field);
        else
            row.cells << Cell();
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&]() -> bool {
        endField();
        bool empty = true;
        for (const Cell &c : std::as_const(row.cells))
            empty = empty && c.isEmpty();
        bool more = true;
        if (!empty) {
            while (!row.cells.isEmpty() && row.cells.constLast().kind == Cell::Kind::Empty)
                row.cells.removeLast();
            row.number = line;
            more = sink.addRow(0, std::move(row));
        }
        row = SourceRow();
        line = nextLine;
        return more;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++nextLine;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++nextLine;
            if (!endRecord())
                return {};
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.cells.isEmpty())
        endRecord();
    return {};
}

} // namespace imbang
