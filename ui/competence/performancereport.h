#pragma once

#include "competence/performanceoverview.h"

#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

namespace imbang {

// The printed leaders' view: heading, the chart, the ratings per unit and the people due for rotation,
// with the same figures as the screen. HTML in a QTextDocument, so preview, print and PDF are one rendering.
class PerformanceReport {
public:
    PerformanceReport(PerformanceOverview overview, QString officeName, QImage chart);

    QString html(double pageWidth) const;
    // Landscape A4 with 15 mm margins by default: the ratings table has ten columns.
    std::unique_ptr<QTextDocument> document(QSizeF pageSize = QSizeF(757, 510)) const;

private:
    PerformanceOverview m_overview;
    QString m_officeName;
    QImage m_chart;
};

} // namespace imbang
