#include "importprompts.h"

#include <QFileDialog>

namespace imbang {
namespace {

struct Hooks {
    bool armed = false;
    QStringList fileNames;
    QList<bool> confirmations;
    QStringList warnings;
};

Hooks &hooks() {
    static Hooks h;
    return h;
}

} // namespace

bool ImportPrompts::testing() { return hooks().armed; }

QString ImportPrompts::openFileName(QWidget *parent, const QString &caption, const QString &filter) {
    if (testing())
        return hooks().fileNames.isEmpty() ? QString() : hooks().fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString ImportPrompts::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter) {
    if (testing())
        return hooks().fileNames.isEmpty() ? QString() : hooks().fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

bool ImportPrompts::confirm(QWidget *parent, const QString &title, const QString &text) {
    if (testing())
        return !hooks().confirmations.isEmpty() && hooks().confirmations.takeFirst();
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void ImportPrompts::warn(QWidget *parent, const QString &title, const QString &text) {
    if (testing()) {
        hooks().warnings << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void ImportPrompts::queueFileName(const QString &path) {
    hooks().armed = true;
    hooks().fileNames << path;
}

void ImportPrompts::queueConfirmation(bool yes) {
    hooks().armed = true;
    hooks().confirmations << yes;
}

QStringList ImportPrompts::takeWarnings() {
    hooks().armed = true;
    return std::exchange(hooks().warnings, {});
}

void ImportPrompts::reset() { hooks() = Hooks(); }

} // namespace imbang
