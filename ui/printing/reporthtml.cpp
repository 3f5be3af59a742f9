#include "reporthtml.h"

#include "storage/officeinfo.h"
#include "util/clock.h"
#include "util/indonesianformat.h"

#include <QCoreApplication>

namespace imbang::ui::reporthtml {

QString page(const QSqlDatabase &db, const QString &title, const QString &body) {
    const OfficeInfo office = OfficeInfo::load(db);
    return QStringLiteral("<html><body style='font-family: DejaVu Sans, sans-serif; font-size: 9pt;'>"
                          "<p style='font-size: 8pt; color: #555;'>%1</p>"
                          "<h2 style='margin-bottom: 2px;'>%2</h2>"
                          "<p style='font-size: 8pt; color: #555;'>%3</p>%4</body></html>")
        .arg(office.name.toHtmlEscaped(), title.toHtmlEscaped(),
             QCoreApplication::translate("ReportHtml", "Printed on %1").arg(indonesian::longDate(Clock::today())), body);
}

QString table(const TextTable &t) {
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                                  "style='border-collapse: collapse; border-color: #999;'><thead><tr>");
    for (const QString &h : t.headers)
        html += QStringLiteral("<th style='background: #e8e8e8;'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

} // namespace imbang::ui::reporthtml
