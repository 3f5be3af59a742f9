#include "pagebreaker.h"

#include <algorithm>

namespace imbang::ui {
namespace {

// Layout positions are fractional; a span touching a break within this distance does not count as cut.
constexpr double epsilon = 0.01;

} // namespace

void PageBreaker::keepTogether(double top, double bottom) {
    if (bottom - top > epsilon)
        m_keep.append({top, bottom});
}

void PageBreaker::breakBefore(double y) {
    m_breaks.append(y);
}

void PageBreaker::setRepeatingHeader(double top, double bottom, double regionBottom) {
    m_hasHeader = bottom > top;
    m_header = {top, bottom};
    m_headerRegionBottom = regionBottom;
}

// The lowest place in (start, limit] that cuts no span. `merged` holds the spans merged into
// disjoint open intervals, sorted.
double PageBreaker::breakAtOrBefore(double start, double limit, const QList<Span> &merged) const {
    // The last merged span beginning before the limit: the limit cuts it when it ends after the limit.
    auto it = std::upper_bound(merged.cbegin(), merged.cend(), limit,
                               [](double y, const Span &s) { return y <= s.top + epsilon; });
    if (it == merged.cbegin())
        return limit;
    --it;
    if (it->bottom <= limit + epsilon)
        return limit;
    if (it->top > start + epsilon)
        return it->top;
    return limit; // one span taller than the page: cut it where the page ends
}

QList<PageSlice> PageBreaker::paginate(double contentBottom) const {
    QList<Span> spans = m_keep;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.top < merged.last().bottom - epsilon)
            merged.last().bottom = std::max(merged.last().bottom, s.bottom);
        else
            merged.append(s);
    }
    QList<double> breaks = m_breaks;
    std::sort(breaks.begin(), breaks.end());

    QList<PageSlice> pages;
    double start = 0;
    do {
        PageSlice page;
        page.top = start;
        page.header = m_hasHeader && start >= m_header.bottom - epsilon && start < m_headerRegionBottom - epsilon;
        const double room = m_pageHeight - (page.header ? m_header.bottom - m_header.top : 0);
        const double limit = start + std::max(room, 1.0);
        double end = breakAtOrBefore(start, limit, merged);
        for (double b : std::as_const(breaks)) {
            if (b > start + epsilon && b < end) {
                end = b;
                break;
            }
        }
        page.bottom = std::min(end, std::max(contentBottom, start + 1));
        pages.append(page);
        start = end;
    } while (start < contentBottom - epsilon);
    return pages;
}

} // namespace imbang::ui
