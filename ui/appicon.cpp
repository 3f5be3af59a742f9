#include "appicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace imbang {

namespace {

QPixmap render(const QString &svg, int size) {
    QSvgRenderer renderer(svg);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

} // namespace

QIcon applicationIcon() {
    const QIcon themed = QIcon::fromTheme(QStringLiteral(IMBANG_APP_ID));
    if (!themed.isNull())
        return themed;
    QIcon icon;
    for (const int size : {16, 22, 24})
        icon.addPixmap(render(QStringLiteral(":/icons/imbang-small.svg"), size));
    for (const int size : {32, 48, 64, 128, 256})
        icon.addPixmap(render(QStringLiteral(":/icons/imbang.svg"), size));
    return icon;
}

} // namespace imbang
