#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace imbang::ui {
namespace {
const QString key = QStringLiteral("files/recent");
}

QStringList RecentFiles::list() {
    QStringList files;
    for (const QString &f : QSettings().value(key).toStringList())
        if (QFileInfo::exists(f))
            files << f;
    return files;
}

void RecentFiles::add(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(key).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(key, files);
}

void RecentFiles::clear() { QSettings().remove(key); }

} // namespace imbang::ui
