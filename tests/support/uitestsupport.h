#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

namespace imbang::test {

// Saves a picture of `widget` when IMBANG_SCREENSHOT_DIR is set, so that the screens the tests
// drive can be looked at (README: "Looking at the screens").
inline void saveScreenshot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layout requests run, as they would before the screen is painted.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace imbang::test
