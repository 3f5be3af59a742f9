#include "decreerenderer.h"

#include "decree/decreeodtwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace imbang::ui {
namespace {

constexpr double layoutDpi = 96.0;
const QUrl emblemUrl(QStringLiteral("imbang-decree:emblem"));

double mmToLayout(double mm) {
    return mm / 25.4 * layoutDpi;
}

QString esc(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QImage emblemImage(const QByteArray &bytes, const QString &format) {
    if (format.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgRenderer svg(bytes);
        if (!svg.isValid())
            return {};
        QSize size = svg.defaultSize();
        size.scale(600, 600, Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        return image;
    }
    return QImage::fromData(bytes);
}

// Rows "label : text" without borders, for Menimbang, Mengingat, ... and the issue block.
QString labelledRows(const QString &section, const QList<DecreeLine> &lines) {
    QString html;
    for (int i = 0; i < lines.size(); ++i) {
        html += QStringLiteral("<tr><td width=\"17%\">%1</td><td width=\"3%\">%2</td><td width=\"5%\">%3</td>"
                               "<td align=\"justify\">%4</td></tr>")
                    .arg(i == 0 ? esc(section) : QString(), i == 0 ? QStringLiteral(":") : QString(),
                         esc(lines.at(i).label), esc(lines.at(i).text));
    }
    return html;
}

// Names of anchors put on the first text of the parts the pagination keeps together.
const QString signerAnchor = QStringLiteral("imbang-signer");
const QString closingSignerAnchor = QStringLiteral("imbang-closing-signer");
const QString copiesAnchor = QStringLiteral("imbang-copies");
const QString attachmentAnchor = QStringLiteral("imbang-attachment");
const QString tableAnchor = QStringLiteral("imbang-lampiran");

QString anchored(const QString &name, const QString &escapedText) {
    return QStringLiteral("<a name=\"%1\">%2</a>").arg(name, escapedText);
}

QString signerBlock(const DecreeComposition &c, bool withIssued, const QString &anchor) {
    QString inner;
    QStringList heading;
    for (const QString &line : c.signerHeading)
        heading << esc(line);
    if (withIssued) {
        inner += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
        for (int i = 0; i < c.issued.size(); ++i) {
            const DecreeLine &line = c.issued.at(i);
            inner += QStringLiteral("<tr><td>%1</td><td>&nbsp;:&nbsp;</td><td>%2</td></tr>")
                         .arg(i == 0 ? anchored(anchor, esc(line.label)) : esc(line.label), esc(line.text));
        }
        inner += QStringLiteral("</table><hr>");
    } else if (!heading.isEmpty()) {
        heading.first() = anchored(anchor, heading.first());
    }
    inner += QStringLiteral("<p align=\"center\"><b>%1</b></p><p><br><br><br></p>").arg(heading.join(QStringLiteral("<br>")));
    inner += QStringLiteral("<p align=\"center\"><b><u>%1</u></b><br>%2").arg(esc(c.signerName), esc(c.signerRank));
    if (!c.signerNip.isEmpty())
        inner += QStringLiteral("<br>%1").arg(esc(c.signerNip));
    inner += QStringLiteral("</p>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"48%\"></td>"
                          "<td width=\"52%\">%1</td></tr></table>")
        .arg(inner);
}

// The top-level frame (a table of the body) holding the first text with the anchor `name`; null when none.
QTextFrame *frameWithAnchor(const QTextDocument &doc, const QString &name) {
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().anchorNames().contains(name))
                continue;
            QTextFrame *frame = QTextCursor(block).currentFrame();
            while (frame && frame->parentFrame() && frame->parentFrame() != doc.rootFrame())
                frame = frame->parentFrame();
            return frame == doc.rootFrame() ? nullptr : frame;
        }
    }
    return nullptr;
}

} // namespace

DecreeRenderer::DecreeRenderer(const DecreeData &data, const DecreeLayout &layout)
    : m_data(data)
    , m_layout(layout)
    , m_composition(DecreeComposer::compose(data))
    , m_emblem(emblemImage(data.tmpl.effectiveEmblem(), data.tmpl.effectiveEmblemFormat()))
    , m_layoutDevice(std::make_unique<QImage>(1, 1, QImage::Format_RGB32)) {
    // 96 dpi whatever the screen: the same line and page breaks everywhere.
    const int dotsPerMeter = qRound(layoutDpi / 0.0254);
    m_layoutDevice->setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice->setDotsPerMeterY(dotsPerMeter);
    m_document = build(false);
    paginate();
}

