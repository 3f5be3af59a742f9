#include "chartexporter.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <functional>

namespace imbang::chartexporter {
namespace {

// Lays the chart out at `size`, lets `paint` draw the scene area it covers, and restores the layout.
void withChartAt(QChart *chart, QSize size, const std::function<void(QGraphicsScene &, const QRectF &)> &paint) {
    QGraphicsScene ownScene;
    QGraphicsScene *scene = chart->scene();
    const bool borrowed = scene == nullptr;
    if (borrowed) {
        scene = &ownScene;
        scene->addItem(chart);
    }
    const QRectF before = chart->geometry();
    chart->setGeometry(QRectF(before.topLeft(), QSizeF(size)));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    const QRectF area(before.topLeft(), QSizeF(size));
    paint(*scene, area);
    chart->setGeometry(before);
    if (borrowed)
        scene->removeItem(chart);
}

} // namespace

QImage render(QChart *chart, QSize size, qreal scale) {
    QImage image(QSize(int(size.width() * scale), int(size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    withChartAt(chart, size, [&image](QGraphicsScene &scene, const QRectF &area) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(image.rect()), area);
    });
    return image;
}

Status save(QChart *chart, const QString &path, QSize size) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (!render(chart, size).save(path, "PNG"))
            return Status::failure(
                QCoreApplication::translate("ChartExporter", "The picture could not be written to %1. Check that the "
                                                             "folder exists and you may write there.")
                    .arg(path));
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        withChartAt(chart, size, [&generator, size](QGraphicsScene &scene, const QRectF &area) {
            QPainter painter;
            if (!painter.begin(&generator))
                return;
            scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), area);
        });
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return Status::failure(QCoreApplication::translate("ChartExporter", "The SVG file %1 could not be "
                                                                                "written. Check that the folder "
                                                                                "exists and you may write there.")
                                       .arg(path));
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setTitle(chart->title());
        writer.setCreator(QStringLiteral("Imbang"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        bool ok = false;
        withChartAt(chart, size, [&writer, &ok, size](QGraphicsScene &scene, const QRectF &area) {
            QPainter painter;
            if (!painter.begin(&writer))
                return;
            const QRect page = writer.pageLayout().paintRectPixels(writer.resolution()).translated(
                -writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
            // Keep the chart's proportions inside the page.
            QSizeF target = QSizeF(size).scaled(QSizeF(page.size()), Qt::KeepAspectRatio);
            scene.render(&painter, QRectF(QPointF(0, 0), target), area);
            ok = painter.end();
        });
        if (!ok)
            return Status::failure(QCoreApplication::translate("ChartExporter", "The PDF file %1 could not be "
                                                                                "written. Check that the folder "
                                                                                "exists and you may write there.")
                                       .arg(path));
        return {};
    }
    return Status::failure(QCoreApplication::translate("ChartExporter", "Charts can be saved as .png, .svg or .pdf; "
                                                                        "\"%1\" has none of these endings.")
                               .arg(QFileInfo(path).fileName()));
}

} // namespace imbang::chartexporter
