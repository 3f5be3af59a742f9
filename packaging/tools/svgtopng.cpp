// Build tool: renders an SVG to PNG (or any format Qt can write, e.g. .ico) at the given pixel sizes.
//   imbang-svgtopng INPUT.svg SIZE=OUTPUT.png [SIZE=OUTPUT.png ...]
// It uses Qt's own SVG renderer, which the build needs anyway, so making the hicolor PNGs adds no
// build dependency. It runs on the offscreen platform: no display is needed.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: imbang-svgtopng INPUT.svg SIZE=OUTPUT.png [SIZE=OUTPUT.png ...]\n";
        return 2;
    }
    QSvgRenderer renderer(args.first());
    if (!renderer.isValid()) {
        err << "cannot read the SVG file " << args.first() << '\n';
        return 1;
    }
    for (const QString &job : args.mid(1)) {
        const qsizetype equals = job.indexOf(QLatin1Char('='));
        bool ok = false;
        const int size = equals > 0 ? job.left(equals).toInt(&ok) : 0;
        if (!ok || size < 1 || size > 4096) {
            err << "expected SIZE=OUTPUT, not " << job << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString output = job.mid(equals + 1);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(output)) {
            err << "cannot write " << output << '\n';
            return 1;
        }
    }
    return 0;
}
