#pragma once

#include <QIcon>

namespace imbang {

// The application icon. An installed program takes it from the icon theme (hicolor, installed by the
// package under the application id); a program run from the build folder draws it from the SVGs built
// into the GUI library: the 16-pixel-grid drawing for sizes up to 24, the full drawing above.
// For QApplication::setWindowIcon and the About dialog.
QIcon applicationIcon();

} // namespace imbang
