#include "workloadreport.h"

#include "util/indonesianformat.h"
#include "workload/workloadexport.h"
#include "workloadpalette.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace imbang {
namespace {

QString d2(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return indonesian::decimal(r == 0 ? 0.0 : r, 2);
}

QString cell(const QString &text, bool number = false) {
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(text.toHtmlEscaped())
                  : QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

// The grade on its colour, as on screen; white text keeps it readable in black-and-white print too.
QString gradeCell(Grade grade) {
    return QStringLiteral("<td align=\"center\" bgcolor=\"%1\"><font color=\"#ffffff\"><b>%2</b></font></td>")
        .arg(workloadpalette::grade(grade).name(), gradeLetter(grade));
}

// Header cells, with widths in percent where given (the name column gets the room).
QString headerRow(const QStringList &headers, const QList<int> &widths = {}) {
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += (i < widths.size() ? QStringLiteral("<th bgcolor=\"#e8e8e8\" width=\"%1%\">").arg(widths.at(i))
                                   : QStringLiteral("<th bgcolor=\"#e8e8e8\">")) +
                headers.at(i).toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QString figuresCells(const WorkloadFigures &f, const GradeThresholds &t) {
    const auto ej = f.efficiencyValue();
    return cell(d2(f.need), true) + cell(indonesian::number(f.inPost), true) + cell(d2(f.gap()), true) +
           cell(d2(f.surplus), true) + cell(d2(f.shortage), true) +
           cell(ej ? indonesian::decimal(*ej, 2) : QStringLiteral("–"), true) + gradeCell(f.grade(t)) +
           cell(indonesian::number(f.retiringTotal()), true) + cell(d2(f.projectedGap(outlookYears - 1)), true);
}

} // namespace

WorkloadReport::WorkloadReport(WorkloadSummary summary, QString officeName, QList<Chart> charts, QDate printedOn)
    : m_summary(std::move(summary)), m_officeName(std::move(officeName)), m_charts(std::move(charts)),
      m_printedOn(printedOn) {}

QString WorkloadReport::html(double pageWidth) const {
    const WorkloadSummary &s = m_summary;
    const WorkloadFigures &t = s.total;
    QString html = QStringLiteral("<html><body>");
    if (!m_officeName.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 10pt\">%1</p>").arg(m_officeName.toHtmlEscaped());
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(QCoreApplication::translate("WorkloadReport", "WORKLOAD AND STAFFING NEED REPORT").toHtmlEscaped());
    const QString scope = s.unitId ? QStringLiteral("%1 (%2)").arg(s.unitName, s.unitCode) : QCoreApplication::translate("WorkloadReport", "The whole office");
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 10pt\"><b>%1</b><br/>%2</p>")
                .arg(scope.toHtmlEscaped(), QCoreApplication::translate("WorkloadReport", "Situation as of %1").arg(indonesian::longDate(s.today)).toHtmlEscaped());

    const QString grouping = s.grouping == WorkloadGrouping::Position ? QCoreApplication::translate("WorkloadReport", "per position")
                             : s.grouping == WorkloadGrouping::Region ? QCoreApplication::translate("WorkloadReport", "per regency or city")
                                                                      : QCoreApplication::translate("WorkloadReport", "per sub-unit");
    QStringList facts{QCoreApplication::translate("WorkloadReport", "Rows: %1").arg(grouping),
                      QCoreApplication::translate("WorkloadReport", "Effective working time (WKE): %1 hours a year").arg(indonesian::decimal(s.wkeHours, 0))};
    if (!s.filter.positionFamily.isEmpty())
        facts << QCoreApplication::translate("WorkloadReport", "Position family: %1").arg(s.filter.positionFamily);
    if (s.filter.teachersOnly)
        facts << QCoreApplication::translate("WorkloadReport", "Teachers only");
    html += QStringLiteral("<p style=\"font-size: 9pt\">%1</p>").arg(facts.join(QStringLiteral("<br/>")).toHtmlEscaped().replace(
        QStringLiteral("&lt;br/&gt;"), QStringLiteral("<br/>")));
    const auto ej = t.efficiencyValue();
    const Grade grade = t.grade(s.thresholds);
    html += QStringLiteral("<p style=\"font-size: 9pt\">%1</p>")
                .arg(QCoreApplication::translate("WorkloadReport", "Need %1 people, %2 in post, gap %3 (surplus %4, shortage %5). Job effectiveness (EJ) %6, "
                        "grade %7 (%8). Retiring within five years: %9.")
                         .arg(d2(t.need), indonesian::number(t.inPost), d2(t.gap()), d2(t.surplus), d2(t.shortage),
                              ej ? indonesian::decimal(*ej, 2) : QStringLiteral("–"), gradeLetter(grade),
                              gradeName(grade), indonesian::number(t.retiringTotal()))
                         .toHtmlEscaped());

    // Charts two to a row.
    if (!m_charts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"4\">").arg(QCoreApplication::translate("WorkloadReport", "1. Charts").toHtmlEscaped());
        for (int i = 0; i < m_charts.size(); ++i) {
            if (i % 2 == 0)
                html += QStringLiteral("<tr>");
            html += QStringLiteral("<td width=\"50%\"><img src=\"chart%1\" width=\"%2\"/></td>")
                        .arg(i)
                        .arg(int(pageWidth / 2 - 8));
            if (i % 2 == 1 || i == m_charts.size() - 1)
                html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    const TextTable breakdown = workloadexport::breakdownTable(s, false);
    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("WorkloadReport", "2. Need and staff in post").toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                           "style=\"border-collapse: collapse\">");
    html += headerRow(QStringList{QCoreApplication::translate("WorkloadReport", "No"), breakdown.headers.at(0),
                                  breakdown.headers.at(1)} +
                          breakdown.headers.mid(2),
                      {4, 12, 22, 7, 6, 7, 7, 7, 6, 5, 8, 9});
    for (int i = 0; i < s.rows.size(); ++i) {
        const WorkloadRow &row = s.rows.at(i);
        const QString name =
            row.ownPosts ? QCoreApplication::translate("WorkloadReport", "%1 (its own posts)").arg(row.name) : row.name;
        html += QStringLiteral("<tr>") + cell(QString::number(i + 1), true) + cell(row.code) + cell(name) +
                figuresCells(row.figures, s.thresholds) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td></td><td></td><td><b>%1</b></td>").arg(QCoreApplication::translate("WorkloadReport", "Total").toHtmlEscaped()) +
            figuresCells(t, s.thresholds) + QStringLiteral("</tr></table>");

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("WorkloadReport", "3. Retirement outlook if nobody is hired or moved").toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse\">");
    html += headerRow(workloadexport::outlookTable(s).headers);
    for (const RetirementYear &y : s.outlook)
        html += QStringLiteral("<tr>") + cell(QString::number(y.year)) + cell(indonesian::number(y.retiring), true) +
                cell(indonesian::number(y.staff), true) + cell(d2(y.need), true) + cell(d2(y.gap), true) +
                cell(d2(y.shortage), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("WorkloadReport", "4. Grades").toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse\">");
    html += headerRow(workloadexport::gradeTable(s).headers);
    for (int g = 0; g < 5; ++g)
        html += QStringLiteral("<tr>") + gradeCell(Grade(g)) + cell(gradeName(Grade(g))) +
                cell(indonesian::number(s.gradeCounts[std::size_t(g)]), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"font-size: 7pt\">%1</p>")
                .arg(QCoreApplication::translate("WorkloadReport", "Printed by Imbang on %1. Gap = staff in post - need: positive is a surplus, negative a "
                        "shortage. EJ = need / staff in post.")
                         .arg(indonesian::longDate(m_printedOn))
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> WorkloadReport::document(QSizeF pageSize) const {
    auto doc = std::make_unique<QTextDocument>();
    // A small, widely available face: the breakdown has twelve columns on a portrait page.
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    doc->setPageSize(pageSize);
    for (int i = 0; i < m_charts.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(i)), m_charts.at(i).image);
    doc->setHtml(html(pageSize.width()));
    return doc;
}

void WorkloadReport::print(QPrinter *printer) const {
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                       QPageLayout::Millimeter));
    document(printer->pageLayout().paintRectPoints().size())->print(printer);
}

Status WorkloadReport::writePdf(const QString &path) const {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(QCoreApplication::translate("WorkloadReport", "Workload report"));
    print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Status::failure(QCoreApplication::translate("WorkloadReport", "The report could not be written to %1. "
                                                                             "Check that the folder exists and you "
                                                                             "may write there.")
                                   .arg(path));
    return {};
}

} // namespace imbang
