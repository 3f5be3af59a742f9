#include "performancereport.h"

#include "competence/performancecharts.h"
#include "domain/nip.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>
#include <QUrl>

namespace imbang {
namespace {


QString cell(const QString &text, bool number = false) {
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(text.toHtmlEscaped())
                  : QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

// A header cell; `width` in percent of the table, 0 for automatic.
QString header(const QString &text, int width = 0, const QColor &colour = QColor(0xE8, 0xE8, 0xE8)) {
    const QString widthAttribute = width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString();
    return QStringLiteral("<th bgcolor=\"%1\"%2>%3</th>").arg(colour.name(), widthAttribute, text.toHtmlEscaped());
}

QString countCells(const RatingDistribution &row) {
    QString html;
    for (const PerformancePredicate p : performance::all())
        html += cell(indonesian::number(row.count(p)), true);
    return html + cell(indonesian::number(row.unrated), true) + cell(indonesian::number(row.staff), true) +
           cell(indonesian::number(row.dueForRotation), true);
}

QString tableStart() {
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                          "style=\"border-collapse: collapse\">");
}

} // namespace

PerformanceReport::PerformanceReport(PerformanceOverview overview, QString officeName, QImage chart)
    : m_overview(std::move(overview)), m_officeName(std::move(officeName)), m_chart(std::move(chart)) {}

QString PerformanceReport::html(double pageWidth) const {
    const PerformanceOverview &o = m_overview;
    QString html = QStringLiteral("<html><body>");
    if (!m_officeName.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(m_officeName.toHtmlEscaped());
    html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                .arg(QCoreApplication::translate("PerformanceReport", "PERFORMANCE AND ROTATION REPORT").toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\"><b>%1</b><br/>%2</p>")
                .arg(o.scopeName.toHtmlEscaped(),
                     QCoreApplication::translate("PerformanceReport", "Performance predicates of %1; time in post as of %2")
                         .arg(o.year)
                         .arg(indonesian::longDate(o.asOf))
                         .toHtmlEscaped());
    if (!m_chart.isNull())
        html += QStringLiteral("<p align=\"center\"><img src=\"chart\" width=\"%1\" height=\"%2\"/></p>")
                    .arg(int(pageWidth * 0.8))
                    .arg(int(pageWidth * 0.8 * m_chart.height() / m_chart.width()));

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("PerformanceReport", "1. Ratings per unit").toHtmlEscaped());
    html += tableStart() + QStringLiteral("<tr>") + header(QCoreApplication::translate("PerformanceReport", "No"), 4) +
            header(QCoreApplication::translate("PerformanceReport", "Unit"), 36);
    for (const PerformancePredicate p : performance::all())
        html += header(performance::displayName(p), 7, performancecharts::colour(p));
    html += header(QCoreApplication::translate("PerformanceReport", "Not rated"), 7, performancecharts::unratedColour()) +
            header(QCoreApplication::translate("PerformanceReport", "Staff"), 7) +
            header(QCoreApplication::translate("PerformanceReport", "Due for rotation"), 11) + QStringLiteral("</tr>");
    for (int i = 0; i < o.rows.size(); ++i)
        html += QStringLiteral("<tr>") + cell(QString::number(i + 1), true) + cell(o.rows.at(i).unitName) +
                countCells(o.rows.at(i)) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr><td></td><td><b>%1</b></td>").arg(o.total.unitName.toHtmlEscaped()) +
            countCells(o.total) + QStringLiteral("</tr></table>");

    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("PerformanceReport", "2. Due for rotation: more than %n year(s) in post", "",
                                                 o.rotationYears)
                         .toHtmlEscaped());
    if (o.dueForRotation.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("PerformanceReport", "Nobody.").toHtmlEscaped());
    } else {
        html += tableStart() + QStringLiteral("<tr>") + header(QCoreApplication::translate("PerformanceReport", "No"), 4) +
                header(QCoreApplication::translate("PerformanceReport", "Name / NIP"), 24) +
                header(QCoreApplication::translate("PerformanceReport", "Position"), 18) +
                header(QCoreApplication::translate("PerformanceReport", "Unit"), 20) +
                header(QCoreApplication::translate("PerformanceReport", "In post since"), 13) +
                header(QCoreApplication::translate("PerformanceReport", "Years in post"), 9) +
                header(QCoreApplication::translate("PerformanceReport", "Rating %1").arg(o.year), 12) + QStringLiteral("</tr>");
        for (int i = 0; i < o.dueForRotation.size(); ++i) {
            const RotationCandidate &c = o.dueForRotation.at(i);
            html += QStringLiteral("<tr>") + cell(QString::number(i + 1), true) +
                    QStringLiteral("<td>%1<br/>%2</td>").arg(c.name.toHtmlEscaped(), nip::grouped(c.nip, c.status).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))) +
                    cell(c.positionName) + cell(c.unitName) + cell(indonesian::longDate(c.positionTmt)) +
                    cell(indonesian::decimal(c.monthsInPost / 12.0, 1), true) +
                    cell(c.rating ? performance::displayName(*c.rating)
                                  : QCoreApplication::translate("PerformanceReport", "not rated")) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p style=\"font-size: 7pt\">%1</p>")
                .arg(QCoreApplication::translate("PerformanceReport", "Printed by Imbang on %1. The rotation period is set in Settings, "
                                                                      "page Performance.")
                         .arg(indonesian::longDate(o.asOf))
                         .toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> PerformanceReport::document(QSizeF pageSize) const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    doc->setPageSize(pageSize);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart")), m_chart);
    doc->setHtml(html(pageSize.width()));
    return doc;
}

} // namespace imbang
