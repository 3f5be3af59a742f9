#include "modalhooks.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QPushButton>
#include <optional>

namespace imbang::modal {
namespace {
std::function<int(QDialog &)> dialogHandler;
std::optional<QString> nextSaveName;
std::optional<bool> nextConfirmation;
QString last;
bool testMode = false;
} // namespace

int run(QDialog &dialog) {
    if (dialogHandler)
        return dialogHandler(dialog);
    return dialog.exec();
}

void setDialogHandler(std::function<int(QDialog &)> handler) {
    dialogHandler = std::move(handler);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter) {
    if (nextSaveName) {
        const QString answer = *nextSaveName;
        nextSaveName.reset();
        return answer;
    }
    if (testMode)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void setNextSaveFileName(const QString &path) {
    nextSaveName = path;
}

void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text) {
    last = text;
    if (testMode)
        return;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("ModalHooks", "OK"), QMessageBox::AcceptRole);
    box.exec();
}

QString lastMessage() {
    return last;
}

bool confirm(QWidget *parent, const QString &title, const QString &text) {
    last = text;
    if (nextConfirmation) {
        const bool answer = *nextConfirmation;
        nextConfirmation.reset();
        return answer;
    }
    if (testMode)
        return false;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(QCoreApplication::translate("ModalHooks", "Yes"), QMessageBox::YesRole);
    box.addButton(QCoreApplication::translate("ModalHooks", "No"), QMessageBox::NoRole);
    box.exec();
    return box.clickedButton() == yes;
}

void setNextConfirmation(bool answer) {
    nextConfirmation = answer;
}

void setTestMode(bool on) {
    testMode = on;
}

} // namespace imbang::modal
