#pragma once

#include <QStringList>

namespace imbang::ui {

// The databases opened recently on this computer, newest first (File > Recent).
class RecentFiles {
public:
    static QStringList list();      // only files that still exist
    static void add(const QString &path);
    static void clear();
    static constexpr int maximum = 8;
};

} // namespace imbang::ui
