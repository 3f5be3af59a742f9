#pragma once

#include <QList>

namespace imbang::ui {

// One printed page: the strip [top, bottom) of the laid-out document it shows, and whether the
// repeating table header is painted above it.
struct PageSlice {
    double top = 0;
    double bottom = 0;
    bool header = false;
    friend bool operator==(const PageSlice &, const PageSlice &) = default;
};

// Cuts a document laid out as one endless strip into pages. Qt's own pagination splits table rows
// and lines inside table cells across pages (the cut line is then printed half on each page); here
// the caller says what must stay together (every text line, every row of the LAMPIRAN table, the
// signer block with the lines before it) and where a page must begin, and each page ends at the
// lowest place that cuts nothing. Pure geometry in one unit (the document's pixels), so it is tested
// without fonts.
class PageBreaker {
public:
    explicit PageBreaker(double pageHeight)
        : m_pageHeight(pageHeight) {}

    // Nothing strictly between top and bottom becomes a page break (a span taller than a page is cut
    // where the page ends).
    void keepTogether(double top, double bottom);
    // A page begins at y.
    void breakBefore(double y);
    // Rows [top, bottom) are painted again at the top of every page that begins inside (bottom, regionBottom).
    void setRepeatingHeader(double top, double bottom, double regionBottom);

    double pageHeight() const { return m_pageHeight; }
    // The pages of a document whose content ends at `contentBottom`; at least one page.
    QList<PageSlice> paginate(double contentBottom) const;

private:
    struct Span {
        double top;
        double bottom;
    };
    double breakAtOrBefore(double start, double limit, const QList<Span> &merged) const;

    double m_pageHeight;
    QList<Span> m_keep;
    QList<double> m_breaks;
    bool m_hasHeader = false;
    Span m_header{0, 0};
    double m_headerRegionBottom = 0;
};

} // namespace imbang::ui
