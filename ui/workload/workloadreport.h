#pragma once

#include "util/expected.h"
#include "workload/workloadsnapshot.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace imbang {

// The printed workload report: heading with the office and an Indonesian date, the summary sentence, the
// charts, and the breakdown, outlook and grade tables with the same figures as the screen. Built as HTML
// into a QTextDocument, so print, preview and PDF are one rendering.
class WorkloadReport {
public:
    struct Chart {
        QString title;
        QImage image;
    };

    WorkloadReport(WorkloadSummary summary, QString officeName, QList<Chart> charts, QDate printedOn);

    // pageWidth: the printable width in points (A4 portrait with 15 mm margins by default), to size the charts.
    QString html(double pageWidth = 510) const;
    std::unique_ptr<QTextDocument> document(QSizeF pageSize = QSizeF(510, 770)) const;
    void print(QPrinter *printer) const;
    Status writePdf(const QString &path) const;

private:
    WorkloadSummary m_summary;
    QString m_officeName;
    QList<Chart> m_charts;
    QDate m_printedOn;
};

} // namespace imbang
