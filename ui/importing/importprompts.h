#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace imbang {

// The modal questions of the import GUI in one place, with test hooks: a test queues the answers
// (file names, button choices) and no dialog is shown, so GUI tests never block.
class ImportPrompts {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);

    // Test hooks. Queued answers are used first, in order; warnings are recorded instead of shown
    // while any hook is armed.
    static void queueFileName(const QString &path);
    static void queueConfirmation(bool yes);
    static QStringList takeWarnings();
    static void reset();

private:
    static bool testing();
};

} // namespace imbang
