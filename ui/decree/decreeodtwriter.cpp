#include "decreeodtwriter.h"

#include "decree/decreerenderer.h"
#include "util/zipwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace imbang::ui {
namespace {

QString x(const QString &text) {
    return text.toHtmlEscaped();
}

QString mm(double value) {
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

QString pt(double value) {
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

QString span(const QString &style, const QString &text) {
    return QStringLiteral("<text:span text:style-name=\"%1\">%2</text:span>").arg(style, x(text));
}

QString cell(const QString &style, const QString &content, int columnsSpanned = 1) {
    const QString span = columnsSpanned > 1 ? QStringLiteral(" table:number-columns-spanned=\"%1\"").arg(columnsSpanned)
                                            : QString();
    QString xml = QStringLiteral("<table:table-cell table:style-name=\"%1\" office:value-type=\"string\"%2>%3</table:table-cell>")
                      .arg(style, span, content);
    for (int i = 1; i < columnsSpanned; ++i)
        xml += QStringLiteral("<table:covered-table-cell/>");
    return xml;
}

// The columns of a table, from their relative widths (percent of the table).
QString columns(const QString &prefix, int count) {
    QString xml;
    for (int i = 0; i < count; ++i)
        xml += QStringLiteral("<table:table-column table:style-name=\"%1.%2\"/>").arg(prefix).arg(i);
    return xml;
}

QString columnStyles(const QString &prefix, const QList<int> &percents, double tableWidthMm) {
    QString xml;
    for (int i = 0; i < percents.size(); ++i)
        xml += QStringLiteral("<style:style style:name=\"%1.%2\" style:family=\"table-column\">"
                              "<style:table-column-properties style:column-width=\"%3\" "
                              "style:rel-column-width=\"%4*\"/></style:style>")
                   .arg(prefix)
                   .arg(i)
                   .arg(mm(tableWidthMm * percents.at(i) / 100.0))
                   .arg(percents.at(i) * 100);
    return xml;
}

const QString namespaces = QStringLiteral(
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\"");

} // namespace

DecreeOdtWriter::DecreeOdtWriter(const DecreeComposition &composition, const DecreeLayout &layout,
                                 const QImage &emblem, const QString &title)
    : m_c(composition)
    , m_layout(layout)
    , m_title(title) {
    if (!emblem.isNull()) {
        QBuffer buffer(&m_emblemPng);
        buffer.open(QIODevice::WriteOnly);
        emblem.save(&buffer, "PNG");
        // 80 px at 96 dpi wide, as in the PDF; the height in proportion.
        const double width = 80 / 96.0 * 25.4;
        m_emblemMm = QSizeF(width, width * emblem.height() / std::max(1, emblem.width()));
    }
}

QString DecreeOdtWriter::paragraph(const QString &style, const QString &xml) const {
    return QStringLiteral("<text:p text:style-name=\"%1\">%2</text:p>").arg(style, xml);
}

// "Menimbang : a. text", one row a line, the section name on the first.
QString DecreeOdtWriter::labelledTable(const QString &section, const QList<DecreeLine> &lines) const {
    QString xml;
    for (int i = 0; i < lines.size(); ++i) {
        xml += QStringLiteral("<table:table-row>") +
               cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), i == 0 ? x(section) : QString())) +
               cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), i == 0 ? QStringLiteral(":") : QString())) +
               cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(lines.at(i).label))) +
               cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Justify"), x(lines.at(i).text))) +
               QStringLiteral("</table:table-row>");
    }
    return xml;
}

QString DecreeOdtWriter::signerBlock(bool withIssued) const {
    QString inner;
    if (withIssued) {
        inner += QStringLiteral("<table:table table:style-name=\"Inner\">") + columns(QStringLiteral("ColI"), 3);
        for (const DecreeLine &line : m_c.issued)
            inner += QStringLiteral("<table:table-row>") +
                     cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(line.label))) +
                     cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QStringLiteral(":"))) +
                     cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(line.text))) +
                     QStringLiteral("</table:table-row>");
        inner += QStringLiteral("</table:table>") + paragraph(QStringLiteral("Rule"), QString());
    }
    for (const QString &line : m_c.signerHeading)
        inner += paragraph(QStringLiteral("CenterBold"), x(line));
    for (int i = 0; i < 3; ++i)
        inner += paragraph(QStringLiteral("Center"), QString());
    inner += paragraph(QStringLiteral("Center"), span(QStringLiteral("BoldUnderline"), m_c.signerName));
    inner += paragraph(QStringLiteral("Center"), x(m_c.signerRank));
    if (!m_c.signerNip.isEmpty())
        inner += paragraph(QStringLiteral("Center"), x(m_c.signerNip));
    return QStringLiteral("<table:table table:style-name=\"Signer\">") + columns(QStringLiteral("ColS"), 2) +
           QStringLiteral("<table:table-row table:style-name=\"Keep\">") +
           cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QString())) + cell(QStringLiteral("Cell"), inner) +
           QStringLiteral("</table:table-row></table:table>");
}