DecreeRenderer::~DecreeRenderer() = default;

QPageSize DecreeRenderer::pageSize(const QString &paper) {
    if (paper.trimmed().compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
}

QPageSize DecreeRenderer::pageSize() const {
    return pageSize(m_layout.paper);
}

QString DecreeRenderer::title() const {
    const QString number = m_composition.number.mid(QStringLiteral("NOMOR ").size());
    return m_composition.draft ? QCoreApplication::translate("DecreeRenderer", "Draft decree %1").arg(number)
                               : QCoreApplication::translate("DecreeRenderer", "Decree %1").arg(number);
}

QString DecreeRenderer::html(bool draftLine) const {
    const DecreeComposition &c = m_composition;
    QString h = QStringLiteral("<html><body>");
    if (draftLine && c.draft)
        h += QStringLiteral("<p align=\"center\" style=\"color:#a0a0a0;\"><b>%1</b></p>").arg(esc(c.watermark));
    h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"80\"></p>").arg(emblemUrl.toString());
    h += QStringLiteral("<p align=\"center\" style=\"font-size:large;\"><b>%1</b></p>").arg(esc(c.issuer));
    h += QStringLiteral("<p align=\"center\"><br><b>%1</b><br><b>%2</b></p>").arg(esc(c.title), esc(c.number));
    h += QStringLiteral("<p align=\"center\"><br><b>%1</b><br><b>%2</b></p>")
             .arg(esc(DecreeComposition::about()), esc(c.subject));
    h += QStringLiteral("<p align=\"center\"><br><b>%1</b></p>").arg(esc(DecreeComposition::openingFormula()));
    h += QStringLiteral("<p align=\"center\"><br><b>%1</b><br></p>").arg(esc(c.issuerLine));

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    h += labelledRows(QStringLiteral("Menimbang"), c.considerations);
    h += labelledRows(QStringLiteral("Mengingat"), c.legalBasis);
    h += labelledRows(QStringLiteral("Memperhatikan"), c.notes);
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p align=\"center\"><br><b>%1</b><br></p>").arg(esc(DecreeComposition::decides()));

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    h += QStringLiteral("<tr><td width=\"17%\">Menetapkan</td><td width=\"3%\">:</td><td align=\"justify\"><b>%1</b></td></tr>")
             .arg(esc(c.enacts));
    for (const DecreeClause &clause : c.clauses) {
        QString body = esc(clause.text);
        if (!clause.details.isEmpty()) {
            body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
            for (const DecreeLine &d : clause.details)
                body += QStringLiteral("<tr><td width=\"40%\">%1</td><td>:&nbsp;</td><td>%2</td></tr>")
                            .arg(esc(d.label), esc(d.text));
            body += QStringLiteral("</table>");
        }
        h += QStringLiteral("<tr><td width=\"17%\">%1</td><td width=\"3%\">:</td><td align=\"justify\">%2</td></tr>")
                 .arg(esc(clause.label), body);
    }
    h += QStringLiteral("</table><p></p>");
    h += signerBlock(c, true, signerAnchor);

    if (!c.copies.isEmpty()) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr><td colspan=\"2\"><br>%1</td></tr>")
                 .arg(anchored(copiesAnchor, esc(c.copiesIntro)));
        for (const DecreeLine &line : c.copies)
            h += QStringLiteral("<tr><td width=\"4%\">%1&nbsp;</td><td width=\"96%\">%2</td></tr>").arg(esc(line.label), esc(line.text));
        h += QStringLiteral("</table>");
    }

    if (c.hasAttachment) {
        const DecreeAttachment &a = c.attachment;
        QString reference = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"0\">")
                                .arg(anchored(attachmentAnchor, esc(a.heading)));
        for (const DecreeLine &line : a.reference)
            reference += QStringLiteral("<tr><td>%1</td><td>&nbsp;:&nbsp;</td><td>%2</td></tr>")
                             .arg(esc(line.label), esc(line.text));
        reference += QStringLiteral("</table>");
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"page-break-before:always;\">"
                            "<tr><td width=\"48%\"></td><td width=\"52%\">%1</td></tr></table>")
                 .arg(reference);
        h += QStringLiteral("<p align=\"center\"><br><b>%1</b><br></p>").arg(esc(a.title));
        // No border in the HTML: Qt's table borders (collapsed, as a printed table needs) cost more than
        // the rest of a 500-person decree; paintPage() draws the grid from the row and column edges.
        h += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\" "
                            "style=\"font-size:small;\"><thead><tr>");
        // Wide enough for "500", a grouped NIP on one line, "Tingkat I (III/b)" and "Keterangan".
        static const int widths[] = {5, 26, 14, 16, 16, 10, 13};
        for (int i = 0; i < a.columns.size(); ++i)
            h += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e8e8e8\">%2</th>")
                     .arg(widths[i])
                     .arg(i == 0 ? anchored(tableAnchor, esc(a.columns.at(i))) : esc(a.columns.at(i)));
        h += QStringLiteral("</tr></thead>");
        for (const QStringList &row : a.rows) {
            h += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i)
                h += QStringLiteral("<td%1>%2</td>").arg(i == 0 ? QStringLiteral(" align=\"center\"") : QString(),
                                                        esc(row.at(i)));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table><p></p>");
        h += signerBlock(c, false, closingSignerAnchor);
    }
    return h + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> DecreeRenderer::build(bool draftLine) const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(m_layoutDevice.get());
    QFont font(m_layout.fontFamily);
    font.setPointSizeF(m_layout.fontSizePt > 0 ? m_layout.fontSizePt : 11);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    // One endless page of the text's width, set before the text so that it is laid out once:
    // PageBreaker cuts it into pages and repeats the LAMPIRAN header (paginate()).
    const QSizeF paper = pageSize().size(QPageSize::Millimeter);
    doc->setTextWidth(mmToLayout(paper.width() - m_layout.marginLeftMm - m_layout.marginRightMm));
    doc->addResource(QTextDocument::ImageResource, emblemUrl, m_emblem);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    doc->setHtml(html(draftLine));
    return doc;
}

