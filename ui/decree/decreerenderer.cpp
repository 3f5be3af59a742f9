#include "decreerenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

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

QString signerBlock(const DecreeComposition &c, bool withIssued) {
    QString inner;
    if (withIssued) {
        inner += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
        for (const DecreeLine &line : c.issued)
            inner += QStringLiteral("<tr><td>%1</td><td>&nbsp;:&nbsp;</td><td>%2</td></tr>")
                         .arg(esc(line.label), esc(line.text));
        inner += QStringLiteral("</table><hr>");
    }
    QStringList heading;
    for (const QString &line : c.signerHeading)
        heading << esc(line);
    inner += QStringLiteral("<p align=\"center\"><b>%1</b></p><p><br><br><br></p>").arg(heading.join(QStringLiteral("<br>")));
    inner += QStringLiteral("<p align=\"center\"><b><u>%1</u></b><br>%2").arg(esc(c.signerName), esc(c.signerRank));
    if (!c.signerNip.isEmpty())
        inner += QStringLiteral("<br>%1").arg(esc(c.signerNip));
    inner += QStringLiteral("</p>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"48%\"></td>"
                          "<td width=\"52%\">%1</td></tr></table>")
        .arg(inner);
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
    h += signerBlock(c, true);

    if (!c.copies.isEmpty()) {
        h += QStringLiteral("<p><br>%1</p><table cellspacing=\"0\" cellpadding=\"1\">").arg(esc(c.copiesIntro));
        for (const DecreeLine &line : c.copies)
            h += QStringLiteral("<tr><td>%1&nbsp;</td><td>%2</td></tr>").arg(esc(line.label), esc(line.text));
        h += QStringLiteral("</table>");
    }

    if (c.hasAttachment) {
        const DecreeAttachment &a = c.attachment;
        QString reference = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"0\">").arg(esc(a.heading));
        for (const DecreeLine &line : a.reference)
            reference += QStringLiteral("<tr><td>%1</td><td>&nbsp;:&nbsp;</td><td>%2</td></tr>")
                             .arg(esc(line.label), esc(line.text));
        reference += QStringLiteral("</table>");
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"page-break-before:always;\">"
                            "<tr><td width=\"48%\"></td><td width=\"52%\">%1</td></tr></table>")
                 .arg(reference);
        h += QStringLiteral("<p align=\"center\"><br><b>%1</b><br></p>").arg(esc(a.title));
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "style=\"border-collapse:collapse; font-size:small;\"><thead><tr>");
        static const int widths[] = {4, 22, 13, 21, 21, 10, 9};
        for (int i = 0; i < a.columns.size(); ++i)
            h += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e8e8e8\">%2</th>").arg(widths[i]).arg(esc(a.columns.at(i)));
        h += QStringLiteral("</tr></thead>");
        for (const QStringList &row : a.rows) {
            h += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i)
                h += QStringLiteral("<td%1>%2</td>").arg(i == 0 ? QStringLiteral(" align=\"center\"") : QString(),
                                                        esc(row.at(i)));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table><p></p>");
        h += signerBlock(c, false);
    }
    return h + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> DecreeRenderer::build(bool draftLine) const {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(m_layoutDevice.get());
    QFont font(m_layout.fontFamily);
    font.setPointSizeF(m_layout.fontSizePt > 0 ? m_layout.fontSizePt : 11);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->addResource(QTextDocument::ImageResource, emblemUrl, m_emblem);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    doc->setHtml(html(draftLine));
    // The LAMPIRAN table repeats its header row on every page (the HTML importer does not always carry
    // <thead> over, so it is set here).
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame); table && table->format().border() > 0) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
    }
    const QSizeF paper = pageSize().size(QPageSize::Millimeter);
    doc->setPageSize(QSizeF(mmToLayout(paper.width() - m_layout.marginLeftMm - m_layout.marginRightMm),
                            mmToLayout(paper.height() - m_layout.marginTopMm - m_layout.marginBottomMm)));
    return doc;
}

int DecreeRenderer::pageCount() const {
    return m_document->pageCount();
}

void DecreeRenderer::paintPage(QPainter &painter, int page, double scale) const {
    const QSizeF paper = pageSize().size(QPageSize::Millimeter);
    const QSizeF sheet(mmToLayout(paper.width()), mmToLayout(paper.height()));
    const QSizeF content = m_document->pageSize();
    const QPointF origin(mmToLayout(m_layout.marginLeftMm), mmToLayout(m_layout.marginTopMm));
    painter.save();
    painter.scale(scale, scale);
    const QRectF clip(0, page * content.height(), content.width(), content.height());
    painter.save();
    painter.translate(origin.x(), origin.y() - clip.top());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // Page number in the bottom margin, in the document's language.
    // Pixel sizes in layout units: point sizes would be taken at the device's resolution and scaled twice.
    QFont small(m_layout.fontFamily);
    small.setPixelSize(qRound(8.0 / 72 * layoutDpi));
    painter.setFont(small);
    painter.setPen(Qt::black);
    const QRectF footer(origin.x(), sheet.height() - mmToLayout(m_layout.marginBottomMm * 0.75), content.width(),
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
    const std::unique_ptr<QTextDocument> doc = build(true);
    QTextDocumentWriter writer(path, "odf");
    if (!writer.write(doc.get()))
        return Status::failure(QCoreApplication::translate("DecreeRenderer",
                                                           "The ODT file %1 could not be written: check that the "
                                                           "folder exists and the file is not open in another "
                                                           "program.")
                                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace imbang::ui