QString DecreeOdtWriter::attachment() const {
    const DecreeAttachment &a = m_c.attachment;
    QString reference = paragraph(QStringLiteral("Left"), x(a.heading)) + QStringLiteral("<table:table table:style-name=\"Inner\">") +
                        columns(QStringLiteral("ColI"), 3);
    for (const DecreeLine &line : a.reference)
        reference += QStringLiteral("<table:table-row>") +
                     cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(line.label))) +
                     cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QStringLiteral(":"))) +
                     cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(line.text))) +
                     QStringLiteral("</table:table-row>");
    reference += QStringLiteral("</table:table>");
    QString xml = QStringLiteral("<table:table table:style-name=\"FullBreak\">") + columns(QStringLiteral("ColS"), 2) +
                  QStringLiteral("<table:table-row>") + cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QString())) +
                  cell(QStringLiteral("Cell"), reference) + QStringLiteral("</table:table-row></table:table>");
    xml += paragraph(QStringLiteral("Center"), QString()) + paragraph(QStringLiteral("CenterBold"), x(a.title)) +
           paragraph(QStringLiteral("Center"), QString());

    xml += QStringLiteral("<table:table table:name=\"Lampiran\" table:style-name=\"Full\">") + columns(QStringLiteral("ColL"), 7);
    xml += QStringLiteral("<table:table-header-rows><table:table-row table:style-name=\"Keep\">");
    for (const QString &column : a.columns)
        xml += cell(QStringLiteral("Head"), paragraph(QStringLiteral("SmallCenterBold"), x(column)));
    xml += QStringLiteral("</table:table-row></table:table-header-rows>");
    for (const QStringList &row : a.rows) {
        xml += QStringLiteral("<table:table-row table:style-name=\"Keep\">");
        for (int i = 0; i < row.size(); ++i) {
            QString lines;
            for (const QString &line : row.at(i).split(QLatin1Char('\n')))
                lines += paragraph(i == 0 ? QStringLiteral("SmallCenter") : QStringLiteral("Small"), x(line));
            xml += cell(QStringLiteral("Grid"), lines);
        }
        xml += QStringLiteral("</table:table-row>");
    }
    xml += QStringLiteral("</table:table>") + paragraph(QStringLiteral("Left"), QString());
    return xml + signerBlock(false);
}

