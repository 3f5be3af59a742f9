#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

class QDialog;
class QWidget;

// Everything modal that the transfer and audit screens open goes through here, so GUI tests can
// answer instead of a person and never block (the KeePassXC MessageBox approach). Without a test
// hook each call behaves like the plain Qt one.
namespace imbang::modal {

// Runs `dialog` modally; a test handler gets the dialog instead and returns its result.
int run(QDialog &dialog);
void setDialogHandler(std::function<int(QDialog &)> handler); // empty: real exec()

// A file name to save to; a test sets the next answer (an empty answer means "cancelled").
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter);
void setNextSaveFileName(const QString &path);

// Tells the user something. Tests read the last message instead of clicking it away.
void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
QString lastMessage();

// Asks yes or no. Tests preset the answer.
bool confirm(QWidget *parent, const QString &title, const QString &text);
void setNextConfirmation(bool answer);

// Whether any test hook is installed (tests install them all through setTestMode).
void setTestMode(bool on);

} // namespace imbang::modal
