#pragma once

#include "decree/decreecomposition.h"
#include "decree/decreedata.h"
#include "decree/pagebreaker.h"
#include "util/expected.h"

#include <QImage>
#include <QPageSize>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QTextDocument;

namespace imbang::ui {

// Lays out a decree as Indonesian regional decrees are laid out (heading with the emblem, NOMOR,
// TENTANG, the opening formula, Menimbang / Mengingat / Memperhatikan, MEMUTUSKAN, the clauses, the
// place and date of issue, the signer block, tembusan, and for several people the LAMPIRAN table whose
// header repeats on every page) and paints it page by page on F4 or A4 with page numbers and, on a
// draft, the "DRAFT / KONSEP" watermark. The document is laid out at a fixed 96 dpi, independent of
// the screen and the printer, so that preview, print and PDF break pages in the same places.
// Pages are cut by PageBreaker, not by Qt: no line and no LAMPIRAN row is split between two pages,
// the signer block stays whole with the last lines before it (never alone at the top of a page) and,
// where they fit, with the tembusan.
class DecreeRenderer {
public:
    DecreeRenderer(const DecreeData &data, const DecreeLayout &layout);
    ~DecreeRenderer();
    DecreeRenderer(const DecreeRenderer &) = delete;
    DecreeRenderer &operator=(const DecreeRenderer &) = delete;

    const DecreeComposition &composition() const { return m_composition; }
    QTextDocument &document() { return *m_document; }
    int pageCount() const;
    QPageSize pageSize() const;
    QString title() const; // "SK 800/17/BKD/2026" or "Draf SK ..."

    static QPageSize pageSize(const QString &paper); // "F4" 215 x 330 mm, else A4

    // Paints every page on a printer or PDF writer whose painter starts at the paper's corner (full page).
    void paint(QPainter &painter, QPagedPaintDevice &device) const;
    const QList<PageSlice> &pages() const { return m_pages; }
    // One page (0-based), `scale` device pixels per 1/96 inch, from the paper's corner.
    void paintPage(QPainter &painter, int page, double scale) const;
    // One page as an image at `dpi` on white paper, for the on-screen preview.
    QImage pageImage(int page, double dpi) const;
    void print(QPrinter *printer) const; // sets the page size and full-page mode, then paints
    Status writePdf(const QString &path) const;
    // OpenDocument text that LibreOffice and Word open for editing; a draft says so in its first line.
    Status writeOdt(const QString &path) const;

    // The HTML the document is made from (tests).
    QString html(bool draftLine) const;

private:
    std::unique_ptr<QTextDocument> build(bool draftLine) const;
    void paginate();

    DecreeData m_data;
    DecreeLayout m_layout;
    DecreeComposition m_composition;
    QImage m_emblem;
    std::unique_ptr<QImage> m_layoutDevice; // the 96-dpi paint device the document is laid out for
    std::unique_ptr<QTextDocument> m_document;
    QList<PageSlice> m_pages;
    double m_contentHeight = 0; // of a page, in layout pixels
    double m_headerTop = 0;     // the LAMPIRAN header row repeated on its pages
    double m_headerBottom = 0;
    QList<double> m_gridRows;    // the LAMPIRAN's row edges, top to bottom (paintPage draws the grid)
    QList<double> m_gridColumns; // and its column edges, left to right
};

} // namespace imbang::ui