QByteArray DecreeOdtWriter::contentXml() const {
    const QSizeF paper = DecreeRenderer::pageSize(m_layout.paper).size(QPageSize::Millimeter);
    const double width = paper.width() - m_layout.marginLeftMm - m_layout.marginRightMm;
    const double size = m_layout.fontSizePt > 0 ? m_layout.fontSizePt : 11;
    QString styles;
    const auto paragraphStyle = [&styles](const QString &name, const QString &paragraphProps, const QString &textProps) {
        styles += QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\">"
                                 "<style:paragraph-properties fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\" %2/>"
                                 "<style:text-properties %3/></style:style>")
                      .arg(name, paragraphProps, textProps);
    };
    const QString bold = QStringLiteral("fo:font-weight=\"bold\"");
    const QString small = QStringLiteral("fo:font-size=\"%1\"").arg(pt(size - 2));
    paragraphStyle(QStringLiteral("Left"), QStringLiteral("fo:text-align=\"start\""), QString());
    paragraphStyle(QStringLiteral("KeepNext"), QStringLiteral("fo:text-align=\"start\" fo:keep-with-next=\"always\""), QString());
    paragraphStyle(QStringLiteral("Justify"), QStringLiteral("fo:text-align=\"justify\""), QString());
    paragraphStyle(QStringLiteral("Center"), QStringLiteral("fo:text-align=\"center\""), QString());
    paragraphStyle(QStringLiteral("CenterBold"), QStringLiteral("fo:text-align=\"center\""), bold);
    paragraphStyle(QStringLiteral("CenterBoldKeep"), QStringLiteral("fo:text-align=\"center\" fo:keep-with-next=\"always\""), bold);
    paragraphStyle(QStringLiteral("Issuer"), QStringLiteral("fo:text-align=\"center\""),
                   bold + QStringLiteral(" fo:font-size=\"%1\"").arg(pt(size + 2)));
    paragraphStyle(QStringLiteral("Draft"), QStringLiteral("fo:text-align=\"center\""),
                   bold + QStringLiteral(" fo:color=\"#a0a0a0\""));
    paragraphStyle(QStringLiteral("Rule"), QStringLiteral("fo:border-bottom=\"0.5pt solid #000000\" fo:padding=\"0mm\""),
                   QString());
    paragraphStyle(QStringLiteral("Small"), QStringLiteral("fo:text-align=\"start\""), small);
    paragraphStyle(QStringLiteral("SmallCenter"), QStringLiteral("fo:text-align=\"center\""), small);
    paragraphStyle(QStringLiteral("SmallCenterBold"), QStringLiteral("fo:text-align=\"center\""), small + QLatin1Char(' ') + bold);
    styles += QStringLiteral("<style:style style:name=\"BoldUnderline\" style:family=\"text\"><style:text-properties "
                             "fo:font-weight=\"bold\" style:text-underline-style=\"solid\" "
                             "style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"/></style:style>");
    const auto tableStyle = [&styles, width](const QString &name, const QString &extra) {
        styles += QStringLiteral("<style:style style:name=\"%1\" style:family=\"table\"><style:table-properties "
                                 "style:width=\"%2\" table:align=\"margins\" %3/></style:style>")
                      .arg(name, mm(width), extra);
    };
    tableStyle(QStringLiteral("Full"), QString());
    tableStyle(QStringLiteral("FullBreak"), QStringLiteral("fo:break-before=\"page\""));
    tableStyle(QStringLiteral("Signer"), QStringLiteral("fo:keep-with-next=\"always\""));
    // The clauses keep their last row with the signer block, which never begins a page alone.
    tableStyle(QStringLiteral("Clauses"), QStringLiteral("fo:keep-with-next=\"always\""));
    styles += QStringLiteral("<style:style style:name=\"Inner\" style:family=\"table\"><style:table-properties "
                             "style:width=\"%1\" table:align=\"left\"/></style:style>")
                  .arg(mm(width * 0.5));
    styles += columnStyles(QStringLiteral("ColP"), {17, 3, 5, 75}, width);
    styles += columnStyles(QStringLiteral("ColC"), {17, 3, 80}, width);
    styles += columnStyles(QStringLiteral("ColD"), {40, 3, 57}, width * 0.8);
    styles += columnStyles(QStringLiteral("ColS"), {48, 52}, width);
    styles += columnStyles(QStringLiteral("ColI"), {40, 6, 54}, width * 0.5);
    styles += columnStyles(QStringLiteral("ColT"), {4, 96}, width);
    styles += columnStyles(QStringLiteral("ColL"), {5, 26, 14, 16, 16, 10, 13}, width);
    styles += QStringLiteral("<style:style style:name=\"Keep\" style:family=\"table-row\">"
                             "<style:table-row-properties fo:keep-together=\"always\"/></style:style>");
    styles += QStringLiteral("<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties "
                             "fo:padding=\"0.5mm\" fo:border=\"none\"/></style:style>");
    styles += QStringLiteral("<style:style style:name=\"Grid\" style:family=\"table-cell\"><style:table-cell-properties "
                             "fo:padding=\"0.8mm\" fo:border=\"0.5pt solid #000000\"/></style:style>");
    styles += QStringLiteral("<style:style style:name=\"Head\" style:family=\"table-cell\"><style:table-cell-properties "
                             "fo:padding=\"0.8mm\" fo:border=\"0.5pt solid #000000\" fo:background-color=\"#e8e8e8\" "
                             "style:vertical-align=\"middle\"/></style:style>");

    QString body;
    if (m_c.draft)
        body += paragraph(QStringLiteral("Draft"), x(m_c.watermark));
    if (!m_emblemPng.isEmpty())
        body += paragraph(QStringLiteral("Center"),
                          QStringLiteral("<draw:frame draw:name=\"Lambang\" text:anchor-type=\"as-char\" svg:width=\"%1\" "
                                         "svg:height=\"%2\" draw:z-index=\"0\"><draw:image "
                                         "xlink:href=\"Pictures/lambang.png\" xlink:type=\"simple\" "
                                         "xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>")
                              .arg(mm(m_emblemMm.width()), mm(m_emblemMm.height())));
    body += paragraph(QStringLiteral("Issuer"), x(m_c.issuer));
    body += paragraph(QStringLiteral("Center"), QString());
    for (const QString &line : {m_c.title, m_c.number})
        body += paragraph(QStringLiteral("CenterBold"), x(line));
    body += paragraph(QStringLiteral("Center"), QString());
    for (const QString &line : {DecreeComposition::about(), m_c.subject})
        body += paragraph(QStringLiteral("CenterBold"), x(line));
    body += paragraph(QStringLiteral("Center"), QString());
    body += paragraph(QStringLiteral("CenterBold"), x(DecreeComposition::openingFormula()));
    body += paragraph(QStringLiteral("Center"), QString());
    body += paragraph(QStringLiteral("CenterBold"), x(m_c.issuerLine));
    body += paragraph(QStringLiteral("Center"), QString());

    body += QStringLiteral("<table:table table:name=\"Pembukaan\" table:style-name=\"Full\">") + columns(QStringLiteral("ColP"), 4);
    body += labelledTable(QStringLiteral("Menimbang"), m_c.considerations);
    body += labelledTable(QStringLiteral("Mengingat"), m_c.legalBasis);
    body += labelledTable(QStringLiteral("Memperhatikan"), m_c.notes);
    body += QStringLiteral("</table:table>");
    body += paragraph(QStringLiteral("KeepNext"), QString()) +
            paragraph(QStringLiteral("CenterBoldKeep"), x(DecreeComposition::decides())) +
            paragraph(QStringLiteral("KeepNext"), QString());

    // The clauses; the last one in a table of its own that stays on the page of the signer block, so that
    // the block never begins a page alone (LibreOffice moves a whole table to keep it with the next).
    body += QStringLiteral("<table:table table:name=\"Diktum\" table:style-name=\"Full\">") + columns(QStringLiteral("ColC"), 3);
    body += QStringLiteral("<table:table-row table:style-name=\"Keep\">") +
            cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QStringLiteral("Menetapkan"))) +
            cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QStringLiteral(":"))) +
            cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Justify"), span(QStringLiteral("Bold"), m_c.enacts))) +
            QStringLiteral("</table:table-row>");
    for (int i = 0; i < m_c.clauses.size(); ++i) {
        const DecreeClause &clause = m_c.clauses.at(i);
        QString text = paragraph(QStringLiteral("Justify"), x(clause.text));
        if (!clause.details.isEmpty()) {
            text += QStringLiteral("<table:table table:style-name=\"Inner\">") + columns(QStringLiteral("ColD"), 3);
            for (const DecreeLine &d : clause.details)
                text += QStringLiteral("<table:table-row>") + cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(d.label))) +
                        cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QStringLiteral(":"))) +
                        cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(d.text))) +
                        QStringLiteral("</table:table-row>");
            text += QStringLiteral("</table:table>");
        }
        if (i == m_c.clauses.size() - 1)
            body += QStringLiteral("</table:table><table:table table:name=\"DiktumAkhir\" table:style-name=\"Clauses\">") +
                    columns(QStringLiteral("ColC"), 3);
        body += QStringLiteral("<table:table-row table:style-name=\"Keep\">") +
                cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(clause.label))) +
                cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QStringLiteral(":"))) + cell(QStringLiteral("Cell"), text) +
                QStringLiteral("</table:table-row>");
    }
    body += QStringLiteral("</table:table>") + paragraph(QStringLiteral("KeepNext"), QString());
    body += signerBlock(true);
    if (!m_c.copies.isEmpty()) {
        body += QStringLiteral("<table:table table:name=\"Tembusan\" table:style-name=\"Full\">") + columns(QStringLiteral("ColT"), 2);
        body += QStringLiteral("<table:table-row table:style-name=\"Keep\">") +
                cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), QString()) + paragraph(QStringLiteral("Left"), x(m_c.copiesIntro)), 2) +
                QStringLiteral("</table:table-row>");
        for (const DecreeLine &line : m_c.copies)
            body += QStringLiteral("<table:table-row table:style-name=\"Keep\">") +
                    cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(line.label))) +
                    cell(QStringLiteral("Cell"), paragraph(QStringLiteral("Left"), x(line.text))) +
                    QStringLiteral("</table:table-row>");
        body += QStringLiteral("</table:table>");
    }
    if (m_c.hasAttachment)
        body += attachment();
    styles += QStringLiteral("<style:style style:name=\"Bold\" style:family=\"text\"><style:text-properties "
                             "fo:font-weight=\"bold\"/></style:style>");

    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %1>"
                          "<office:automatic-styles>%2</office:automatic-styles>"
                          "<office:body><office:text>%3</office:text></office:body></office:document-content>\n")
        .arg(namespaces, styles, body)
        .toUtf8();
}