void DecreeRenderer::paginate() {
    const QSizeF paper = pageSize().size(QPageSize::Millimeter);
    m_contentHeight = mmToLayout(paper.height() - m_layout.marginTopMm - m_layout.marginBottomMm);
    QTextDocument &doc = *m_document;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    PageBreaker breaker(m_contentHeight);

    // Every line stays whole, and so does every paragraph up to a third of a page: a legal text reads
    // better so, and Qt draws the line above its clip too, so that a paragraph cut by the page break
    // would have a hidden copy of its last line on the next page, which search and copy would find.
    // The lines with text are remembered to keep the signer with the last ones.
    struct Line {
        double top;
        double bottom;
    };
    QList<Line> textLines;
    double contentBottom = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        const QRectF rect = layout->blockBoundingRect(block);
        const double origin = rect.top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const double top = origin + line.y();
            const double bottom = top + line.height();
            breaker.keepTogether(top, bottom);
            if (line.textLength() > 0 && !block.text().trimmed().isEmpty())
                textLines.append({top, bottom});
        }
        if (text->lineCount() > 1) {
            const QTextLine last = text->lineAt(text->lineCount() - 1);
            const double top = origin + text->lineAt(0).y();
            const double bottom = origin + last.y() + last.height();
            if (bottom - top <= m_contentHeight / 3)
                breaker.keepTogether(top, bottom);
        }
        contentBottom = std::max(contentBottom, rect.bottom());
    }
    std::sort(textLines.begin(), textLines.end(), [](const Line &a, const Line &b) { return a.top < b.top; });

    // Keeps [top, bottom] together when it fits on a page.
    const auto keepIfFits = [&](double top, double bottom) {
        if (bottom - top > m_contentHeight)
            return false;
        breaker.keepTogether(top, bottom);
        return true;
    };
    // The top of the second-last line of text above y: the signer never begins a page alone.
    const auto twoLinesAbove = [&](double y) {
        int found = 0;
        double lastTop = -1;
        for (auto it = textLines.crbegin(); it != textLines.crend(); ++it) {
            if (it->bottom > y + 0.5 || (found > 0 && std::abs(it->top - lastTop) < 0.5))
                continue;
            lastTop = it->top;
            if (++found == 2)
                break;
        }
        return found > 0 ? lastTop : y;
    };

    // The LAMPIRAN begins on a new page; each row stays whole; the header repeats and never stays alone.
    if (QTextFrame *attachment = frameWithAnchor(doc, attachmentAnchor))
        breaker.breakBefore(layout->frameBoundingRect(attachment).top());
    auto *table = qobject_cast<QTextTable *>(frameWithAnchor(doc, tableAnchor));
    double lastRowTop = -1;
    m_gridRows.clear();
    m_gridColumns.clear();
    if (table && table->rows() > 1) {
        const double padding = table->format().cellPadding();
        const QRectF frame = layout->frameBoundingRect(table);
        QList<double> rowTops;
        for (int r = 0; r < table->rows(); ++r) {
            double top = frame.bottom();
            for (int c = 0; c < table->columns(); ++c)
                top = std::min(top, layout->blockBoundingRect(table->cellAt(r, c).firstCursorPosition().block()).top());
            rowTops << (r == 0 ? frame.top() : top - padding);
        }
        rowTops << frame.bottom();
        for (int c = 0; c < table->columns(); ++c)
            m_gridColumns << (c == 0 ? frame.left()
                                     : layout->blockBoundingRect(table->cellAt(0, c).firstCursorPosition().block()).left() -
                                           padding);
        m_gridColumns << frame.right();
        m_gridRows = rowTops;
        for (int r = 1; r < table->rows(); ++r)
            breaker.keepTogether(rowTops.at(r), rowTops.at(r + 1));
        breaker.keepTogether(rowTops.at(0), rowTops.at(std::min(2, int(table->rows()))));
        breaker.setRepeatingHeader(rowTops.at(0), rowTops.at(1), frame.bottom());
        m_headerTop = rowTops.at(0);
        m_headerBottom = rowTops.at(1);
        lastRowTop = rowTops.at(table->rows() - 1);
    }

    // The signer block whole, with the two lines above it and, where it fits, with the tembusan.
    if (QTextFrame *signer = frameWithAnchor(doc, signerAnchor)) {
        const QRectF block = layout->frameBoundingRect(signer);
        QTextFrame *copies = frameWithAnchor(doc, copiesAnchor);
        const double lead = twoLinesAbove(block.top());
        if (!(copies && keepIfFits(lead, layout->frameBoundingRect(copies).bottom())) &&
            !keepIfFits(lead, block.bottom()))
            keepIfFits(block.top(), block.bottom());
    }
    // The signer under the LAMPIRAN, with its last row.
    if (QTextFrame *signer = frameWithAnchor(doc, closingSignerAnchor)) {
        const QRectF block = layout->frameBoundingRect(signer);
        if (lastRowTop < 0 || !keepIfFits(lastRowTop, block.bottom()))
            keepIfFits(twoLinesAbove(block.top()), block.bottom()) || keepIfFits(block.top(), block.bottom());
    }
    m_pages = breaker.paginate(contentBottom);
}

