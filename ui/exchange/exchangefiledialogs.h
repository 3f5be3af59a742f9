#pragma once

#include <QString>

class QWidget;

namespace imbang::exchangeui {

// File choosers for packages. Tests set the next answer so that no native dialog opens.
QString chooseExportFile(QWidget *parent, const QString &suggested);
QString chooseImportFile(QWidget *parent);
// The next chooser returns `path` without showing anything (an empty path: "cancelled").
void setNextFileName(const QString &path);

// Yes/no questions, with the same kind of test hook: the preset answer is used once.
bool confirm(QWidget *parent, const QString &title, const QString &question);
void setNextConfirmation(bool answer);

} // namespace imbang::exchangeui