QByteArray DecreeOdtWriter::stylesXml() const {
    const QSizeF paper = DecreeRenderer::pageSize(m_layout.paper).size(QPageSize::Millimeter);
    const double size = m_layout.fontSizePt > 0 ? m_layout.fontSizePt : 11;
    // The footer sits in the bottom margin, as in the PDF: the page's own margin is what is left below it.
    const double footerSpace = std::min(10.0, m_layout.marginBottomMm * 0.6);
    const QString font = x(m_layout.fontFamily);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles %1>"
               "<office:font-face-decls><style:font-face style:name=\"%2\" svg:font-family=\"'%2'\"/></office:font-face-decls>"
               "<office:styles><style:default-style style:family=\"paragraph\"><style:paragraph-properties "
               "fo:orphans=\"2\" fo:widows=\"2\"/><style:text-properties style:font-name=\"%2\" fo:font-size=\"%3\" "
               "fo:language=\"id\" fo:country=\"ID\"/></style:default-style>"
               "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
               "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:class=\"extra\">"
               "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"8pt\"/>"
               "</style:style></office:styles>"
               "<office:automatic-styles><style:page-layout style:name=\"Page\"><style:page-layout-properties "
               "fo:page-width=\"%4\" fo:page-height=\"%5\" style:print-orientation=\"portrait\" fo:margin-top=\"%6\" "
               "fo:margin-right=\"%7\" fo:margin-bottom=\"%8\" fo:margin-left=\"%9\"/>"
               "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" fo:margin-top=\"%10\"/>"
               "</style:footer-style></style:page-layout></office:automatic-styles>"
               "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"Page\">"
               "<style:footer><text:p text:style-name=\"Footer\">Halaman <text:page-number text:select-page=\"current\">1"
               "</text:page-number> dari <text:page-count>1</text:page-count></text:p></style:footer>"
               "</style:master-page></office:master-styles></office:document-styles>\n")
        .arg(namespaces, font, pt(size), mm(paper.width()), mm(paper.height()), mm(m_layout.marginTopMm),
             mm(m_layout.marginRightMm), mm(std::max(3.0, m_layout.marginBottomMm - footerSpace)), mm(m_layout.marginLeftMm))
        .arg(mm(footerSpace - 4))
        .toUtf8();
}