int DecreeRenderer::pageCount() const {
    return int(m_pages.size());
}

void DecreeRenderer::paintPage(QPainter &painter, int page, double scale) const {
    const QSizeF paper = pageSize().size(QPageSize::Millimeter);
    const QSizeF sheet(mmToLayout(paper.width()), mmToLayout(paper.height()));
    const double width = m_document->textWidth();
    const QPointF origin(mmToLayout(m_layout.marginLeftMm), mmToLayout(m_layout.marginTopMm));
    const PageSlice slice = m_pages.value(page);
    painter.save();
    painter.scale(scale, scale);
    // Paints the strip [top, bottom) of the document at `y` on the page. Qt rounds the positions of
    // tables to whole pixels, so what is drawn may lie a pixel off the positions the breaks were taken
    // from: the painter's clip reaches two pixels further down (for the border under the last row of a
    // table) while the layout's clip stays two pixels inside the strip, so that a line touching the
    // page's edge is not also written (invisible, but found by search and copy) on the other page.
    const auto strip = [&](double top, double bottom, double y) {
        painter.save();
        painter.translate(origin.x(), origin.y() + y - top);
        painter.setClipRect(QRectF(0, top - 1, width, bottom - top + 3));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top + 2, width, std::max(0.0, bottom - top - 4));
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();
    };
    // The LAMPIRAN grid over the part [top, bottom] of the document shown at `y`: a line at each row edge
    // and each column edge.
    const auto grid = [&](double top, double bottom, double y) {
        if (m_gridRows.size() < 2 || m_gridColumns.size() < 2)
            return;
        const double from = std::max(top, m_gridRows.first());
        const double to = std::min(bottom, m_gridRows.last());
        if (to <= from)
            return;
        painter.save();
        painter.translate(origin.x(), origin.y() + y - top);
        painter.setPen(QPen(Qt::black, 0.8));
        for (double row : m_gridRows)
            if (row >= from - 0.5 && row <= to + 0.5)
                painter.drawLine(QPointF(m_gridColumns.first(), row), QPointF(m_gridColumns.last(), row));
        for (double column : m_gridColumns)
            painter.drawLine(QPointF(column, from), QPointF(column, to));
        painter.restore();
    };
    double y = 0;
    if (slice.header) {
        strip(m_headerTop, m_headerBottom, 0);
        grid(m_headerTop, m_headerBottom, 0);
        y = m_headerBottom - m_headerTop;
    }
    strip(slice.top, slice.bottom, y);
    grid(slice.top, slice.bottom, y);

    // Page number in the bottom margin, in the document's language.
    // Pixel sizes in layout units: point sizes would be taken at the device's resolution and scaled twice.
    QFont small(m_layout.fontFamily);
    small.setPixelSize(qRound(8.0 / 72 * layoutDpi));
    painter.setFont(small);
    painter.setPen(Qt::black);
    const QRectF footer(origin.x(), sheet.height() - mmToLayout(m_layout.marginBottomMm * 0.75), width,
                        mmToLayout(6));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                     QStringLiteral("Halaman %1 dari %2").arg(page + 1).arg(pageCount()));

    if (!m_composition.watermark.isEmpty()) {
        QFont mark(m_layout.fontFamily);
        mark.setPixelSize(qRound(54.0 / 72 * layoutDpi));
        mark.setBold(true);
        painter.translate(sheet.width() / 2, sheet.height() / 2);
        painter.rotate(-55);
        painter.setFont(mark);
        painter.setPen(QColor(200, 0, 0, 70));
        painter.drawText(QRectF(-sheet.height() / 2, -60, sheet.height(), 120), Qt::AlignCenter,
                         m_composition.watermark);
    }
    painter.restore();
}

