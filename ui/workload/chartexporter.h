#pragma once

#include "util/expected.h"

#include <QImage>
#include <QSize>
#include <QString>

class QChart;

namespace imbang::chartexporter {

// Renders a chart at a fixed size, whatever size its view has on screen, so exports look the same on every
// machine. The chart is laid out at `size` (in points) for the render and put back afterwards.
QImage render(QChart *chart, QSize size, qreal scale = 2.0);

// Writes the chart as PNG, SVG or PDF, chosen by the file's suffix (.png, .svg, .pdf).
Status save(QChart *chart, const QString &path, QSize size = QSize(1000, 640));

} // namespace imbang::chartexporter