QByteArray DecreeOdtWriter::archive() const {
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false);
    zip.add(QStringLiteral("content.xml"), contentXml());
    zip.add(QStringLiteral("styles.xml"), stylesXml());
    zip.add(QStringLiteral("meta.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta %1><office:meta>"
                           "<meta:generator>Imbang</meta:generator><dc:title>%2</dc:title><dc:language>id-ID</dc:language>"
                           "</office:meta></office:document-meta>\n")
                .arg(namespaces, x(m_title))
                .toUtf8());
    QString manifest = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>");
    if (!m_emblemPng.isEmpty()) {
        zip.add(QStringLiteral("Pictures/lambang.png"), m_emblemPng, false);
        manifest += QStringLiteral("<manifest:file-entry manifest:full-path=\"Pictures/lambang.png\" "
                                   "manifest:media-type=\"image/png\"/>");
    }
    zip.add(QStringLiteral("META-INF/manifest.xml"), (manifest + QStringLiteral("</manifest:manifest>\n")).toUtf8());
    return zip.archive();
}

Status DecreeOdtWriter::write(const QString &path) const {
    QSaveFile file(path);
    const QByteArray bytes = archive();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("DecreeRenderer",
                                                           "The ODT file %1 could not be written: check that the "
                                                           "folder exists and the file is not open in another "
                                                           "program.")
                                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace imbang::ui