void DecreeRenderer::paint(QPainter &painter, QPagedPaintDevice &device) const {
    const double scale = device.logicalDpiX() / layoutDpi;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, i, scale);
    }
}

QImage DecreeRenderer::pageImage(int page, double dpi) const {
    const QSizeF paper = pageSize().size(QPageSize::Millimeter);
    QImage image(qRound(paper.width() / 25.4 * dpi), qRound(paper.height() / 25.4 * dpi), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, page, dpi / layoutDpi);
    return image;
}

void DecreeRenderer::print(QPrinter *printer) const {
    printer->setFullPage(true);
    printer->setPageSize(pageSize());
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setDocName(title());
    QPainter painter(printer);
    paint(painter, *printer);
}

Status DecreeRenderer::writePdf(const QString &path) const {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(pageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Imbang"));
    {
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(QCoreApplication::translate("DecreeRenderer",
                                                               "The PDF %1 could not be written: check that the "
                                                               "folder exists and the file is not open in "
                                                               "another program.")
                                       .arg(QDir::toNativeSeparators(path)));
        paint(painter, writer);
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Status::failure(QCoreApplication::translate("DecreeRenderer", "The PDF %1 could not be written.")
                                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

Status DecreeRenderer::writeOdt(const QString &path) const {
    return DecreeOdtWriter(m_composition, m_layout, m_emblem, title()).write(path);
}

} // namespace imbang::ui
